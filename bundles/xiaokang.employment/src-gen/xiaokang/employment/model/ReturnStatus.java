/**
 */
package xiaokang.employment.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Return Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far a worker on a return-to-work list is.
 * <!-- end-model-doc -->
 * @see xiaokang.employment.model.EmploymentPackage#getReturnStatus()
 * @model
 * @generated
 */
public enum ReturnStatus implements Enumerator {
	/**
	 * The '<em><b>BACK AT WORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACK_AT_WORK_VALUE
	 * @generated
	 * @ordered
	 */
	BACK_AT_WORK(0, "BACK_AT_WORK", "BACK_AT_WORK"),

	/**
	 * The '<em><b>NOT YET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_YET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_YET(1, "NOT_YET", "NOT_YET"),

	/**
	 * The '<em><b>UNABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNABLE(2, "UNABLE", "UNABLE");

	/**
	 * The '<em><b>BACK AT WORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACK_AT_WORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BACK_AT_WORK_VALUE = 0;

	/**
	 * The '<em><b>NOT YET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_YET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_YET_VALUE = 1;

	/**
	 * The '<em><b>UNABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNABLE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Return Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReturnStatus[] VALUES_ARRAY =
		new ReturnStatus[] {
			BACK_AT_WORK,
			NOT_YET,
			UNABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Return Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReturnStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Return Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReturnStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReturnStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Return Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReturnStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReturnStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Return Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReturnStatus get(int value) {
		switch (value) {
			case BACK_AT_WORK_VALUE: return BACK_AT_WORK;
			case NOT_YET_VALUE: return NOT_YET;
			case UNABLE_VALUE: return UNABLE;
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
	private ReturnStatus(int value, String name, String literal) {
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
	
} //ReturnStatus
