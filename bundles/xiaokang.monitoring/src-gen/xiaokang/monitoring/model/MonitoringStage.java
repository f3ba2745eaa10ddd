/**
 */
package xiaokang.monitoring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a monitored household stands: the identification (预警 to 纳入监测, or 不予纳入), then the elimination (核实, 公示, 风险消除).
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringStage()
 * @model
 * @generated
 */
public enum MonitoringStage implements Enumerator {
	/**
	 * The '<em><b>WARNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WARNED_VALUE
	 * @generated
	 * @ordered
	 */
	WARNED(0, "WARNED", "WARNED"),

	/**
	 * The '<em><b>VISITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISITED_VALUE
	 * @generated
	 * @ordered
	 */
	VISITED(1, "VISITED", "VISITED"),

	/**
	 * The '<em><b>COMPARED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARED_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARED(2, "COMPARED", "COMPARED"),

	/**
	 * The '<em><b>PUBLICISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICISED_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLICISED(3, "PUBLICISED", "PUBLICISED"),

	/**
	 * The '<em><b>TOWNSHIP REVIEWED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_REVIEWED_VALUE
	 * @generated
	 * @ordered
	 */
	TOWNSHIP_REVIEWED(4, "TOWNSHIP_REVIEWED", "TOWNSHIP_REVIEWED"),

	/**
	 * The '<em><b>MONITORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORED_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORED(5, "MONITORED", "MONITORED"),

	/**
	 * The '<em><b>NOT INCLUDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_INCLUDED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_INCLUDED(6, "NOT_INCLUDED", "NOT_INCLUDED"),

	/**
	 * The '<em><b>ELIMINATION VISITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_VISITED_VALUE
	 * @generated
	 * @ordered
	 */
	ELIMINATION_VISITED(7, "ELIMINATION_VISITED", "ELIMINATION_VISITED"),

	/**
	 * The '<em><b>ELIMINATION PUBLICISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_PUBLICISED_VALUE
	 * @generated
	 * @ordered
	 */
	ELIMINATION_PUBLICISED(8, "ELIMINATION_PUBLICISED", "ELIMINATION_PUBLICISED"),

	/**
	 * The '<em><b>ELIMINATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATED_VALUE
	 * @generated
	 * @ordered
	 */
	ELIMINATED(9, "ELIMINATED", "ELIMINATED");

	/**
	 * The '<em><b>WARNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WARNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WARNED_VALUE = 0;

	/**
	 * The '<em><b>VISITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISITED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISITED_VALUE = 1;

	/**
	 * The '<em><b>COMPARED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPARED_VALUE = 2;

	/**
	 * The '<em><b>PUBLICISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLICISED_VALUE = 3;

	/**
	 * The '<em><b>TOWNSHIP REVIEWED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWNSHIP_REVIEWED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOWNSHIP_REVIEWED_VALUE = 4;

	/**
	 * The '<em><b>MONITORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONITORED_VALUE = 5;

	/**
	 * The '<em><b>NOT INCLUDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_INCLUDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_INCLUDED_VALUE = 6;

	/**
	 * The '<em><b>ELIMINATION VISITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_VISITED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELIMINATION_VISITED_VALUE = 7;

	/**
	 * The '<em><b>ELIMINATION PUBLICISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATION_PUBLICISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELIMINATION_PUBLICISED_VALUE = 8;

	/**
	 * The '<em><b>ELIMINATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIMINATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELIMINATED_VALUE = 9;

	/**
	 * An array of all the '<em><b>Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MonitoringStage[] VALUES_ARRAY =
		new MonitoringStage[] {
			WARNED,
			VISITED,
			COMPARED,
			PUBLICISED,
			TOWNSHIP_REVIEWED,
			MONITORED,
			NOT_INCLUDED,
			ELIMINATION_VISITED,
			ELIMINATION_PUBLICISED,
			ELIMINATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MonitoringStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MonitoringStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MonitoringStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MonitoringStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MonitoringStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MonitoringStage get(int value) {
		switch (value) {
			case WARNED_VALUE: return WARNED;
			case VISITED_VALUE: return VISITED;
			case COMPARED_VALUE: return COMPARED;
			case PUBLICISED_VALUE: return PUBLICISED;
			case TOWNSHIP_REVIEWED_VALUE: return TOWNSHIP_REVIEWED;
			case MONITORED_VALUE: return MONITORED;
			case NOT_INCLUDED_VALUE: return NOT_INCLUDED;
			case ELIMINATION_VISITED_VALUE: return ELIMINATION_VISITED;
			case ELIMINATION_PUBLICISED_VALUE: return ELIMINATION_PUBLICISED;
			case ELIMINATED_VALUE: return ELIMINATED;
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
	private MonitoringStage(int value, String name, String literal) {
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
	
} //MonitoringStage
