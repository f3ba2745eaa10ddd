/**
 */
package xiaokang.industry.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subsidy Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 产业奖补: an industry subsidy paid to a household, cooperative or enterprise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getRecipientKind <em>Recipient Kind</em>}</li>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getCooperative <em>Cooperative</em>}</li>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.industry.model.SubsidyGrant#getPolicy <em>Policy</em>}</li>
 * </ul>
 *
 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant()
 * @model
 * @generated
 */
public interface SubsidyGrant extends EObject {
	/**
	 * Returns the value of the '<em><b>Recipient Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.industry.model.RecipientKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient Kind</em>' attribute.
	 * @see xiaokang.industry.model.RecipientKind
	 * @see #setRecipientKind(RecipientKind)
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_RecipientKind()
	 * @model required="true"
	 * @generated
	 */
	RecipientKind getRecipientKind();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getRecipientKind <em>Recipient Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient Kind</em>' attribute.
	 * @see xiaokang.industry.model.RecipientKind
	 * @see #getRecipientKind()
	 * @generated
	 */
	void setRecipientKind(RecipientKind value);

	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_Household()
	 * @model
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cooperative</em>' reference.
	 * @see #setCooperative(Cooperative)
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_Cooperative()
	 * @model
	 * @generated
	 */
	Cooperative getCooperative();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getCooperative <em>Cooperative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cooperative</em>' reference.
	 * @see #getCooperative()
	 * @generated
	 */
	void setCooperative(Cooperative value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_Amount()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getAmount <em>Amount</em>}' attribute.
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
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #setPolicy(String)
	 * @see xiaokang.industry.model.IndustryPackage#getSubsidyGrant_Policy()
	 * @model
	 * @generated
	 */
	String getPolicy();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.SubsidyGrant#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(String value);

} // SubsidyGrant
