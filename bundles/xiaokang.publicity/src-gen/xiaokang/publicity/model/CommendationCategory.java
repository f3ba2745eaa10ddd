/**
 */
package xiaokang.publicity.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Commendation Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a model is commended for.
 * <!-- end-model-doc -->
 * @see xiaokang.publicity.model.PublicityPackage#getCommendationCategory()
 * @model
 * @generated
 */
public enum CommendationCategory implements Enumerator {
	/**
	 * The '<em><b>GOT RICH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOT_RICH_VALUE
	 * @generated
	 * @ordered
	 */
	GOT_RICH(0, "GOT_RICH", "GOT_RICH"),

	/**
	 * The '<em><b>INDUSTRY PACESETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_PACESETTER_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_PACESETTER(1, "INDUSTRY_PACESETTER", "INDUSTRY_PACESETTER"),

	/**
	 * The '<em><b>CARING DONOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARING_DONOR_VALUE
	 * @generated
	 * @ordered
	 */
	CARING_DONOR(2, "CARING_DONOR", "CARING_DONOR"),

	/**
	 * The '<em><b>OUTSTANDING HELPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSTANDING_HELPER_VALUE
	 * @generated
	 * @ordered
	 */
	OUTSTANDING_HELPER(3, "OUTSTANDING_HELPER", "OUTSTANDING_HELPER");

	/**
	 * The '<em><b>GOT RICH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOT_RICH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOT_RICH_VALUE = 0;

	/**
	 * The '<em><b>INDUSTRY PACESETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_PACESETTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_PACESETTER_VALUE = 1;

	/**
	 * The '<em><b>CARING DONOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARING_DONOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CARING_DONOR_VALUE = 2;

	/**
	 * The '<em><b>OUTSTANDING HELPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSTANDING_HELPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTSTANDING_HELPER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Commendation Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommendationCategory[] VALUES_ARRAY =
		new CommendationCategory[] {
			GOT_RICH,
			INDUSTRY_PACESETTER,
			CARING_DONOR,
			OUTSTANDING_HELPER,
		};

	/**
	 * A public read-only list of all the '<em><b>Commendation Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommendationCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Commendation Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommendationCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommendationCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Commendation Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommendationCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommendationCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Commendation Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommendationCategory get(int value) {
		switch (value) {
			case GOT_RICH_VALUE: return GOT_RICH;
			case INDUSTRY_PACESETTER_VALUE: return INDUSTRY_PACESETTER;
			case CARING_DONOR_VALUE: return CARING_DONOR;
			case OUTSTANDING_HELPER_VALUE: return OUTSTANDING_HELPER;
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
	private CommendationCategory(int value, String name, String literal) {
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
	
} //CommendationCategory
