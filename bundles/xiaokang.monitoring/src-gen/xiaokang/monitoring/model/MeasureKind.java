/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 帮扶措施类别.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getMeasureKind()
 * @model
 * @generated
 */
public enum MeasureKind implements Enumerator {
	/**
	 * The '<em><b>INDUSTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY(0, "INDUSTRY", "INDUSTRY"),

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT(1, "EMPLOYMENT", "EMPLOYMENT"),

	/**
	 * The '<em><b>HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH(2, "HEALTH", "HEALTH"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(3, "EDUCATION", "EDUCATION"),

	/**
	 * The '<em><b>HOUSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING(4, "HOUSING", "HOUSING"),

	/**
	 * The '<em><b>SOCIAL ASSISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_ASSISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_ASSISTANCE(5, "SOCIAL_ASSISTANCE", "SOCIAL_ASSISTANCE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>INDUSTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_VALUE = 0;

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_VALUE = 1;

	/**
	 * The '<em><b>HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_VALUE = 2;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 3;

	/**
	 * The '<em><b>HOUSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_VALUE = 4;

	/**
	 * The '<em><b>SOCIAL ASSISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_ASSISTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_ASSISTANCE_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Measure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureKind[] VALUES_ARRAY =
		new MeasureKind[] {
			INDUSTRY,
			EMPLOYMENT,
			HEALTH,
			EDUCATION,
			HOUSING,
			SOCIAL_ASSISTANCE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureKind get(int value) {
		switch (value) {
			case INDUSTRY_VALUE: return INDUSTRY;
			case EMPLOYMENT_VALUE: return EMPLOYMENT;
			case HEALTH_VALUE: return HEALTH;
			case EDUCATION_VALUE: return EDUCATION;
			case HOUSING_VALUE: return HOUSING;
			case SOCIAL_ASSISTANCE_VALUE: return SOCIAL_ASSISTANCE;
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
	private MeasureKind(int value, String name, String literal) {
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
	
} //MeasureKind
