/**
 */
package xiaokang.industry.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Link Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a household is tied to the industry.
 * <!-- end-model-doc -->
 * @see xiaokang.industry.model.IndustryPackage#getLinkMode()
 * @model
 * @generated
 */
public enum LinkMode implements Enumerator {
	/**
	 * The '<em><b>LABOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABOUR_VALUE
	 * @generated
	 * @ordered
	 */
	LABOUR(0, "LABOUR", "LABOUR"),

	/**
	 * The '<em><b>CAPITAL SHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPITAL_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	CAPITAL_SHARE(1, "CAPITAL_SHARE", "CAPITAL_SHARE"),

	/**
	 * The '<em><b>LAND TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	LAND_TRANSFER(2, "LAND_TRANSFER", "LAND_TRANSFER"),

	/**
	 * The '<em><b>GUARANTEED PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUARANTEED_PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	GUARANTEED_PURCHASE(3, "GUARANTEED_PURCHASE", "GUARANTEED_PURCHASE");

	/**
	 * The '<em><b>LABOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABOUR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LABOUR_VALUE = 0;

	/**
	 * The '<em><b>CAPITAL SHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPITAL_SHARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAPITAL_SHARE_VALUE = 1;

	/**
	 * The '<em><b>LAND TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_TRANSFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAND_TRANSFER_VALUE = 2;

	/**
	 * The '<em><b>GUARANTEED PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUARANTEED_PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GUARANTEED_PURCHASE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Link Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LinkMode[] VALUES_ARRAY =
		new LinkMode[] {
			LABOUR,
			CAPITAL_SHARE,
			LAND_TRANSFER,
			GUARANTEED_PURCHASE,
		};

	/**
	 * A public read-only list of all the '<em><b>Link Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LinkMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Link Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkMode get(int value) {
		switch (value) {
			case LABOUR_VALUE: return LABOUR;
			case CAPITAL_SHARE_VALUE: return CAPITAL_SHARE;
			case LAND_TRANSFER_VALUE: return LAND_TRANSFER;
			case GUARANTEED_PURCHASE_VALUE: return GUARANTEED_PURCHASE;
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
	private LinkMode(int value, String name, String literal) {
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
	
} //LinkMode
