/**
 */
package xiaokang.publicity.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Four Ones Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The four things a pairing cadre does every month.
 * <!-- end-model-doc -->
 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesKind()
 * @model
 * @generated
 */
public enum FourOnesKind implements Enumerator {
	/**
	 * The '<em><b>VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	VISIT(0, "VISIT", "VISIT"),

	/**
	 * The '<em><b>CLEAN UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEAN_UP_VALUE
	 * @generated
	 * @ordered
	 */
	CLEAN_UP(1, "CLEAN_UP", "CLEAN_UP"),

	/**
	 * The '<em><b>MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING(2, "MEETING", "MEETING"),

	/**
	 * The '<em><b>COMMENDATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMENDATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMENDATION(3, "COMMENDATION", "COMMENDATION");

	/**
	 * The '<em><b>VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISIT_VALUE = 0;

	/**
	 * The '<em><b>CLEAN UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEAN_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLEAN_UP_VALUE = 1;

	/**
	 * The '<em><b>MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_VALUE = 2;

	/**
	 * The '<em><b>COMMENDATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMENDATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMENDATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Four Ones Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FourOnesKind[] VALUES_ARRAY =
		new FourOnesKind[] {
			VISIT,
			CLEAN_UP,
			MEETING,
			COMMENDATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Four Ones Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FourOnesKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Four Ones Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FourOnesKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FourOnesKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Four Ones Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FourOnesKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FourOnesKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Four Ones Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FourOnesKind get(int value) {
		switch (value) {
			case VISIT_VALUE: return VISIT;
			case CLEAN_UP_VALUE: return CLEAN_UP;
			case MEETING_VALUE: return MEETING;
			case COMMENDATION_VALUE: return COMMENDATION;
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
	private FourOnesKind(int value, String name, String literal) {
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
	
} //FourOnesKind
