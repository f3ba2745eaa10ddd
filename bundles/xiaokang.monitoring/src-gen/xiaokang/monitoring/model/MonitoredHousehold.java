/**
 */
package xiaokang.monitoring.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monitored Household</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 监测对象: a household under identification or monitoring, from the warning to risk elimination; its record stays afterwards.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getCategory <em>Category</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getRisks <em>Risks</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getFoundOn <em>Found On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getFoundBy <em>Found By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getStage <em>Stage</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getStageDue <em>Stage Due</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#isAuthorisationSigned <em>Authorisation Signed</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getPublicisedOn <em>Publicised On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getIdentifiedOn <em>Identified On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getEliminatedOn <em>Eliminated On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getEvents <em>Events</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoredHousehold#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold()
 * @model
 * @generated
 */
public interface MonitoredHousehold extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_Household()
	 * @model required="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.MonitoringCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see xiaokang.monitoring.model.MonitoringCategory
	 * @see #setCategory(MonitoringCategory)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_Category()
	 * @model required="true"
	 * @generated
	 */
	MonitoringCategory getCategory();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see xiaokang.monitoring.model.MonitoringCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(MonitoringCategory value);

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' attribute list.
	 * The list contents are of type {@link xiaokang.monitoring.model.RiskType}.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.RiskType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' attribute list.
	 * @see xiaokang.monitoring.model.RiskType
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_Risks()
	 * @model
	 * @generated
	 */
	EList<RiskType> getRisks();

	/**
	 * Returns the value of the '<em><b>Found On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Found On</em>' attribute.
	 * @see #setFoundOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_FoundOn()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getFoundOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getFoundOn <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found On</em>' attribute.
	 * @see #getFoundOn()
	 * @generated
	 */
	void setFoundOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Found By</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.HowFound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Found By</em>' attribute.
	 * @see xiaokang.monitoring.model.HowFound
	 * @see #setFoundBy(HowFound)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_FoundBy()
	 * @model required="true"
	 * @generated
	 */
	HowFound getFoundBy();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getFoundBy <em>Found By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found By</em>' attribute.
	 * @see xiaokang.monitoring.model.HowFound
	 * @see #getFoundBy()
	 * @generated
	 */
	void setFoundBy(HowFound value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.MonitoringStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see xiaokang.monitoring.model.MonitoringStage
	 * @see #setStage(MonitoringStage)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_Stage()
	 * @model required="true"
	 * @generated
	 */
	MonitoringStage getStage();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see xiaokang.monitoring.model.MonitoringStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(MonitoringStage value);

	/**
	 * Returns the value of the '<em><b>Stage Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the current step is due: past it, the household is overdue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage Due</em>' attribute.
	 * @see #setStageDue(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_StageDue()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getStageDue();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getStageDue <em>Stage Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Due</em>' attribute.
	 * @see #getStageDue()
	 * @generated
	 */
	void setStageDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Authorisation Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The household signed the authorisation to check its data (授权书), needed for the visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authorisation Signed</em>' attribute.
	 * @see #setAuthorisationSigned(boolean)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_AuthorisationSigned()
	 * @model
	 * @generated
	 */
	boolean isAuthorisationSigned();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#isAuthorisationSigned <em>Authorisation Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authorisation Signed</em>' attribute.
	 * @see #isAuthorisationSigned()
	 * @generated
	 */
	void setAuthorisationSigned(boolean value);

	/**
	 * Returns the value of the '<em><b>Publicised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the current publicity began (评议公示, at least five days).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publicised On</em>' attribute.
	 * @see #setPublicisedOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_PublicisedOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getPublicisedOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getPublicisedOn <em>Publicised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publicised On</em>' attribute.
	 * @see #getPublicisedOn()
	 * @generated
	 */
	void setPublicisedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Identified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 纳入监测: the day the county approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identified On</em>' attribute.
	 * @see #setIdentifiedOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_IdentifiedOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getIdentifiedOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getIdentifiedOn <em>Identified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identified On</em>' attribute.
	 * @see #getIdentifiedOn()
	 * @generated
	 */
	void setIdentifiedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Eliminated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 标注风险消除: the day the county approved elimination.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eliminated On</em>' attribute.
	 * @see #setEliminatedOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_EliminatedOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getEliminatedOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoredHousehold#getEliminatedOn <em>Eliminated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eliminated On</em>' attribute.
	 * @see #getEliminatedOn()
	 * @generated
	 */
	void setEliminatedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.monitoring.model.MonitoringEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonitoringEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.monitoring.model.HelpMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoredHousehold_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<HelpMeasure> getMeasures();

} // MonitoredHousehold
