/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Step</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A step of the lifecycle.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringStep()
 * @model
 * @generated
 */
public enum MonitoringStep implements Enumerator {
	/**
	 * The '<em><b>START</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START_VALUE
	 * @generated
	 * @ordered
	 */
	START(0, "START", "START"),

	/**
	 * The '<em><b>VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	VISIT(1, "VISIT", "VISIT"),

	/**
	 * The '<em><b>COMPARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARE(2, "COMPARE", "COMPARE"),

	/**
	 * The '<em><b>PUBLICISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICISE_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLICISE(3, "PUBLICISE", "PUBLICISE"),

	/**
	 * The '<em><b>TOWNSHIP REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	TOWNSHIP_REVIEW(4, "TOWNSHIP_REVIEW", "TOWNSHIP_REVIEW"),

	/**
	 * The '<em><b>COUNTY APPROVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_APPROVE_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY_APPROVE(5, "COUNTY_APPROVE", "COUNTY_APPROVE"),

	/**
	 * The '<em><b>DECLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECLINE_VALUE
	 * @generated
	 * @ordered
	 */
	DECLINE(6, "DECLINE", "DECLINE"),

	/**
	 * The '<em><b>ELIMINATION VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	ELIMINATION_VISIT(7, "ELIMINATION_VISIT", "ELIMINATION_VISIT"),

	/**
	 * The '<em><b>ELIMINATION PUBLICISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_PUBLICISE_VALUE
	 * @generated
	 * @ordered
	 */
	ELIMINATION_PUBLICISE(8, "ELIMINATION_PUBLICISE", "ELIMINATION_PUBLICISE"),

	/**
	 * The '<em><b>ELIMINATION APPROVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_APPROVE_VALUE
	 * @generated
	 * @ordered
	 */
	ELIMINATION_APPROVE(9, "ELIMINATION_APPROVE", "ELIMINATION_APPROVE"),

	/**
	 * The '<em><b>SEND BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEND_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	SEND_BACK(10, "SEND_BACK", "SEND_BACK");

	/**
	 * The '<em><b>START</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int START_VALUE = 0;

	/**
	 * The '<em><b>VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISIT_VALUE = 1;

	/**
	 * The '<em><b>COMPARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPARE_VALUE = 2;

	/**
	 * The '<em><b>PUBLICISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLICISE_VALUE = 3;

	/**
	 * The '<em><b>TOWNSHIP REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOWNSHIP_REVIEW_VALUE = 4;

	/**
	 * The '<em><b>COUNTY APPROVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_APPROVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_APPROVE_VALUE = 5;

	/**
	 * The '<em><b>DECLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECLINE_VALUE = 6;

	/**
	 * The '<em><b>ELIMINATION VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELIMINATION_VISIT_VALUE = 7;

	/**
	 * The '<em><b>ELIMINATION PUBLICISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_PUBLICISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELIMINATION_PUBLICISE_VALUE = 8;

	/**
	 * The '<em><b>ELIMINATION APPROVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_APPROVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELIMINATION_APPROVE_VALUE = 9;

	/**
	 * The '<em><b>SEND BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEND_BACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEND_BACK_VALUE = 10;

	/**
	 * An array of all the '<em><b>Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MonitoringStep[] VALUES_ARRAY =
		new MonitoringStep[] {
			START,
			VISIT,
			COMPARE,
			PUBLICISE,
			TOWNSHIP_REVIEW,
			COUNTY_APPROVE,
			DECLINE,
			ELIMINATION_VISIT,
			ELIMINATION_PUBLICISE,
			ELIMINATION_APPROVE,
			SEND_BACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MonitoringStep> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Step</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MonitoringStep get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MonitoringStep result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Step</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MonitoringStep getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MonitoringStep result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Step</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MonitoringStep get(int value) {
		switch (value) {
			case START_VALUE: return START;
			case VISIT_VALUE: return VISIT;
			case COMPARE_VALUE: return COMPARE;
			case PUBLICISE_VALUE: return PUBLICISE;
			case TOWNSHIP_REVIEW_VALUE: return TOWNSHIP_REVIEW;
			case COUNTY_APPROVE_VALUE: return COUNTY_APPROVE;
			case DECLINE_VALUE: return DECLINE;
			case ELIMINATION_VISIT_VALUE: return ELIMINATION_VISIT;
			case ELIMINATION_PUBLICISE_VALUE: return ELIMINATION_PUBLICISE;
			case ELIMINATION_APPROVE_VALUE: return ELIMINATION_APPROVE;
			case SEND_BACK_VALUE: return SEND_BACK;
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
	private MonitoringStep(int value, String name, String literal) {
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
	
} //MonitoringStep
