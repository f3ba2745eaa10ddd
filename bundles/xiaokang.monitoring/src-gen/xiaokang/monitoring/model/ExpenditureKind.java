/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Expenditure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 刚性支出类别.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getExpenditureKind()
 * @model
 * @generated
 */
public enum ExpenditureKind implements Enumerator {
	/**
	 * The '<em><b>MEDICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL(0, "MEDICAL", "MEDICAL"),

	/**
	 * The '<em><b>SCHOOLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLING_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOLING(1, "SCHOOLING", "SCHOOLING"),

	/**
	 * The '<em><b>DISASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER_VALUE
	 * @generated
	 * @ordered
	 */
	DISASTER(2, "DISASTER", "DISASTER"),

	/**
	 * The '<em><b>ACCIDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCIDENT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCIDENT(3, "ACCIDENT", "ACCIDENT");

	/**
	 * The '<em><b>MEDICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_VALUE = 0;

	/**
	 * The '<em><b>SCHOOLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOLING_VALUE = 1;

	/**
	 * The '<em><b>DISASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISASTER_VALUE = 2;

	/**
	 * The '<em><b>ACCIDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCIDENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCIDENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Expenditure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExpenditureKind[] VALUES_ARRAY =
		new ExpenditureKind[] {
			MEDICAL,
			SCHOOLING,
			DISASTER,
			ACCIDENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Expenditure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExpenditureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Expenditure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExpenditureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExpenditureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Expenditure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExpenditureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExpenditureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Expenditure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExpenditureKind get(int value) {
		switch (value) {
			case MEDICAL_VALUE: return MEDICAL;
			case SCHOOLING_VALUE: return SCHOOLING;
			case DISASTER_VALUE: return DISASTER;
			case ACCIDENT_VALUE: return ACCIDENT;
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
	private ExpenditureKind(int value, String name, String literal) {
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
	
} //ExpenditureKind
