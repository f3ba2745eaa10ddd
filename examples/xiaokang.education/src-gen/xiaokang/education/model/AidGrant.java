/**
 */
package xiaokang.education.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aid Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 资助: aid paid to a pupil or student for one enrolment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.education.model.AidGrant#getEnrolment <em>Enrolment</em>}</li>
 *   <li>{@link xiaokang.education.model.AidGrant#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.education.model.AidGrant#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.education.model.AidGrant#getPaid <em>Paid</em>}</li>
 *   <li>{@link xiaokang.education.model.AidGrant#getDonor <em>Donor</em>}</li>
 * </ul>
 *
 * @see xiaokang.education.model.EducationPackage#getAidGrant()
 * @model
 * @generated
 */
public interface AidGrant extends EObject {
	/**
	 * Returns the value of the '<em><b>Enrolment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enrolment</em>' reference.
	 * @see #setEnrolment(Enrolment)
	 * @see xiaokang.education.model.EducationPackage#getAidGrant_Enrolment()
	 * @model required="true"
	 * @generated
	 */
	Enrolment getEnrolment();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.AidGrant#getEnrolment <em>Enrolment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrolment</em>' reference.
	 * @see #getEnrolment()
	 * @generated
	 */
	void setEnrolment(Enrolment value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.education.model.AidKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.education.model.AidKind
	 * @see #setKind(AidKind)
	 * @see xiaokang.education.model.EducationPackage#getAidGrant_Kind()
	 * @model required="true"
	 * @generated
	 */
	AidKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.AidGrant#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.education.model.AidKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AidKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.education.model.EducationPackage#getAidGrant_Amount()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.AidGrant#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Paid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paid</em>' attribute.
	 * @see #setPaid(LocalDate)
	 * @see xiaokang.education.model.EducationPackage#getAidGrant_Paid()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getPaid();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.AidGrant#getPaid <em>Paid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paid</em>' attribute.
	 * @see #getPaid()
	 * @generated
	 */
	void setPaid(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Donor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who gave charity school aid (e.g. 创业新村家具城).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Donor</em>' attribute.
	 * @see #setDonor(String)
	 * @see xiaokang.education.model.EducationPackage#getAidGrant_Donor()
	 * @model
	 * @generated
	 */
	String getDonor();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.AidGrant#getDonor <em>Donor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Donor</em>' attribute.
	 * @see #getDonor()
	 * @generated
	 */
	void setDonor(String value);

} // AidGrant
