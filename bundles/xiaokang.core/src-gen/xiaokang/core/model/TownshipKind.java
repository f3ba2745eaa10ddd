/**
 */
package xiaokang.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Township Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.core.model.CorePackage#getTownshipKind()
 * @model
 * @generated
 */
public enum TownshipKind implements Enumerator {
	/**
	 * The '<em><b>TOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN_VALUE
	 * @generated
	 * @ordered
	 */
	TOWN(0, "TOWN", "\u9547"),

	/**
	 * The '<em><b>TOWNSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	TOWNSHIP(1, "TOWNSHIP", "\u4e61"),

	/**
	 * The '<em><b>SUBDISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBDISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	SUBDISTRICT(2, "SUBDISTRICT", "\u8857\u9053"),

	/**
	 * The '<em><b>FARM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FARM_VALUE
	 * @generated
	 * @ordered
	 */
	FARM(3, "FARM", "\u573a");

	/**
	 * The '<em><b>TOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN
	 * @model literal="\u9547"
	 * @generated
	 * @ordered
	 */
	public static final int TOWN_VALUE = 0;

	/**
	 * The '<em><b>TOWNSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP
	 * @model literal="\u4e61"
	 * @generated
	 * @ordered
	 */
	public static final int TOWNSHIP_VALUE = 1;

	/**
	 * The '<em><b>SUBDISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBDISTRICT
	 * @model literal="\u8857\u9053"
	 * @generated
	 * @ordered
	 */
	public static final int SUBDISTRICT_VALUE = 2;

	/**
	 * The '<em><b>FARM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FARM
	 * @model literal="\u573a"
	 * @generated
	 * @ordered
	 */
	public static final int FARM_VALUE = 3;

	/**
	 * An array of all the '<em><b>Township Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TownshipKind[] VALUES_ARRAY =
		new TownshipKind[] {
			TOWN,
			TOWNSHIP,
			SUBDISTRICT,
			FARM,
		};

	/**
	 * A public read-only list of all the '<em><b>Township Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TownshipKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Township Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TownshipKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TownshipKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Township Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TownshipKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TownshipKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Township Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TownshipKind get(int value) {
		switch (value) {
			case TOWN_VALUE: return TOWN;
			case TOWNSHIP_VALUE: return TOWNSHIP;
			case SUBDISTRICT_VALUE: return SUBDISTRICT;
			case FARM_VALUE: return FARM;
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
	private TownshipKind(int value, String name, String literal) {
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
	
} //TownshipKind
