/**
 */
package xiaokang.employment.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Work Place</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a job is.
 * <!-- end-model-doc -->
 * @see xiaokang.employment.model.EmploymentPackage#getWorkPlace()
 * @model
 * @generated
 */
public enum WorkPlace implements Enumerator {
	/**
	 * The '<em><b>WORKSHOP AT HOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_AT_HOME_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSHOP_AT_HOME(0, "WORKSHOP_AT_HOME", "WORKSHOP_AT_HOME"),

	/**
	 * The '<em><b>IN COUNTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_COUNTY_VALUE
	 * @generated
	 * @ordered
	 */
	IN_COUNTY(1, "IN_COUNTY", "IN_COUNTY"),

	/**
	 * The '<em><b>IN PROVINCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROVINCE_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PROVINCE(2, "IN_PROVINCE", "IN_PROVINCE"),

	/**
	 * The '<em><b>OUTSIDE PROVINCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSIDE_PROVINCE_VALUE
	 * @generated
	 * @ordered
	 */
	OUTSIDE_PROVINCE(3, "OUTSIDE_PROVINCE", "OUTSIDE_PROVINCE");

	/**
	 * The '<em><b>WORKSHOP AT HOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_AT_HOME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSHOP_AT_HOME_VALUE = 0;

	/**
	 * The '<em><b>IN COUNTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_COUNTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_COUNTY_VALUE = 1;

	/**
	 * The '<em><b>IN PROVINCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROVINCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_PROVINCE_VALUE = 2;

	/**
	 * The '<em><b>OUTSIDE PROVINCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSIDE_PROVINCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTSIDE_PROVINCE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Work Place</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WorkPlace[] VALUES_ARRAY =
		new WorkPlace[] {
			WORKSHOP_AT_HOME,
			IN_COUNTY,
			IN_PROVINCE,
			OUTSIDE_PROVINCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Work Place</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WorkPlace> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Work Place</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkPlace get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkPlace result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Place</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkPlace getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkPlace result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Place</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkPlace get(int value) {
		switch (value) {
			case WORKSHOP_AT_HOME_VALUE: return WORKSHOP_AT_HOME;
			case IN_COUNTY_VALUE: return IN_COUNTY;
			case IN_PROVINCE_VALUE: return IN_PROVINCE;
			case OUTSIDE_PROVINCE_VALUE: return OUTSIDE_PROVINCE;
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
	private WorkPlace(int value, String name, String literal) {
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
	
} //WorkPlace
