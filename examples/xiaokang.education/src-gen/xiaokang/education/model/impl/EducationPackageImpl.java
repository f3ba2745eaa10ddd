/**
 */
package xiaokang.education.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.education.model.AidGrant;
import xiaokang.education.model.AidKind;
import xiaokang.education.model.EducationFactory;
import xiaokang.education.model.EducationPackage;
import xiaokang.education.model.Enrolment;
import xiaokang.education.model.EnrolmentStatus;
import xiaokang.education.model.SchoolStage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EducationPackageImpl extends EPackageImpl implements EducationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enrolmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aidGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum schoolStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enrolmentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aidKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see xiaokang.education.model.EducationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EducationPackageImpl() {
		super(eNS_URI, EducationFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EducationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EducationPackage init() {
		if (isInited) return (EducationPackage)EPackage.Registry.INSTANCE.getEPackage(EducationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEducationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EducationPackageImpl theEducationPackage = registeredEducationPackage instanceof EducationPackageImpl ? (EducationPackageImpl)registeredEducationPackage : new EducationPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEducationPackage.createPackageContents();

		// Initialize created meta-data
		theEducationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEducationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EducationPackage.eNS_URI, theEducationPackage);
		return theEducationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnrolment() {
		return enrolmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnrolment_Pupil() {
		return (EReference)enrolmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_SchoolYear() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_School() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_Stage() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_Boarding() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_Status() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrolment_ExemptionReason() {
		return (EAttribute)enrolmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAidGrant() {
		return aidGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAidGrant_Enrolment() {
		return (EReference)aidGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidGrant_Kind() {
		return (EAttribute)aidGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidGrant_Amount() {
		return (EAttribute)aidGrantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidGrant_Paid() {
		return (EAttribute)aidGrantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidGrant_Donor() {
		return (EAttribute)aidGrantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSchoolStage() {
		return schoolStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnrolmentStatus() {
		return enrolmentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAidKind() {
		return aidKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EducationFactory getEducationFactory() {
		return (EducationFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		enrolmentEClass = createEClass(ENROLMENT);
		createEReference(enrolmentEClass, ENROLMENT__PUPIL);
		createEAttribute(enrolmentEClass, ENROLMENT__SCHOOL_YEAR);
		createEAttribute(enrolmentEClass, ENROLMENT__SCHOOL);
		createEAttribute(enrolmentEClass, ENROLMENT__STAGE);
		createEAttribute(enrolmentEClass, ENROLMENT__BOARDING);
		createEAttribute(enrolmentEClass, ENROLMENT__STATUS);
		createEAttribute(enrolmentEClass, ENROLMENT__EXEMPTION_REASON);

		aidGrantEClass = createEClass(AID_GRANT);
		createEReference(aidGrantEClass, AID_GRANT__ENROLMENT);
		createEAttribute(aidGrantEClass, AID_GRANT__KIND);
		createEAttribute(aidGrantEClass, AID_GRANT__AMOUNT);
		createEAttribute(aidGrantEClass, AID_GRANT__PAID);
		createEAttribute(aidGrantEClass, AID_GRANT__DONOR);

		// Create enums
		schoolStageEEnum = createEEnum(SCHOOL_STAGE);
		enrolmentStatusEEnum = createEEnum(ENROLMENT_STATUS);
		aidKindEEnum = createEEnum(AID_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(enrolmentEClass, Enrolment.class, "Enrolment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnrolment_Pupil(), theCorePackage.getPerson(), null, "pupil", null, 1, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_SchoolYear(), ecorePackage.getEInt(), "schoolYear", null, 1, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_School(), ecorePackage.getEString(), "school", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_Stage(), this.getSchoolStage(), "stage", null, 1, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_Boarding(), ecorePackage.getEBoolean(), "boarding", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_Status(), this.getEnrolmentStatus(), "status", null, 1, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrolment_ExemptionReason(), ecorePackage.getEString(), "exemptionReason", null, 0, 1, Enrolment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aidGrantEClass, AidGrant.class, "AidGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAidGrant_Enrolment(), this.getEnrolment(), null, "enrolment", null, 1, 1, AidGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidGrant_Kind(), this.getAidKind(), "kind", null, 1, 1, AidGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidGrant_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 1, 1, AidGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidGrant_Paid(), theCorePackage.getLocalDate(), "paid", null, 0, 1, AidGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidGrant_Donor(), ecorePackage.getEString(), "donor", null, 0, 1, AidGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(schoolStageEEnum, SchoolStage.class, "SchoolStage");
		addEEnumLiteral(schoolStageEEnum, SchoolStage.PRESCHOOL);
		addEEnumLiteral(schoolStageEEnum, SchoolStage.PRIMARY);
		addEEnumLiteral(schoolStageEEnum, SchoolStage.JUNIOR_SECONDARY);
		addEEnumLiteral(schoolStageEEnum, SchoolStage.SENIOR_SECONDARY);
		addEEnumLiteral(schoolStageEEnum, SchoolStage.VOCATIONAL);
		addEEnumLiteral(schoolStageEEnum, SchoolStage.COLLEGE);

		initEEnum(enrolmentStatusEEnum, EnrolmentStatus.class, "EnrolmentStatus");
		addEEnumLiteral(enrolmentStatusEEnum, EnrolmentStatus.ATTENDING);
		addEEnumLiteral(enrolmentStatusEEnum, EnrolmentStatus.DROPPED_OUT);
		addEEnumLiteral(enrolmentStatusEEnum, EnrolmentStatus.EXEMPTED);

		initEEnum(aidKindEEnum, AidKind.class, "AidKind");
		addEEnumLiteral(aidKindEEnum, AidKind.BOARDING_ALLOWANCE);
		addEEnumLiteral(aidKindEEnum, AidKind.NATIONAL_GRANT);
		addEEnumLiteral(aidKindEEnum, AidKind.RAIN_DEW);
		addEEnumLiteral(aidKindEEnum, AidKind.CHARITY);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://xiaokang/store
		createStoreAnnotations();
		// http://xiaokang/form
		createFormAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "\u6559\u80b2\u8d44\u52a9: the pupils and students of registered households, their school year by school year enrolment, and the aid they receive."
		   });
		addAnnotation
		  (enrolmentEClass,
		   source,
		   new String[] {
			   "documentation", "\u5b66\u7c4d: a pupil or student of a registered household in one school year, as the school reports it."
		   });
		addAnnotation
		  (getEnrolment_SchoolYear(),
		   source,
		   new String[] {
			   "documentation", "The year the school year starts in: 2020 is the school year 2020-2021."
		   });
		addAnnotation
		  (getEnrolment_ExemptionReason(),
		   source,
		   new String[] {
			   "documentation", "Why the pupil is exempted or deferred (e.g. \u9001\u6559\u4e0a\u95e8 for a severely disabled child), when the status is EXEMPTED."
		   });
		addAnnotation
		  (aidGrantEClass,
		   source,
		   new String[] {
			   "documentation", "\u8d44\u52a9: aid paid to a pupil or student for one enrolment."
		   });
		addAnnotation
		  (getAidGrant_Amount(),
		   source,
		   new String[] {
			   "documentation", "Yuan."
		   });
		addAnnotation
		  (getAidGrant_Donor(),
		   source,
		   new String[] {
			   "documentation", "Who gave charity school aid (e.g. \u521b\u4e1a\u65b0\u6751\u5bb6\u5177\u57ce)."
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/store</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createStoreAnnotations() {
		String source = "http://xiaokang/store";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "version", "1"
		   });
		addAnnotation
		  (getEnrolment_SchoolYear(),
		   source,
		   new String[] {
			   "index", "true"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/form</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFormAnnotations() {
		String source = "http://xiaokang/form";
		addAnnotation
		  (getEnrolment_SchoolYear(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getAidGrant_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
	}

} //EducationPackageImpl
