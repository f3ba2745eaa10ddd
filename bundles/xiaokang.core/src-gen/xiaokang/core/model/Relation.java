/**
 */
package xiaokang.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.core.model.CorePackage#getRelation()
 * @model
 * @generated
 */
public enum Relation implements Enumerator {
	/**
	 * The '<em><b>HEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAD_VALUE
	 * @generated
	 * @ordered
	 */
	HEAD(0, "HEAD", "\u6237\u4e3b"),

	/**
	 * The '<em><b>SPOUSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE_VALUE
	 * @generated
	 * @ordered
	 */
	SPOUSE(1, "SPOUSE", "\u914d\u5076"),

	/**
	 * The '<em><b>CHILD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD(2, "CHILD", "\u5b50\u5973"),

	/**
	 * The '<em><b>PARENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT(3, "PARENT", "\u7236\u6bcd"),

	/**
	 * The '<em><b>GRANDCHILD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDCHILD_VALUE
	 * @generated
	 * @ordered
	 */
	GRANDCHILD(4, "GRANDCHILD", "\u5b59\u8f88"),

	/**
	 * The '<em><b>CHILD IN LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_IN_LAW(5, "CHILD_IN_LAW", "\u513f\u5ab3/\u5973\u5a7f"),

	/**
	 * The '<em><b>SIBLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIBLING_VALUE
	 * @generated
	 * @ordered
	 */
	SIBLING(6, "SIBLING", "\u5144\u5f1f\u59d0\u59b9"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "\u5176\u4ed6");

	/**
	 * The '<em><b>HEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAD
	 * @model literal="\u6237\u4e3b"
	 * @generated
	 * @ordered
	 */
	public static final int HEAD_VALUE = 0;

	/**
	 * The '<em><b>SPOUSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE
	 * @model literal="\u914d\u5076"
	 * @generated
	 * @ordered
	 */
	public static final int SPOUSE_VALUE = 1;

	/**
	 * The '<em><b>CHILD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD
	 * @model literal="\u5b50\u5973"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_VALUE = 2;

	/**
	 * The '<em><b>PARENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT
	 * @model literal="\u7236\u6bcd"
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_VALUE = 3;

	/**
	 * The '<em><b>GRANDCHILD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDCHILD
	 * @model literal="\u5b59\u8f88"
	 * @generated
	 * @ordered
	 */
	public static final int GRANDCHILD_VALUE = 4;

	/**
	 * The '<em><b>CHILD IN LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_LAW
	 * @model literal="\u513f\u5ab3/\u5973\u5a7f"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_IN_LAW_VALUE = 5;

	/**
	 * The '<em><b>SIBLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIBLING
	 * @model literal="\u5144\u5f1f\u59d0\u59b9"
	 * @generated
	 * @ordered
	 */
	public static final int SIBLING_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="\u5176\u4ed6"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Relation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Relation[] VALUES_ARRAY =
		new Relation[] {
			HEAD,
			SPOUSE,
			CHILD,
			PARENT,
			GRANDCHILD,
			CHILD_IN_LAW,
			SIBLING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Relation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Relation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relation get(int value) {
		switch (value) {
			case HEAD_VALUE: return HEAD;
			case SPOUSE_VALUE: return SPOUSE;
			case CHILD_VALUE: return CHILD;
			case PARENT_VALUE: return PARENT;
			case GRANDCHILD_VALUE: return GRANDCHILD;
			case CHILD_IN_LAW_VALUE: return CHILD_IN_LAW;
			case SIBLING_VALUE: return SIBLING;
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
	private Relation(int value, String name, String literal) {
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
	
} //Relation
