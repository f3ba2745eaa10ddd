/**
 */
package xiaokang.publicity.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Charity Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 社会帮扶: a donation or help by a company, group or person (e.g. school aid).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getDonor <em>Donor</em>}</li>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.publicity.model.CharityEvent#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent()
 * @model
 * @generated
 */
public interface CharityEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Donor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Donor</em>' attribute.
	 * @see #setDonor(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Donor()
	 * @model required="true"
	 * @generated
	 */
	String getDonor();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getDonor <em>Donor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Donor</em>' attribute.
	 * @see #getDonor()
	 * @generated
	 */
	void setDonor(String value);

	/**
	 * Returns the value of the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.publicity.model.CharityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.publicity.model.CharityKind
	 * @see #setKind(CharityKind)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Kind()
	 * @model required="true"
	 * @generated
	 */
	CharityKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.publicity.model.CharityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CharityKind value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beneficiaries</em>' attribute.
	 * @see #setBeneficiaries(int)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Beneficiaries()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getBeneficiaries();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getBeneficiaries <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiaries</em>' attribute.
	 * @see #getBeneficiaries()
	 * @generated
	 */
	void setBeneficiaries(int value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Amount()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getCharityEvent_Description()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.CharityEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // CharityEvent
