/**
 */
package xiaokang.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Household Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.core.model.CorePackage#getHouseholdStatus()
 * @model
 * @generated
 */
public enum HouseholdStatus implements Enumerator {
	/**
	 * The '<em><b>NOT YET LIFTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_YET_LIFTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_YET_LIFTED(0, "NOT_YET_LIFTED", "\u672a\u8131\u8d2b"),

	/**
	 * The '<em><b>LIFTED OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIFTED_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	LIFTED_OUT(1, "LIFTED_OUT", "\u5df2\u8131\u8d2b"),

	/**
	 * The '<em><b>EDGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDGE_VALUE
	 * @generated
	 * @ordered
	 */
	EDGE(2, "EDGE", "\u8fb9\u7f18\u6237"),

	/**
	 * The '<em><b>SPECIAL DIFFICULTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_DIFFICULTY_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_DIFFICULTY(3, "SPECIAL_DIFFICULTY", "\u7279\u6b8a\u56f0\u96be"),

	/**
	 * The '<em><b>MONITORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORED_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORED(4, "MONITORED", "\u76d1\u6d4b\u6237");

	/**
	 * The '<em><b>NOT YET LIFTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_YET_LIFTED
	 * @model literal="\u672a\u8131\u8d2b"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_YET_LIFTED_VALUE = 0;

	/**
	 * The '<em><b>LIFTED OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIFTED_OUT
	 * @model literal="\u5df2\u8131\u8d2b"
	 * @generated
	 * @ordered
	 */
	public static final int LIFTED_OUT_VALUE = 1;

	/**
	 * The '<em><b>EDGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDGE
	 * @model literal="\u8fb9\u7f18\u6237"
	 * @generated
	 * @ordered
	 */
	public static final int EDGE_VALUE = 2;

	/**
	 * The '<em><b>SPECIAL DIFFICULTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_DIFFICULTY
	 * @model literal="\u7279\u6b8a\u56f0\u96be"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_DIFFICULTY_VALUE = 3;

	/**
	 * The '<em><b>MONITORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORED
	 * @model literal="\u76d1\u6d4b\u6237"
	 * @generated
	 * @ordered
	 */
	public static final int MONITORED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Household Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HouseholdStatus[] VALUES_ARRAY =
		new HouseholdStatus[] {
			NOT_YET_LIFTED,
			LIFTED_OUT,
			EDGE,
			SPECIAL_DIFFICULTY,
			MONITORED,
		};

	/**
	 * A public read-only list of all the '<em><b>Household Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HouseholdStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Household Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HouseholdStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HouseholdStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Household Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HouseholdStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HouseholdStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Household Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HouseholdStatus get(int value) {
		switch (value) {
			case NOT_YET_LIFTED_VALUE: return NOT_YET_LIFTED;
			case LIFTED_OUT_VALUE: return LIFTED_OUT;
			case EDGE_VALUE: return EDGE;
			case SPECIAL_DIFFICULTY_VALUE: return SPECIAL_DIFFICULTY;
			case MONITORED_VALUE: return MONITORED;
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
	private HouseholdStatus(int value, String name, String literal) {
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
	
} //HouseholdStatus
