/**
 */
package xiaokang.monitoring.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of the identification or the elimination: who, when, and the evidence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.MonitoringEvent#getStep <em>Step</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoringEvent#getActor <em>Actor</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoringEvent#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.MonitoringEvent#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringEvent()
 * @model
 * @generated
 */
public interface MonitoringEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.MonitoringStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see xiaokang.monitoring.model.MonitoringStep
	 * @see #setStep(MonitoringStep)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringEvent_Step()
	 * @model required="true"
	 * @generated
	 */
	MonitoringStep getStep();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoringEvent#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see xiaokang.monitoring.model.MonitoringStep
	 * @see #getStep()
	 * @generated
	 */
	void setStep(MonitoringStep value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringEvent_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoringEvent#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringEvent_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoringEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getMonitoringEvent_Note()
	 * @model annotation="http://xiaokang/store length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.MonitoringEvent#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // MonitoringEvent
