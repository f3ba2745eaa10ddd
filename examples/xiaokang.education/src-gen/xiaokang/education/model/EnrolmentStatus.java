/**
 */
package xiaokang.education.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Enrolment Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.education.model.EducationPackage#getEnrolmentStatus()
 * @model
 * @generated
 */
public enum EnrolmentStatus implements Enumerator {
	/**
	 * The '<em><b>ATTENDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTENDING_VALUE
	 * @generated
	 * @ordered
	 */
	ATTENDING(0, "ATTENDING", "\u5728\u8bfb"),

	/**
	 * The '<em><b>DROPPED OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROPPED_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	DROPPED_OUT(1, "DROPPED_OUT", "\u8f8d\u5b66"),

	/**
	 * The '<em><b>EXEMPTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXEMPTED_VALUE
	 * @generated
	 * @ordered
	 */
	EXEMPTED(2, "EXEMPTED", "\u514d\u5b66\u6216\u7f13\u5b66");

	/**
	 * The '<em><b>ATTENDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTENDING
	 * @model literal="\u5728\u8bfb"
	 * @generated
	 * @ordered
	 */
	public static final int ATTENDING_VALUE = 0;

	/**
	 * The '<em><b>DROPPED OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROPPED_OUT
	 * @model literal="\u8f8d\u5b66"
	 * @generated
	 * @ordered
	 */
	public static final int DROPPED_OUT_VALUE = 1;

	/**
	 * The '<em><b>EXEMPTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXEMPTED
	 * @model literal="\u514d\u5b66\u6216\u7f13\u5b66"
	 * @generated
	 * @ordered
	 */
	public static final int EXEMPTED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Enrolment Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EnrolmentStatus[] VALUES_ARRAY =
		new EnrolmentStatus[] {
			ATTENDING,
			DROPPED_OUT,
			EXEMPTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Enrolment Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EnrolmentStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Enrolment Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnrolmentStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnrolmentStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Enrolment Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnrolmentStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnrolmentStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Enrolment Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnrolmentStatus get(int value) {
		switch (value) {
			case ATTENDING_VALUE: return ATTENDING;
			case DROPPED_OUT_VALUE: return DROPPED_OUT;
			case EXEMPTED_VALUE: return EXEMPTED;
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
	private EnrolmentStatus(int value, String name, String literal) {
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
	
} //EnrolmentStatus
