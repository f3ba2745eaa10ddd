/**
 */
package xiaokang.employment.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Training Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of a course.
 * <!-- end-model-doc -->
 * @see xiaokang.employment.model.EmploymentPackage#getTrainingKind()
 * @model
 * @generated
 */
public enum TrainingKind implements Enumerator {
	/**
	 * The '<em><b>SCHOOL LEAVERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_LEAVERS_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL_LEAVERS(0, "SCHOOL_LEAVERS", "SCHOOL_LEAVERS"),

	/**
	 * The '<em><b>SKILLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLS_VALUE
	 * @generated
	 * @ordered
	 */
	SKILLS(1, "SKILLS", "SKILLS"),

	/**
	 * The '<em><b>ENTREPRENEURSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTREPRENEURSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	ENTREPRENEURSHIP(2, "ENTREPRENEURSHIP", "ENTREPRENEURSHIP");

	/**
	 * The '<em><b>SCHOOL LEAVERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_LEAVERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_LEAVERS_VALUE = 0;

	/**
	 * The '<em><b>SKILLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKILLS_VALUE = 1;

	/**
	 * The '<em><b>ENTREPRENEURSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTREPRENEURSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTREPRENEURSHIP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Training Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingKind[] VALUES_ARRAY =
		new TrainingKind[] {
			SCHOOL_LEAVERS,
			SKILLS,
			ENTREPRENEURSHIP,
		};

	/**
	 * A public read-only list of all the '<em><b>Training Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Training Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind get(int value) {
		switch (value) {
			case SCHOOL_LEAVERS_VALUE: return SCHOOL_LEAVERS;
			case SKILLS_VALUE: return SKILLS;
			case ENTREPRENEURSHIP_VALUE: return ENTREPRENEURSHIP;
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
	private TrainingKind(int value, String name, String literal) {
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
	
} //TrainingKind
