/**
 */
package xiaokang.education.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>School Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see xiaokang.education.model.EducationPackage#getSchoolStage()
 * @model
 * @generated
 */
public enum SchoolStage implements Enumerator {
	/**
	 * The '<em><b>PRESCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	PRESCHOOL(0, "PRESCHOOL", "\u5b66\u524d"),

	/**
	 * The '<em><b>PRIMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY(1, "PRIMARY", "\u5c0f\u5b66"),

	/**
	 * The '<em><b>JUNIOR SECONDARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_SECONDARY_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR_SECONDARY(2, "JUNIOR_SECONDARY", "\u521d\u4e2d"),

	/**
	 * The '<em><b>SENIOR SECONDARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_SECONDARY_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_SECONDARY(3, "SENIOR_SECONDARY", "\u666e\u901a\u9ad8\u4e2d"),

	/**
	 * The '<em><b>VOCATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOCATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	VOCATIONAL(4, "VOCATIONAL", "\u4e2d\u804c"),

	/**
	 * The '<em><b>COLLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLEGE(5, "COLLEGE", "\u9ad8\u6821");

	/**
	 * The '<em><b>PRESCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESCHOOL
	 * @model literal="\u5b66\u524d"
	 * @generated
	 * @ordered
	 */
	public static final int PRESCHOOL_VALUE = 0;

	/**
	 * The '<em><b>PRIMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY
	 * @model literal="\u5c0f\u5b66"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_VALUE = 1;

	/**
	 * The '<em><b>JUNIOR SECONDARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_SECONDARY
	 * @model literal="\u521d\u4e2d"
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_SECONDARY_VALUE = 2;

	/**
	 * The '<em><b>SENIOR SECONDARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_SECONDARY
	 * @model literal="\u666e\u901a\u9ad8\u4e2d"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_SECONDARY_VALUE = 3;

	/**
	 * The '<em><b>VOCATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOCATIONAL
	 * @model literal="\u4e2d\u804c"
	 * @generated
	 * @ordered
	 */
	public static final int VOCATIONAL_VALUE = 4;

	/**
	 * The '<em><b>COLLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLEGE
	 * @model literal="\u9ad8\u6821"
	 * @generated
	 * @ordered
	 */
	public static final int COLLEGE_VALUE = 5;

	/**
	 * An array of all the '<em><b>School Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SchoolStage[] VALUES_ARRAY =
		new SchoolStage[] {
			PRESCHOOL,
			PRIMARY,
			JUNIOR_SECONDARY,
			SENIOR_SECONDARY,
			VOCATIONAL,
			COLLEGE,
		};

	/**
	 * A public read-only list of all the '<em><b>School Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SchoolStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>School Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchoolStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchoolStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>School Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchoolStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchoolStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>School Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchoolStage get(int value) {
		switch (value) {
			case PRESCHOOL_VALUE: return PRESCHOOL;
			case PRIMARY_VALUE: return PRIMARY;
			case JUNIOR_SECONDARY_VALUE: return JUNIOR_SECONDARY;
			case SENIOR_SECONDARY_VALUE: return SENIOR_SECONDARY;
			case VOCATIONAL_VALUE: return VOCATIONAL;
			case COLLEGE_VALUE: return COLLEGE;
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
	private SchoolStage(int value, String name, String literal) {
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
	
} //SchoolStage
