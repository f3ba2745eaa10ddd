/**
 */
package xiaokang.monitoring.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 部门筛查数据: one person named by a department's list (civil affairs' low-income list, medical insurance's large expenses, disability certificates), imported as it comes; a record naming a household member raises a warning.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.DepartmentRecord#getList <em>List</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.DepartmentRecord#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.DepartmentRecord#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.DepartmentRecord#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.DepartmentRecord#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.DepartmentRecord#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord()
 * @model
 * @generated
 */
public interface DepartmentRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>List</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.monitoring.model.DepartmentList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>List</em>' attribute.
	 * @see xiaokang.monitoring.model.DepartmentList
	 * @see #setList(DepartmentList)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord_List()
	 * @model required="true"
	 * @generated
	 */
	DepartmentList getList();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.DepartmentRecord#getList <em>List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List</em>' attribute.
	 * @see xiaokang.monitoring.model.DepartmentList
	 * @see #getList()
	 * @generated
	 */
	void setList(DepartmentList value);

	/**
	 * Returns the value of the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's ID number, as the department gives it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Number</em>' attribute.
	 * @see #setIdNumber(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord_IdNumber()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true' personal='id'"
	 * @generated
	 */
	String getIdNumber();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.DepartmentRecord#getIdNumber <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Number</em>' attribute.
	 * @see #getIdNumber()
	 * @generated
	 */
	void setIdNumber(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.DepartmentRecord#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the department's record was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.DepartmentRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An amount the list gives (a medical expense, an allowance), yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord_Amount()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.DepartmentRecord#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getDepartmentRecord_Note()
	 * @model annotation="http://xiaokang/store length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.DepartmentRecord#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // DepartmentRecord
