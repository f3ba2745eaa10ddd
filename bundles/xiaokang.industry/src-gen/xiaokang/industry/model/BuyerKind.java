/**
 */
package xiaokang.industry.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Buyer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who bought in consumption help.
 * <!-- end-model-doc -->
 * @see xiaokang.industry.model.IndustryPackage#getBuyerKind()
 * @model
 * @generated
 */
public enum BuyerKind implements Enumerator {
	/**
	 * The '<em><b>PARTY MEMBERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_MEMBERS_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY_MEMBERS(0, "PARTY_MEMBERS", "PARTY_MEMBERS"),

	/**
	 * The '<em><b>COMPANIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANIES_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANIES(1, "COMPANIES", "COMPANIES"),

	/**
	 * The '<em><b>SCHOOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLS_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOLS(2, "SCHOOLS", "SCHOOLS"),

	/**
	 * The '<em><b>OTHERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHERS_VALUE
	 * @generated
	 * @ordered
	 */
	OTHERS(3, "OTHERS", "OTHERS");

	/**
	 * The '<em><b>PARTY MEMBERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_MEMBERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_MEMBERS_VALUE = 0;

	/**
	 * The '<em><b>COMPANIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPANIES_VALUE = 1;

	/**
	 * The '<em><b>SCHOOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOLS_VALUE = 2;

	/**
	 * The '<em><b>OTHERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHERS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Buyer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BuyerKind[] VALUES_ARRAY =
		new BuyerKind[] {
			PARTY_MEMBERS,
			COMPANIES,
			SCHOOLS,
			OTHERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Buyer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BuyerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Buyer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buyer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buyer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyerKind get(int value) {
		switch (value) {
			case PARTY_MEMBERS_VALUE: return PARTY_MEMBERS;
			case COMPANIES_VALUE: return COMPANIES;
			case SCHOOLS_VALUE: return SCHOOLS;
			case OTHERS_VALUE: return OTHERS;
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
	private BuyerKind(int value, String name, String literal) {
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
	
} //BuyerKind
