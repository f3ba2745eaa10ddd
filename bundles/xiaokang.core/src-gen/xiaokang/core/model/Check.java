/**
 */
package xiaokang.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Check</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 两不愁三保障 + 饮水安全: the six checks every household is held to.
 * <!-- end-model-doc -->
 * @see xiaokang.core.model.CorePackage#getCheck()
 * @model
 * @generated
 */
public enum Check implements Enumerator {
	/**
	 * The '<em><b>FOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOD_VALUE
	 * @generated
	 * @ordered
	 */
	FOOD(0, "FOOD", "\u4e0d\u6101\u5403"),

	/**
	 * The '<em><b>CLOTHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOTHING_VALUE
	 * @generated
	 * @ordered
	 */
	CLOTHING(1, "CLOTHING", "\u4e0d\u6101\u7a7f"),

	/**
	 * The '<em><b>COMPULSORY EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPULSORY_EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPULSORY_EDUCATION(2, "COMPULSORY_EDUCATION", "\u4e49\u52a1\u6559\u80b2"),

	/**
	 * The '<em><b>BASIC MEDICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_MEDICAL_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC_MEDICAL(3, "BASIC_MEDICAL", "\u57fa\u672c\u533b\u7597"),

	/**
	 * The '<em><b>HOUSING SAFETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING_SAFETY(4, "HOUSING_SAFETY", "\u4f4f\u623f\u5b89\u5168"),

	/**
	 * The '<em><b>DRINKING WATER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRINKING_WATER_VALUE
	 * @generated
	 * @ordered
	 */
	DRINKING_WATER(5, "DRINKING_WATER", "\u996e\u6c34\u5b89\u5168");

	/**
	 * The '<em><b>FOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOD
	 * @model literal="\u4e0d\u6101\u5403"
	 * @generated
	 * @ordered
	 */
	public static final int FOOD_VALUE = 0;

	/**
	 * The '<em><b>CLOTHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOTHING
	 * @model literal="\u4e0d\u6101\u7a7f"
	 * @generated
	 * @ordered
	 */
	public static final int CLOTHING_VALUE = 1;

	/**
	 * The '<em><b>COMPULSORY EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPULSORY_EDUCATION
	 * @model literal="\u4e49\u52a1\u6559\u80b2"
	 * @generated
	 * @ordered
	 */
	public static final int COMPULSORY_EDUCATION_VALUE = 2;

	/**
	 * The '<em><b>BASIC MEDICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_MEDICAL
	 * @model literal="\u57fa\u672c\u533b\u7597"
	 * @generated
	 * @ordered
	 */
	public static final int BASIC_MEDICAL_VALUE = 3;

	/**
	 * The '<em><b>HOUSING SAFETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_SAFETY
	 * @model literal="\u4f4f\u623f\u5b89\u5168"
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_SAFETY_VALUE = 4;

	/**
	 * The '<em><b>DRINKING WATER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRINKING_WATER
	 * @model literal="\u996e\u6c34\u5b89\u5168"
	 * @generated
	 * @ordered
	 */
	public static final int DRINKING_WATER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Check</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Check[] VALUES_ARRAY =
		new Check[] {
			FOOD,
			CLOTHING,
			COMPULSORY_EDUCATION,
			BASIC_MEDICAL,
			HOUSING_SAFETY,
			DRINKING_WATER,
		};

	/**
	 * A public read-only list of all the '<em><b>Check</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Check> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Check</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Check get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Check result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Check</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Check getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Check result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Check</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Check get(int value) {
		switch (value) {
			case FOOD_VALUE: return FOOD;
			case CLOTHING_VALUE: return CLOTHING;
			case COMPULSORY_EDUCATION_VALUE: return COMPULSORY_EDUCATION;
			case BASIC_MEDICAL_VALUE: return BASIC_MEDICAL;
			case HOUSING_SAFETY_VALUE: return HOUSING_SAFETY;
			case DRINKING_WATER_VALUE: return DRINKING_WATER;
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
	private Check(int value, String name, String literal) {
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
	
} //Check
