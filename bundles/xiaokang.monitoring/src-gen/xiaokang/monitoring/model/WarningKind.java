/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Warning Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 预警类别: which rule raised it.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getWarningKind()
 * @model
 * @generated
 */
public enum WarningKind implements Enumerator {
	/**
	 * The '<em><b>BELOW LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BELOW_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	BELOW_LINE(0, "BELOW_LINE", "BELOW_LINE"),

	/**
	 * The '<em><b>NEAR LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEAR_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	NEAR_LINE(1, "NEAR_LINE", "NEAR_LINE"),

	/**
	 * The '<em><b>INCOME DROP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCOME_DROP_VALUE
	 * @generated
	 * @ordered
	 */
	INCOME_DROP(2, "INCOME_DROP", "INCOME_DROP"),

	/**
	 * The '<em><b>RIGID EXPENDITURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGID_EXPENDITURE_VALUE
	 * @generated
	 * @ordered
	 */
	RIGID_EXPENDITURE(3, "RIGID_EXPENDITURE", "RIGID_EXPENDITURE"),

	/**
	 * The '<em><b>SIX CHECKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIX_CHECKS_VALUE
	 * @generated
	 * @ordered
	 */
	SIX_CHECKS(4, "SIX_CHECKS", "SIX_CHECKS"),

	/**
	 * The '<em><b>DEPARTMENT LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT_LIST(5, "DEPARTMENT_LIST", "DEPARTMENT_LIST");

	/**
	 * The '<em><b>BELOW LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BELOW_LINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BELOW_LINE_VALUE = 0;

	/**
	 * The '<em><b>NEAR LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEAR_LINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEAR_LINE_VALUE = 1;

	/**
	 * The '<em><b>INCOME DROP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCOME_DROP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INCOME_DROP_VALUE = 2;

	/**
	 * The '<em><b>RIGID EXPENDITURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGID_EXPENDITURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RIGID_EXPENDITURE_VALUE = 3;

	/**
	 * The '<em><b>SIX CHECKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIX_CHECKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIX_CHECKS_VALUE = 4;

	/**
	 * The '<em><b>DEPARTMENT LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_LIST_VALUE = 5;

	/**
	 * An array of all the '<em><b>Warning Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WarningKind[] VALUES_ARRAY =
		new WarningKind[] {
			BELOW_LINE,
			NEAR_LINE,
			INCOME_DROP,
			RIGID_EXPENDITURE,
			SIX_CHECKS,
			DEPARTMENT_LIST,
		};

	/**
	 * A public read-only list of all the '<em><b>Warning Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WarningKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Warning Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WarningKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WarningKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Warning Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WarningKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WarningKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Warning Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WarningKind get(int value) {
		switch (value) {
			case BELOW_LINE_VALUE: return BELOW_LINE;
			case NEAR_LINE_VALUE: return NEAR_LINE;
			case INCOME_DROP_VALUE: return INCOME_DROP;
			case RIGID_EXPENDITURE_VALUE: return RIGID_EXPENDITURE;
			case SIX_CHECKS_VALUE: return SIX_CHECKS;
			case DEPARTMENT_LIST_VALUE: return DEPARTMENT_LIST;
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
	private WarningKind(int value, String name, String literal) {
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
	
} //WarningKind
