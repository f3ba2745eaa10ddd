/**
 */
package xiaokang.industry.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benefit Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 利益联结: a household tied to an enterprise, cooperative or base, and what it gains from the tie.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getMode <em>Mode</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getCooperative <em>Cooperative</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getBase <em>Base</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getPeople <em>People</em>}</li>
 *   <li>{@link xiaokang.industry.model.BenefitLink#getIncomeGain <em>Income Gain</em>}</li>
 * </ul>
 *
 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink()
 * @model
 * @generated
 */
public interface BenefitLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_Household()
	 * @model required="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.industry.model.LinkMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see xiaokang.industry.model.LinkMode
	 * @see #setMode(LinkMode)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_Mode()
	 * @model required="true"
	 * @generated
	 */
	LinkMode getMode();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see xiaokang.industry.model.LinkMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(LinkMode value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cooperative</em>' reference.
	 * @see #setCooperative(Cooperative)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_Cooperative()
	 * @model
	 * @generated
	 */
	Cooperative getCooperative();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getCooperative <em>Cooperative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cooperative</em>' reference.
	 * @see #getCooperative()
	 * @generated
	 */
	void setCooperative(Cooperative value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' reference.
	 * @see #setBase(IndustryBase)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_Base()
	 * @model
	 * @generated
	 */
	IndustryBase getBase();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getBase <em>Base</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(IndustryBase value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The household's members who gain from the link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' attribute.
	 * @see #setPeople(int)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_People()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getPeople();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getPeople <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>People</em>' attribute.
	 * @see #getPeople()
	 * @generated
	 */
	void setPeople(int value);

	/**
	 * Returns the value of the '<em><b>Income Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Income gained in the year per person, in yuan; unknown until the year is counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Income Gain</em>' attribute.
	 * @see #setIncomeGain(BigDecimal)
	 * @see xiaokang.industry.model.IndustryPackage#getBenefitLink_IncomeGain()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getIncomeGain();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.BenefitLink#getIncomeGain <em>Income Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income Gain</em>' attribute.
	 * @see #getIncomeGain()
	 * @generated
	 */
	void setIncomeGain(BigDecimal value);

} // BenefitLink
