/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Risk Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 风险类型.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getRiskType()
 * @model
 * @generated
 */
public enum RiskType implements Enumerator {
	/**
	 * The '<em><b>ILLNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ILLNESS_VALUE
	 * @generated
	 * @ordered
	 */
	ILLNESS(0, "ILLNESS", "ILLNESS"),

	/**
	 * The '<em><b>DISABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	DISABILITY(1, "DISABILITY", "DISABILITY"),

	/**
	 * The '<em><b>SCHOOLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLING_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOLING(2, "SCHOOLING", "SCHOOLING"),

	/**
	 * The '<em><b>DISASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER_VALUE
	 * @generated
	 * @ordered
	 */
	DISASTER(3, "DISASTER", "DISASTER"),

	/**
	 * The '<em><b>ACCIDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCIDENT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCIDENT(4, "ACCIDENT", "ACCIDENT"),

	/**
	 * The '<em><b>UNEMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	UNEMPLOYMENT(5, "UNEMPLOYMENT", "UNEMPLOYMENT"),

	/**
	 * The '<em><b>INDUSTRY FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_FAILURE(6, "INDUSTRY_FAILURE", "INDUSTRY_FAILURE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>ILLNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ILLNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ILLNESS_VALUE = 0;

	/**
	 * The '<em><b>DISABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISABILITY_VALUE = 1;

	/**
	 * The '<em><b>SCHOOLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOLING_VALUE = 2;

	/**
	 * The '<em><b>DISASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISASTER_VALUE = 3;

	/**
	 * The '<em><b>ACCIDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCIDENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCIDENT_VALUE = 4;

	/**
	 * The '<em><b>UNEMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEMPLOYMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNEMPLOYMENT_VALUE = 5;

	/**
	 * The '<em><b>INDUSTRY FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_FAILURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_FAILURE_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Risk Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RiskType[] VALUES_ARRAY =
		new RiskType[] {
			ILLNESS,
			DISABILITY,
			SCHOOLING,
			DISASTER,
			ACCIDENT,
			UNEMPLOYMENT,
			INDUSTRY_FAILURE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Risk Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RiskType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Risk Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RiskType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RiskType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Risk Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RiskType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RiskType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Risk Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RiskType get(int value) {
		switch (value) {
			case ILLNESS_VALUE: return ILLNESS;
			case DISABILITY_VALUE: return DISABILITY;
			case SCHOOLING_VALUE: return SCHOOLING;
			case DISASTER_VALUE: return DISASTER;
			case ACCIDENT_VALUE: return ACCIDENT;
			case UNEMPLOYMENT_VALUE: return UNEMPLOYMENT;
			case INDUSTRY_FAILURE_VALUE: return INDUSTRY_FAILURE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RiskType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RiskType
