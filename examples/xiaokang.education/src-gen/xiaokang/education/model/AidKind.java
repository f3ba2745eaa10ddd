/**
 */
package xiaokang.education.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Aid Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.education.model.EducationPackage#getAidKind()
 * @model
 * @generated
 */
public enum AidKind implements Enumerator {
	/**
	 * The '<em><b>BOARDING ALLOWANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARDING_ALLOWANCE_VALUE
	 * @generated
	 * @ordered
	 */
	BOARDING_ALLOWANCE(0, "BOARDING_ALLOWANCE", "\u5bc4\u5bbf\u751f\u751f\u6d3b\u8865\u52a9"),

	/**
	 * The '<em><b>NATIONAL GRANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_GRANT_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_GRANT(1, "NATIONAL_GRANT", "\u56fd\u5bb6\u52a9\u5b66\u91d1"),

	/**
	 * The '<em><b>RAIN DEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAIN_DEW_VALUE
	 * @generated
	 * @ordered
	 */
	RAIN_DEW(2, "RAIN_DEW", "\u96e8\u9732\u8ba1\u5212"),

	/**
	 * The '<em><b>CHARITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARITY_VALUE
	 * @generated
	 * @ordered
	 */
	CHARITY(3, "CHARITY", "\u793e\u4f1a\u52a9\u5b66");

	/**
	 * The '<em><b>BOARDING ALLOWANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARDING_ALLOWANCE
	 * @model literal="\u5bc4\u5bbf\u751f\u751f\u6d3b\u8865\u52a9"
	 * @generated
	 * @ordered
	 */
	public static final int BOARDING_ALLOWANCE_VALUE = 0;

	/**
	 * The '<em><b>NATIONAL GRANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_GRANT
	 * @model literal="\u56fd\u5bb6\u52a9\u5b66\u91d1"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_GRANT_VALUE = 1;

	/**
	 * The '<em><b>RAIN DEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAIN_DEW
	 * @model literal="\u96e8\u9732\u8ba1\u5212"
	 * @generated
	 * @ordered
	 */
	public static final int RAIN_DEW_VALUE = 2;

	/**
	 * The '<em><b>CHARITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARITY
	 * @model literal="\u793e\u4f1a\u52a9\u5b66"
	 * @generated
	 * @ordered
	 */
	public static final int CHARITY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Aid Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AidKind[] VALUES_ARRAY =
		new AidKind[] {
			BOARDING_ALLOWANCE,
			NATIONAL_GRANT,
			RAIN_DEW,
			CHARITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Aid Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AidKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Aid Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AidKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AidKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Aid Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AidKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AidKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Aid Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AidKind get(int value) {
		switch (value) {
			case BOARDING_ALLOWANCE_VALUE: return BOARDING_ALLOWANCE;
			case NATIONAL_GRANT_VALUE: return NATIONAL_GRANT;
			case RAIN_DEW_VALUE: return RAIN_DEW;
			case CHARITY_VALUE: return CHARITY;
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
	private AidKind(int value, String name, String literal) {
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
	
} //AidKind
