/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>How Found</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 发现方式.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getHowFound()
 * @model
 * @generated
 */
public enum HowFound implements Enumerator {
	/**
	 * The '<em><b>SELF REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_REPORT(0, "SELF_REPORT", "SELF_REPORT"),

	/**
	 * The '<em><b>CADRE VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CADRE_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	CADRE_VISIT(1, "CADRE_VISIT", "CADRE_VISIT"),

	/**
	 * The '<em><b>DEPARTMENT SCREENING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_SCREENING_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT_SCREENING(2, "DEPARTMENT_SCREENING", "DEPARTMENT_SCREENING"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER");

	/**
	 * The '<em><b>SELF REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_REPORT_VALUE = 0;

	/**
	 * The '<em><b>CADRE VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CADRE_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CADRE_VISIT_VALUE = 1;

	/**
	 * The '<em><b>DEPARTMENT SCREENING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_SCREENING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_SCREENING_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>How Found</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HowFound[] VALUES_ARRAY =
		new HowFound[] {
			SELF_REPORT,
			CADRE_VISIT,
			DEPARTMENT_SCREENING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>How Found</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HowFound> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>How Found</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HowFound get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HowFound result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>How Found</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HowFound getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HowFound result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>How Found</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HowFound get(int value) {
		switch (value) {
			case SELF_REPORT_VALUE: return SELF_REPORT;
			case CADRE_VISIT_VALUE: return CADRE_VISIT;
			case DEPARTMENT_SCREENING_VALUE: return DEPARTMENT_SCREENING;
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
	private HowFound(int value, String name, String literal) {
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
	
} //HowFound
