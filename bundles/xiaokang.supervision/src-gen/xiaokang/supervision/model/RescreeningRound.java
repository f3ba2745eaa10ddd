/**
 */
package xiaokang.supervision.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.HouseholdStatus;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rescreening Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 回头看、逐户过筛: a round that screens every household of the chosen groups one by one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.RescreeningRound#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.supervision.model.RescreeningRound#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.RescreeningRound#getEndDate <em>End Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.RescreeningRound#getGroups <em>Groups</em>}</li>
 *   <li>{@link xiaokang.supervision.model.RescreeningRound#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @see xiaokang.supervision.model.SupervisionPackage#getRescreeningRound()
 * @model
 * @generated
 */
public interface RescreeningRound extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getRescreeningRound_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.RescreeningRound#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getRescreeningRound_StartDate()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.RescreeningRound#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getRescreeningRound_EndDate()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.RescreeningRound#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute list.
	 * The list contents are of type {@link xiaokang.core.model.HouseholdStatus}.
	 * The literals are from the enumeration {@link xiaokang.core.model.HouseholdStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' attribute list.
	 * @see xiaokang.core.model.HouseholdStatus
	 * @see xiaokang.supervision.model.SupervisionPackage#getRescreeningRound_Groups()
	 * @model
	 * @generated
	 */
	EList<HouseholdStatus> getGroups();

	/**
	 * Returns the value of the '<em><b>Records</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.supervision.model.ScreeningRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records</em>' containment reference list.
	 * @see xiaokang.supervision.model.SupervisionPackage#getRescreeningRound_Records()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScreeningRecord> getRecords();

} // RescreeningRound
