/**
 */
package xiaokang.employment.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entrepreneurship Subsidy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 自主创业奖补: a subsidy for a person who started a business.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getPerson <em>Person</em>}</li>
 *   <li>{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getBusiness <em>Business</em>}</li>
 *   <li>{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getYear <em>Year</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getEntrepreneurshipSubsidy()
 * @model
 * @generated
 */
public interface EntrepreneurshipSubsidy extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see xiaokang.employment.model.EmploymentPackage#getEntrepreneurshipSubsidy_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business</em>' attribute.
	 * @see #setBusiness(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getEntrepreneurshipSubsidy_Business()
	 * @model required="true"
	 * @generated
	 */
	String getBusiness();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getBusiness <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business</em>' attribute.
	 * @see #getBusiness()
	 * @generated
	 */
	void setBusiness(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.employment.model.EmploymentPackage#getEntrepreneurshipSubsidy_Amount()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.employment.model.EmploymentPackage#getEntrepreneurshipSubsidy_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

} // EntrepreneurshipSubsidy
