/**
 */
package xiaokang.supervision.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Problem Area</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 问题领域: the six checks, the six coverage areas, other.
 * <!-- end-model-doc -->
 * @see xiaokang.supervision.model.SupervisionPackage#getProblemArea()
 * @model
 * @generated
 */
public enum ProblemArea implements Enumerator {
	/**
	 * The '<em><b>FOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOD_VALUE
	 * @generated
	 * @ordered
	 */
	FOOD(0, "FOOD", "FOOD"),

	/**
	 * The '<em><b>CLOTHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOTHING_VALUE
	 * @generated
	 * @ordered
	 */
	CLOTHING(1, "CLOTHING", "CLOTHING"),

	/**
	 * The '<em><b>COMPULSORY EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPULSORY_EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPULSORY_EDUCATION(2, "COMPULSORY_EDUCATION", "COMPULSORY_EDUCATION"),

	/**
	 * The '<em><b>BASIC MEDICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_MEDICAL_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC_MEDICAL(3, "BASIC_MEDICAL", "BASIC_MEDICAL"),

	/**
	 * The '<em><b>HOUSING SAFETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING_SAFETY(4, "HOUSING_SAFETY", "HOUSING_SAFETY"),

	/**
	 * The '<em><b>DRINKING WATER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRINKING_WATER_VALUE
	 * @generated
	 * @ordered
	 */
	DRINKING_WATER(5, "DRINKING_WATER", "DRINKING_WATER"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(6, "EDUCATION", "EDUCATION"),

	/**
	 * The '<em><b>SOCIAL SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_SECURITY(7, "SOCIAL_SECURITY", "SOCIAL_SECURITY"),

	/**
	 * The '<em><b>WATER SUPPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_SUPPLY_VALUE
	 * @generated
	 * @ordered
	 */
	WATER_SUPPLY(8, "WATER_SUPPLY", "WATER_SUPPLY"),

	/**
	 * The '<em><b>PUBLIC SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_SERVICES(9, "PUBLIC_SERVICES", "PUBLIC_SERVICES"),

	/**
	 * The '<em><b>DANGEROUS HOUSES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DANGEROUS_HOUSES_VALUE
	 * @generated
	 * @ordered
	 */
	DANGEROUS_HOUSES(10, "DANGEROUS_HOUSES", "DANGEROUS_HOUSES"),

	/**
	 * The '<em><b>VILLAGE ROADS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE_ROADS_VALUE
	 * @generated
	 * @ordered
	 */
	VILLAGE_ROADS(11, "VILLAGE_ROADS", "VILLAGE_ROADS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(12, "OTHER", "OTHER");

	/**
	 * The '<em><b>FOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOOD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOOD_VALUE = 0;

	/**
	 * The '<em><b>CLOTHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOTHING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOTHING_VALUE = 1;

	/**
	 * The '<em><b>COMPULSORY EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPULSORY_EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPULSORY_EDUCATION_VALUE = 2;

	/**
	 * The '<em><b>BASIC MEDICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_MEDICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BASIC_MEDICAL_VALUE = 3;

	/**
	 * The '<em><b>HOUSING SAFETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_SAFETY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_SAFETY_VALUE = 4;

	/**
	 * The '<em><b>DRINKING WATER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRINKING_WATER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRINKING_WATER_VALUE = 5;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 6;

	/**
	 * The '<em><b>SOCIAL SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_SECURITY_VALUE = 7;

	/**
	 * The '<em><b>WATER SUPPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_SUPPLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WATER_SUPPLY_VALUE = 8;

	/**
	 * The '<em><b>PUBLIC SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_SERVICES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_SERVICES_VALUE = 9;

	/**
	 * The '<em><b>DANGEROUS HOUSES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DANGEROUS_HOUSES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DANGEROUS_HOUSES_VALUE = 10;

	/**
	 * The '<em><b>VILLAGE ROADS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE_ROADS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VILLAGE_ROADS_VALUE = 11;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 12;

	/**
	 * An array of all the '<em><b>Problem Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProblemArea[] VALUES_ARRAY =
		new ProblemArea[] {
			FOOD,
			CLOTHING,
			COMPULSORY_EDUCATION,
			BASIC_MEDICAL,
			HOUSING_SAFETY,
			DRINKING_WATER,
			EDUCATION,
			SOCIAL_SECURITY,
			WATER_SUPPLY,
			PUBLIC_SERVICES,
			DANGEROUS_HOUSES,
			VILLAGE_ROADS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Problem Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProblemArea> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Problem Area</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemArea get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemArea result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Area</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemArea getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemArea result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Area</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemArea get(int value) {
		switch (value) {
			case FOOD_VALUE: return FOOD;
			case CLOTHING_VALUE: return CLOTHING;
			case COMPULSORY_EDUCATION_VALUE: return COMPULSORY_EDUCATION;
			case BASIC_MEDICAL_VALUE: return BASIC_MEDICAL;
			case HOUSING_SAFETY_VALUE: return HOUSING_SAFETY;
			case DRINKING_WATER_VALUE: return DRINKING_WATER;
			case EDUCATION_VALUE: return EDUCATION;
			case SOCIAL_SECURITY_VALUE: return SOCIAL_SECURITY;
			case WATER_SUPPLY_VALUE: return WATER_SUPPLY;
			case PUBLIC_SERVICES_VALUE: return PUBLIC_SERVICES;
			case DANGEROUS_HOUSES_VALUE: return DANGEROUS_HOUSES;
			case VILLAGE_ROADS_VALUE: return VILLAGE_ROADS;
			case OTHER_VALUE: return OTHER;
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
	private ProblemArea(int value, String name, String literal) {
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
	
} //ProblemArea
