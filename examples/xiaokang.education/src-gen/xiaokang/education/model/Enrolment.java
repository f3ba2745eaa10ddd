/**
 */
package xiaokang.education.model;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enrolment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 学籍: a pupil or student of a registered household in one school year, as the school reports it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.education.model.Enrolment#getPupil <em>Pupil</em>}</li>
 *   <li>{@link xiaokang.education.model.Enrolment#getSchoolYear <em>School Year</em>}</li>
 *   <li>{@link xiaokang.education.model.Enrolment#getSchool <em>School</em>}</li>
 *   <li>{@link xiaokang.education.model.Enrolment#getStage <em>Stage</em>}</li>
 *   <li>{@link xiaokang.education.model.Enrolment#isBoarding <em>Boarding</em>}</li>
 *   <li>{@link xiaokang.education.model.Enrolment#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.education.model.Enrolment#getExemptionReason <em>Exemption Reason</em>}</li>
 * </ul>
 *
 * @see xiaokang.education.model.EducationPackage#getEnrolment()
 * @model
 * @generated
 */
public interface Enrolment extends EObject {
	/**
	 * Returns the value of the '<em><b>Pupil</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pupil</em>' reference.
	 * @see #setPupil(Person)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_Pupil()
	 * @model required="true"
	 * @generated
	 */
	Person getPupil();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#getPupil <em>Pupil</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pupil</em>' reference.
	 * @see #getPupil()
	 * @generated
	 */
	void setPupil(Person value);

	/**
	 * Returns the value of the '<em><b>School Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year the school year starts in: 2020 is the school year 2020-2021.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>School Year</em>' attribute.
	 * @see #setSchoolYear(int)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_SchoolYear()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	int getSchoolYear();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#getSchoolYear <em>School Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School Year</em>' attribute.
	 * @see #getSchoolYear()
	 * @generated
	 */
	void setSchoolYear(int value);

	/**
	 * Returns the value of the '<em><b>School</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>School</em>' attribute.
	 * @see #setSchool(String)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_School()
	 * @model
	 * @generated
	 */
	String getSchool();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#getSchool <em>School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School</em>' attribute.
	 * @see #getSchool()
	 * @generated
	 */
	void setSchool(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.education.model.SchoolStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see xiaokang.education.model.SchoolStage
	 * @see #setStage(SchoolStage)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_Stage()
	 * @model required="true"
	 * @generated
	 */
	SchoolStage getStage();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see xiaokang.education.model.SchoolStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(SchoolStage value);

	/**
	 * Returns the value of the '<em><b>Boarding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boarding</em>' attribute.
	 * @see #setBoarding(boolean)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_Boarding()
	 * @model
	 * @generated
	 */
	boolean isBoarding();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#isBoarding <em>Boarding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boarding</em>' attribute.
	 * @see #isBoarding()
	 * @generated
	 */
	void setBoarding(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.education.model.EnrolmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see xiaokang.education.model.EnrolmentStatus
	 * @see #setStatus(EnrolmentStatus)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_Status()
	 * @model required="true"
	 * @generated
	 */
	EnrolmentStatus getStatus();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see xiaokang.education.model.EnrolmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EnrolmentStatus value);

	/**
	 * Returns the value of the '<em><b>Exemption Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the pupil is exempted or deferred (e.g. 送教上门 for a severely disabled child), when the status is EXEMPTED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exemption Reason</em>' attribute.
	 * @see #setExemptionReason(String)
	 * @see xiaokang.education.model.EducationPackage#getEnrolment_ExemptionReason()
	 * @model
	 * @generated
	 */
	String getExemptionReason();

	/**
	 * Sets the value of the '{@link xiaokang.education.model.Enrolment#getExemptionReason <em>Exemption Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exemption Reason</em>' attribute.
	 * @see #getExemptionReason()
	 * @generated
	 */
	void setExemptionReason(String value);

} // Enrolment
