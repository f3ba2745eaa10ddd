/**
 */
package xiaokang.monitoring.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Help Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 帮扶措施: a measure planned for a monitored household, and when it was given; linked, where it exists, to another plug-in's record.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getDescription <em>Description</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getPlannedOn <em>Planned On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getGivenOn <em>Given On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.HelpMeasure#getLinkedRecord <em>Linked Record</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure()
 * @model
 * @generated
 */
public interface HelpMeasure extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.monitoring.model.MeasureKind
	 * @see #setKind(MeasureKind)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_Kind()
	 * @model required="true"
	 * @generated
	 */
	MeasureKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.monitoring.model.MeasureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeasureKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_Description()
	 * @model required="true"
	 *        annotation="http://xiaokang/store length='1000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Planned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned On</em>' attribute.
	 * @see #setPlannedOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_PlannedOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getPlannedOn <em>Planned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned On</em>' attribute.
	 * @see #getPlannedOn()
	 * @generated
	 */
	void setPlannedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Given On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given On</em>' attribute.
	 * @see #setGivenOn(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_GivenOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getGivenOn();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getGivenOn <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given On</em>' attribute.
	 * @see #getGivenOn()
	 * @generated
	 */
	void setGivenOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_Amount()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' attribute.
	 * @see #setResponsible(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_Responsible()
	 * @model
	 * @generated
	 */
	String getResponsible();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getResponsible <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' attribute.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(String value);

	/**
	 * Returns the value of the '<em><b>Linked Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another plug-in's record: its class's name and stored id (industry.BenefitLink#12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linked Record</em>' attribute.
	 * @see #setLinkedRecord(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getHelpMeasure_LinkedRecord()
	 * @model
	 * @generated
	 */
	String getLinkedRecord();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.HelpMeasure#getLinkedRecord <em>Linked Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linked Record</em>' attribute.
	 * @see #getLinkedRecord()
	 * @generated
	 */
	void setLinkedRecord(String value);

} // HelpMeasure
