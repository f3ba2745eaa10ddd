/**
 */
package xiaokang.education.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 教育资助: the pupils and students of registered households, their school year by school year enrolment, and the aid they receive.
 * <!-- end-model-doc -->
 * @see xiaokang.education.model.EducationFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='1'"
 * @generated
 */
public interface EducationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://xiaokang/education/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "education";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EducationPackage eINSTANCE = xiaokang.education.model.impl.EducationPackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.education.model.impl.EnrolmentImpl <em>Enrolment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.education.model.impl.EnrolmentImpl
	 * @see xiaokang.education.model.impl.EducationPackageImpl#getEnrolment()
	 * @generated
	 */
	int ENROLMENT = 0;

	/**
	 * The feature id for the '<em><b>Pupil</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__PUPIL = 0;

	/**
	 * The feature id for the '<em><b>School Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__SCHOOL_YEAR = 1;

	/**
	 * The feature id for the '<em><b>School</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__SCHOOL = 2;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__STAGE = 3;

	/**
	 * The feature id for the '<em><b>Boarding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__BOARDING = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Exemption Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT__EXEMPTION_REASON = 6;

	/**
	 * The number of structural features of the '<em>Enrolment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Enrolment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.education.model.impl.AidGrantImpl <em>Aid Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.education.model.impl.AidGrantImpl
	 * @see xiaokang.education.model.impl.EducationPackageImpl#getAidGrant()
	 * @generated
	 */
	int AID_GRANT = 1;

	/**
	 * The feature id for the '<em><b>Enrolment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT__ENROLMENT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Paid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT__PAID = 3;

	/**
	 * The feature id for the '<em><b>Donor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT__DONOR = 4;

	/**
	 * The number of structural features of the '<em>Aid Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Aid Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_GRANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.education.model.SchoolStage <em>School Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.education.model.SchoolStage
	 * @see xiaokang.education.model.impl.EducationPackageImpl#getSchoolStage()
	 * @generated
	 */
	int SCHOOL_STAGE = 2;

	/**
	 * The meta object id for the '{@link xiaokang.education.model.EnrolmentStatus <em>Enrolment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.education.model.EnrolmentStatus
	 * @see xiaokang.education.model.impl.EducationPackageImpl#getEnrolmentStatus()
	 * @generated
	 */
	int ENROLMENT_STATUS = 3;

	/**
	 * The meta object id for the '{@link xiaokang.education.model.AidKind <em>Aid Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.education.model.AidKind
	 * @see xiaokang.education.model.impl.EducationPackageImpl#getAidKind()
	 * @generated
	 */
	int AID_KIND = 4;


	/**
	 * Returns the meta object for class '{@link xiaokang.education.model.Enrolment <em>Enrolment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enrolment</em>'.
	 * @see xiaokang.education.model.Enrolment
	 * @generated
	 */
	EClass getEnrolment();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.education.model.Enrolment#getPupil <em>Pupil</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pupil</em>'.
	 * @see xiaokang.education.model.Enrolment#getPupil()
	 * @see #getEnrolment()
	 * @generated
	 */
	EReference getEnrolment_Pupil();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.Enrolment#getSchoolYear <em>School Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>School Year</em>'.
	 * @see xiaokang.education.model.Enrolment#getSchoolYear()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_SchoolYear();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.Enrolment#getSchool <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>School</em>'.
	 * @see xiaokang.education.model.Enrolment#getSchool()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_School();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.Enrolment#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see xiaokang.education.model.Enrolment#getStage()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_Stage();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.Enrolment#isBoarding <em>Boarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boarding</em>'.
	 * @see xiaokang.education.model.Enrolment#isBoarding()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_Boarding();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.Enrolment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see xiaokang.education.model.Enrolment#getStatus()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_Status();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.Enrolment#getExemptionReason <em>Exemption Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exemption Reason</em>'.
	 * @see xiaokang.education.model.Enrolment#getExemptionReason()
	 * @see #getEnrolment()
	 * @generated
	 */
	EAttribute getEnrolment_ExemptionReason();

	/**
	 * Returns the meta object for class '{@link xiaokang.education.model.AidGrant <em>Aid Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aid Grant</em>'.
	 * @see xiaokang.education.model.AidGrant
	 * @generated
	 */
	EClass getAidGrant();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.education.model.AidGrant#getEnrolment <em>Enrolment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enrolment</em>'.
	 * @see xiaokang.education.model.AidGrant#getEnrolment()
	 * @see #getAidGrant()
	 * @generated
	 */
	EReference getAidGrant_Enrolment();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.AidGrant#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.education.model.AidGrant#getKind()
	 * @see #getAidGrant()
	 * @generated
	 */
	EAttribute getAidGrant_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.AidGrant#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.education.model.AidGrant#getAmount()
	 * @see #getAidGrant()
	 * @generated
	 */
	EAttribute getAidGrant_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.AidGrant#getPaid <em>Paid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paid</em>'.
	 * @see xiaokang.education.model.AidGrant#getPaid()
	 * @see #getAidGrant()
	 * @generated
	 */
	EAttribute getAidGrant_Paid();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.education.model.AidGrant#getDonor <em>Donor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Donor</em>'.
	 * @see xiaokang.education.model.AidGrant#getDonor()
	 * @see #getAidGrant()
	 * @generated
	 */
	EAttribute getAidGrant_Donor();

	/**
	 * Returns the meta object for enum '{@link xiaokang.education.model.SchoolStage <em>School Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>School Stage</em>'.
	 * @see xiaokang.education.model.SchoolStage
	 * @generated
	 */
	EEnum getSchoolStage();

	/**
	 * Returns the meta object for enum '{@link xiaokang.education.model.EnrolmentStatus <em>Enrolment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enrolment Status</em>'.
	 * @see xiaokang.education.model.EnrolmentStatus
	 * @generated
	 */
	EEnum getEnrolmentStatus();

	/**
	 * Returns the meta object for enum '{@link xiaokang.education.model.AidKind <em>Aid Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aid Kind</em>'.
	 * @see xiaokang.education.model.AidKind
	 * @generated
	 */
	EEnum getAidKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EducationFactory getEducationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link xiaokang.education.model.impl.EnrolmentImpl <em>Enrolment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.education.model.impl.EnrolmentImpl
		 * @see xiaokang.education.model.impl.EducationPackageImpl#getEnrolment()
		 * @generated
		 */
		EClass ENROLMENT = eINSTANCE.getEnrolment();

		/**
		 * The meta object literal for the '<em><b>Pupil</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENROLMENT__PUPIL = eINSTANCE.getEnrolment_Pupil();

		/**
		 * The meta object literal for the '<em><b>School Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__SCHOOL_YEAR = eINSTANCE.getEnrolment_SchoolYear();

		/**
		 * The meta object literal for the '<em><b>School</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__SCHOOL = eINSTANCE.getEnrolment_School();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__STAGE = eINSTANCE.getEnrolment_Stage();

		/**
		 * The meta object literal for the '<em><b>Boarding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__BOARDING = eINSTANCE.getEnrolment_Boarding();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__STATUS = eINSTANCE.getEnrolment_Status();

		/**
		 * The meta object literal for the '<em><b>Exemption Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLMENT__EXEMPTION_REASON = eINSTANCE.getEnrolment_ExemptionReason();

		/**
		 * The meta object literal for the '{@link xiaokang.education.model.impl.AidGrantImpl <em>Aid Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.education.model.impl.AidGrantImpl
		 * @see xiaokang.education.model.impl.EducationPackageImpl#getAidGrant()
		 * @generated
		 */
		EClass AID_GRANT = eINSTANCE.getAidGrant();

		/**
		 * The meta object literal for the '<em><b>Enrolment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AID_GRANT__ENROLMENT = eINSTANCE.getAidGrant_Enrolment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_GRANT__KIND = eINSTANCE.getAidGrant_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_GRANT__AMOUNT = eINSTANCE.getAidGrant_Amount();

		/**
		 * The meta object literal for the '<em><b>Paid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_GRANT__PAID = eINSTANCE.getAidGrant_Paid();

		/**
		 * The meta object literal for the '<em><b>Donor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_GRANT__DONOR = eINSTANCE.getAidGrant_Donor();

		/**
		 * The meta object literal for the '{@link xiaokang.education.model.SchoolStage <em>School Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.education.model.SchoolStage
		 * @see xiaokang.education.model.impl.EducationPackageImpl#getSchoolStage()
		 * @generated
		 */
		EEnum SCHOOL_STAGE = eINSTANCE.getSchoolStage();

		/**
		 * The meta object literal for the '{@link xiaokang.education.model.EnrolmentStatus <em>Enrolment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.education.model.EnrolmentStatus
		 * @see xiaokang.education.model.impl.EducationPackageImpl#getEnrolmentStatus()
		 * @generated
		 */
		EEnum ENROLMENT_STATUS = eINSTANCE.getEnrolmentStatus();

		/**
		 * The meta object literal for the '{@link xiaokang.education.model.AidKind <em>Aid Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.education.model.AidKind
		 * @see xiaokang.education.model.impl.EducationPackageImpl#getAidKind()
		 * @generated
		 */
		EEnum AID_KIND = eINSTANCE.getAidKind();

	}

} //EducationPackage
