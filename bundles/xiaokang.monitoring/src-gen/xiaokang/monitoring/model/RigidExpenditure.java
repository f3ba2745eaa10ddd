/**
 */
package xiaokang.monitoring.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rigid Expenditure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 刚性支出: a household's medical, schooling, disaster or accident expense of a date, and whether it has been resolved (covered, reimbursed, relieved).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.RigidExpenditure#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.RigidExpenditure#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.RigidExpenditure#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.RigidExpenditure#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.RigidExpenditure#isResolved <em>Resolved</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.RigidExpenditure#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure()
 * @model
 * @generated
 */
public interface RigidExpenditure extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure_Household()
	 * @model required="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.RigidExpenditure#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.RigidExpenditure#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.ExpenditureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.monitoring.model.ExpenditureKind
	 * @see #setKind(ExpenditureKind)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure_Kind()
	 * @model required="true"
	 * @generated
	 */
	ExpenditureKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.RigidExpenditure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.monitoring.model.ExpenditureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExpenditureKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yuan the household bears.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure_Amount()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.RigidExpenditure#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Covered, reimbursed or relieved: no longer a risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(boolean)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure_Resolved()
	 * @model
	 * @generated
	 */
	boolean isResolved();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.RigidExpenditure#isResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #isResolved()
	 * @generated
	 */
	void setResolved(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getRigidExpenditure_Note()
	 * @model annotation="http://xiaokang/store length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.RigidExpenditure#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RigidExpenditure
