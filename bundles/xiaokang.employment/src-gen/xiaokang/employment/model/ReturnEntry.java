/**
 */
package xiaokang.employment.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Return Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One poor worker on a campaign's list, and how far they are.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.ReturnEntry#getPerson <em>Person</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnEntry#getReason <em>Reason</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnEntry#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnEntry#getHelper <em>Helper</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getReturnEntry()
 * @model
 * @generated
 */
public interface ReturnEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnEntry_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnEntry#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.employment.model.ReturnStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see xiaokang.employment.model.ReturnStatus
	 * @see #setStatus(ReturnStatus)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnEntry_Status()
	 * @model required="true"
	 * @generated
	 */
	ReturnStatus getStatus();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see xiaokang.employment.model.ReturnStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReturnStatus value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnEntry_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnEntry#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnEntry_Date()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Helper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Helper</em>' attribute.
	 * @see #setHelper(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnEntry_Helper()
	 * @model
	 * @generated
	 */
	String getHelper();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnEntry#getHelper <em>Helper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Helper</em>' attribute.
	 * @see #getHelper()
	 * @generated
	 */
	void setHelper(String value);

} // ReturnEntry
