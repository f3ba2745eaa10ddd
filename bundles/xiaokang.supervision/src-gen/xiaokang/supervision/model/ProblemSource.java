/**
 */
package xiaokang.supervision.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Problem Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 问题来源.
 * <!-- end-model-doc -->
 * @see xiaokang.supervision.model.SupervisionPackage#getProblemSource()
 * @model
 * @generated
 */
public enum ProblemSource implements Enumerator {
	/**
	 * The '<em><b>INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	INSPECTION(0, "INSPECTION", "INSPECTION"),

	/**
	 * The '<em><b>RESCREENING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESCREENING_VALUE
	 * @generated
	 * @ordered
	 */
	RESCREENING(1, "RESCREENING", "RESCREENING"),

	/**
	 * The '<em><b>PROVINCE FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCE_FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCE_FEEDBACK(2, "PROVINCE_FEEDBACK", "PROVINCE_FEEDBACK"),

	/**
	 * The '<em><b>CITY FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_FEEDBACK(3, "CITY_FEEDBACK", "CITY_FEEDBACK"),

	/**
	 * The '<em><b>SELF CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_CHECK(4, "SELF_CHECK", "SELF_CHECK");

	/**
	 * The '<em><b>INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSPECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSPECTION_VALUE = 0;

	/**
	 * The '<em><b>RESCREENING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESCREENING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESCREENING_VALUE = 1;

	/**
	 * The '<em><b>PROVINCE FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCE_FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCE_FEEDBACK_VALUE = 2;

	/**
	 * The '<em><b>CITY FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_FEEDBACK_VALUE = 3;

	/**
	 * The '<em><b>SELF CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_CHECK_VALUE = 4;

	/**
	 * An array of all the '<em><b>Problem Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProblemSource[] VALUES_ARRAY =
		new ProblemSource[] {
			INSPECTION,
			RESCREENING,
			PROVINCE_FEEDBACK,
			CITY_FEEDBACK,
			SELF_CHECK,
		};

	/**
	 * A public read-only list of all the '<em><b>Problem Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProblemSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Problem Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemSource get(int value) {
		switch (value) {
			case INSPECTION_VALUE: return INSPECTION;
			case RESCREENING_VALUE: return RESCREENING;
			case PROVINCE_FEEDBACK_VALUE: return PROVINCE_FEEDBACK;
			case CITY_FEEDBACK_VALUE: return CITY_FEEDBACK;
			case SELF_CHECK_VALUE: return SELF_CHECK;
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
	private ProblemSource(int value, String name, String literal) {
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
	
} //ProblemSource
