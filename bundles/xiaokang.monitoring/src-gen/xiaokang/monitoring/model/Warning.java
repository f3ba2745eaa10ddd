/**
 */
package xiaokang.monitoring.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Warning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 预警: a household the rules found at risk, with the reason and its figures; the township's task, with deadlines to visit and to decide.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.Warning#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getReason <em>Reason</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getFigure <em>Figure</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getVisitBy <em>Visit By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getDecideBy <em>Decide By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getHandledBy <em>Handled By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getHandledOn <em>Handled On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getNote <em>Note</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.Warning#getMonitored <em>Monitored</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning()
 * @model
 * @generated
 */
public interface Warning extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Household()
	 * @model required="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.WarningKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.monitoring.model.WarningKind
	 * @see #setKind(WarningKind)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Kind()
	 * @model required="true"
	 * @generated
	 */
	WarningKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.monitoring.model.WarningKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(WarningKind value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year whose figures and parameters raised it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Year()
	 * @model required="true"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised On</em>' attribute.
	 * @see #setRaisedOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_RaisedOn()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getRaisedOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getRaisedOn <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised On</em>' attribute.
	 * @see #getRaisedOn()
	 * @generated
	 */
	void setRaisedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why, with the figures, in the words of the day it was raised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Reason()
	 * @model required="true"
	 *        annotation="http://xiaokang/store length='1000'"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The household's figure that crossed the threshold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Figure</em>' attribute.
	 * @see #setFigure(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Figure()
	 * @model
	 * @generated
	 */
	BigDecimal getFigure();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getFigure <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Figure</em>' attribute.
	 * @see #getFigure()
	 * @generated
	 */
	void setFigure(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The threshold it crossed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Threshold()
	 * @model
	 * @generated
	 */
	BigDecimal getThreshold();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Visit By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 入户核实 due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visit By</em>' attribute.
	 * @see #setVisitBy(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_VisitBy()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getVisitBy();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getVisitBy <em>Visit By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit By</em>' attribute.
	 * @see #getVisitBy()
	 * @generated
	 */
	void setVisitBy(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decide By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 研判 due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decide By</em>' attribute.
	 * @see #setDecideBy(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_DecideBy()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecideBy();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getDecideBy <em>Decide By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decide By</em>' attribute.
	 * @see #getDecideBy()
	 * @generated
	 */
	void setDecideBy(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.WarningStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see xiaokang.monitoring.model.WarningStatus
	 * @see #setStatus(WarningStatus)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Status()
	 * @model required="true"
	 * @generated
	 */
	WarningStatus getStatus();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see xiaokang.monitoring.model.WarningStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(WarningStatus value);

	/**
	 * Returns the value of the '<em><b>Handled By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handled By</em>' attribute.
	 * @see #setHandledBy(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_HandledBy()
	 * @model
	 * @generated
	 */
	String getHandledBy();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getHandledBy <em>Handled By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handled By</em>' attribute.
	 * @see #getHandledBy()
	 * @generated
	 */
	void setHandledBy(String value);

	/**
	 * Returns the value of the '<em><b>Handled On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handled On</em>' attribute.
	 * @see #setHandledOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_HandledOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getHandledOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getHandledOn <em>Handled On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handled On</em>' attribute.
	 * @see #getHandledOn()
	 * @generated
	 */
	void setHandledOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reason it was dismissed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Note()
	 * @model annotation="http://xiaokang/store length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Monitored</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identification it started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monitored</em>' reference.
	 * @see #setMonitored(MonitoredHousehold)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getWarning_Monitored()
	 * @model
	 * @generated
	 */
	MonitoredHousehold getMonitored();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.Warning#getMonitored <em>Monitored</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitored</em>' reference.
	 * @see #getMonitored()
	 * @generated
	 */
	void setMonitored(MonitoredHousehold value);

} // Warning
