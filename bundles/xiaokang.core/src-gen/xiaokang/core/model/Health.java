/**
 */
package xiaokang.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Health</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.core.model.CorePackage#getHealth()
 * @model
 * @generated
 */
public enum Health implements Enumerator {
	/**
	 * The '<em><b>HEALTHY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHY_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTHY(0, "HEALTHY", "\u5065\u5eb7"),

	/**
	 * The '<em><b>CHRONIC ILLNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHRONIC_ILLNESS_VALUE
	 * @generated
	 * @ordered
	 */
	CHRONIC_ILLNESS(1, "CHRONIC_ILLNESS", "\u957f\u671f\u6162\u6027\u75c5"),

	/**
	 * The '<em><b>SERIOUS ILLNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIOUS_ILLNESS_VALUE
	 * @generated
	 * @ordered
	 */
	SERIOUS_ILLNESS(2, "SERIOUS_ILLNESS", "\u60a3\u6709\u5927\u75c5"),

	/**
	 * The '<em><b>DISABLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLED_VALUE
	 * @generated
	 * @ordered
	 */
	DISABLED(3, "DISABLED", "\u6b8b\u75be");

	/**
	 * The '<em><b>HEALTHY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHY
	 * @model literal="\u5065\u5eb7"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTHY_VALUE = 0;

	/**
	 * The '<em><b>CHRONIC ILLNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHRONIC_ILLNESS
	 * @model literal="\u957f\u671f\u6162\u6027\u75c5"
	 * @generated
	 * @ordered
	 */
	public static final int CHRONIC_ILLNESS_VALUE = 1;

	/**
	 * The '<em><b>SERIOUS ILLNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIOUS_ILLNESS
	 * @model literal="\u60a3\u6709\u5927\u75c5"
	 * @generated
	 * @ordered
	 */
	public static final int SERIOUS_ILLNESS_VALUE = 2;

	/**
	 * The '<em><b>DISABLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLED
	 * @model literal="\u6b8b\u75be"
	 * @generated
	 * @ordered
	 */
	public static final int DISABLED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Health</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Health[] VALUES_ARRAY =
		new Health[] {
			HEALTHY,
			CHRONIC_ILLNESS,
			SERIOUS_ILLNESS,
			DISABLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Health</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Health> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Health</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Health get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Health result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Health</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Health getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Health result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Health</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Health get(int value) {
		switch (value) {
			case HEALTHY_VALUE: return HEALTHY;
			case CHRONIC_ILLNESS_VALUE: return CHRONIC_ILLNESS;
			case SERIOUS_ILLNESS_VALUE: return SERIOUS_ILLNESS;
			case DISABLED_VALUE: return DISABLED;
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
	private Health(int value, String name, String literal) {
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
	
} //Health
