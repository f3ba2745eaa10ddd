/**
 */
package xiaokang.employment.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Employment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 就业: a job of a person from a registered household, at a workshop or another employer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.Employment#getPerson <em>Person</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getWorkshop <em>Workshop</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getEmployer <em>Employer</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getPlace <em>Place</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getStarted <em>Started</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getEnded <em>Ended</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getMonthlyWage <em>Monthly Wage</em>}</li>
 *   <li>{@link xiaokang.employment.model.Employment#getAnnualGain <em>Annual Gain</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getEmployment()
 * @model
 * @generated
 */
public interface Employment extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Workshop</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workshop, when the job is at one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workshop</em>' reference.
	 * @see #setWorkshop(Workshop)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_Workshop()
	 * @model
	 * @generated
	 */
	Workshop getWorkshop();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getWorkshop <em>Workshop</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workshop</em>' reference.
	 * @see #getWorkshop()
	 * @generated
	 */
	void setWorkshop(Workshop value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The employer when the job is not at a workshop.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employer</em>' attribute.
	 * @see #setEmployer(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_Employer()
	 * @model
	 * @generated
	 */
	String getEmployer();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getEmployer <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' attribute.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(String value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.employment.model.WorkPlace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see xiaokang.employment.model.WorkPlace
	 * @see #setPlace(WorkPlace)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_Place()
	 * @model required="true"
	 * @generated
	 */
	WorkPlace getPlace();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see xiaokang.employment.model.WorkPlace
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(WorkPlace value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_Started()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStarted();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended</em>' attribute.
	 * @see #setEnded(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_Ended()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnded();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getEnded <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended</em>' attribute.
	 * @see #getEnded()
	 * @generated
	 */
	void setEnded(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Monthly Wage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Wage</em>' attribute.
	 * @see #setMonthlyWage(BigDecimal)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_MonthlyWage()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getMonthlyWage();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getMonthlyWage <em>Monthly Wage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Wage</em>' attribute.
	 * @see #getMonthlyWage()
	 * @generated
	 */
	void setMonthlyWage(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Annual Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the job adds to the person's income in a year, in yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Gain</em>' attribute.
	 * @see #setAnnualGain(BigDecimal)
	 * @see xiaokang.employment.model.EmploymentPackage#getEmployment_AnnualGain()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAnnualGain();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Employment#getAnnualGain <em>Annual Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Gain</em>' attribute.
	 * @see #getAnnualGain()
	 * @generated
	 */
	void setAnnualGain(BigDecimal value);

} // Employment
