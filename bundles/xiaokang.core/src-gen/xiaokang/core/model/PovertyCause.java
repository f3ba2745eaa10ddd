/**
 */
package xiaokang.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Poverty Cause</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.core.model.CorePackage#getPovertyCause()
 * @model
 * @generated
 */
public enum PovertyCause implements Enumerator {
	/**
	 * The '<em><b>ILLNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ILLNESS_VALUE
	 * @generated
	 * @ordered
	 */
	ILLNESS(0, "ILLNESS", "\u56e0\u75c5"),

	/**
	 * The '<em><b>DISABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	DISABILITY(1, "DISABILITY", "\u56e0\u6b8b"),

	/**
	 * The '<em><b>DISASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER_VALUE
	 * @generated
	 * @ordered
	 */
	DISASTER(2, "DISASTER", "\u56e0\u707e"),

	/**
	 * The '<em><b>SCHOOLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLING_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOLING(3, "SCHOOLING", "\u56e0\u5b66"),

	/**
	 * The '<em><b>LACK OF LABOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACK_OF_LABOUR_VALUE
	 * @generated
	 * @ordered
	 */
	LACK_OF_LABOUR(4, "LACK_OF_LABOUR", "\u7f3a\u52b3\u529b"),

	/**
	 * The '<em><b>LACK OF SKILLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACK_OF_SKILLS_VALUE
	 * @generated
	 * @ordered
	 */
	LACK_OF_SKILLS(5, "LACK_OF_SKILLS", "\u7f3a\u6280\u672f"),

	/**
	 * The '<em><b>LACK OF CAPITAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACK_OF_CAPITAL_VALUE
	 * @generated
	 * @ordered
	 */
	LACK_OF_CAPITAL(6, "LACK_OF_CAPITAL", "\u7f3a\u8d44\u91d1");

	/**
	 * The '<em><b>ILLNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ILLNESS
	 * @model literal="\u56e0\u75c5"
	 * @generated
	 * @ordered
	 */
	public static final int ILLNESS_VALUE = 0;

	/**
	 * The '<em><b>DISABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY
	 * @model literal="\u56e0\u6b8b"
	 * @generated
	 * @ordered
	 */
	public static final int DISABILITY_VALUE = 1;

	/**
	 * The '<em><b>DISASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER
	 * @model literal="\u56e0\u707e"
	 * @generated
	 * @ordered
	 */
	public static final int DISASTER_VALUE = 2;

	/**
	 * The '<em><b>SCHOOLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOLING
	 * @model literal="\u56e0\u5b66"
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOLING_VALUE = 3;

	/**
	 * The '<em><b>LACK OF LABOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACK_OF_LABOUR
	 * @model literal="\u7f3a\u52b3\u529b"
	 * @generated
	 * @ordered
	 */
	public static final int LACK_OF_LABOUR_VALUE = 4;

	/**
	 * The '<em><b>LACK OF SKILLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACK_OF_SKILLS
	 * @model literal="\u7f3a\u6280\u672f"
	 * @generated
	 * @ordered
	 */
	public static final int LACK_OF_SKILLS_VALUE = 5;

	/**
	 * The '<em><b>LACK OF CAPITAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACK_OF_CAPITAL
	 * @model literal="\u7f3a\u8d44\u91d1"
	 * @generated
	 * @ordered
	 */
	public static final int LACK_OF_CAPITAL_VALUE = 6;

	/**
	 * An array of all the '<em><b>Poverty Cause</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PovertyCause[] VALUES_ARRAY =
		new PovertyCause[] {
			ILLNESS,
			DISABILITY,
			DISASTER,
			SCHOOLING,
			LACK_OF_LABOUR,
			LACK_OF_SKILLS,
			LACK_OF_CAPITAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Poverty Cause</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PovertyCause> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Poverty Cause</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PovertyCause get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PovertyCause result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Poverty Cause</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PovertyCause getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PovertyCause result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Poverty Cause</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PovertyCause get(int value) {
		switch (value) {
			case ILLNESS_VALUE: return ILLNESS;
			case DISABILITY_VALUE: return DISABILITY;
			case DISASTER_VALUE: return DISASTER;
			case SCHOOLING_VALUE: return SCHOOLING;
			case LACK_OF_LABOUR_VALUE: return LACK_OF_LABOUR;
			case LACK_OF_SKILLS_VALUE: return LACK_OF_SKILLS;
			case LACK_OF_CAPITAL_VALUE: return LACK_OF_CAPITAL;
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
	private PovertyCause(int value, String name, String literal) {
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
	
} //PovertyCause
