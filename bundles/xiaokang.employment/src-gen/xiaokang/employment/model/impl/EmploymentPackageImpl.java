/**
 */
package xiaokang.employment.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.employment.model.Employment;
import xiaokang.employment.model.EmploymentFactory;
import xiaokang.employment.model.EmploymentPackage;
import xiaokang.employment.model.EntrepreneurshipSubsidy;
import xiaokang.employment.model.Participant;
import xiaokang.employment.model.ReturnCampaign;
import xiaokang.employment.model.ReturnEntry;
import xiaokang.employment.model.ReturnStatus;
import xiaokang.employment.model.Training;
import xiaokang.employment.model.TrainingKind;
import xiaokang.employment.model.WorkPlace;
import xiaokang.employment.model.Workshop;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EmploymentPackageImpl extends EPackageImpl implements EmploymentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workshopEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass employmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass returnCampaignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass returnEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass participantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entrepreneurshipSubsidyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workPlaceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum returnStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingKindEEnum = null;

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
	 * @see xiaokang.employment.model.EmploymentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EmploymentPackageImpl() {
		super(eNS_URI, EmploymentFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link EmploymentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EmploymentPackage init() {
		if (isInited) return (EmploymentPackage)EPackage.Registry.INSTANCE.getEPackage(EmploymentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEmploymentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EmploymentPackageImpl theEmploymentPackage = registeredEmploymentPackage instanceof EmploymentPackageImpl ? (EmploymentPackageImpl)registeredEmploymentPackage : new EmploymentPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEmploymentPackage.createPackageContents();

		// Initialize created meta-data
		theEmploymentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEmploymentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EmploymentPackage.eNS_URI, theEmploymentPackage);
		return theEmploymentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkshop() {
		return workshopEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Name() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Operator() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkshop_Township() {
		return (EReference)workshopEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkshop_Village() {
		return (EReference)workshopEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Products() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Opened() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Capacity() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Workers() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkshop_Awards() {
		return (EAttribute)workshopEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmployment() {
		return employmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmployment_Person() {
		return (EReference)employmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmployment_Workshop() {
		return (EReference)employmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployment_Employer() {
		return (EAttribute)employmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployment_Place() {
		return (EAttribute)employmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployment_Started() {
		return (EAttribute)employmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployment_Ended() {
		return (EAttribute)employmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployment_MonthlyWage() {
		return (EAttribute)employmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployment_AnnualGain() {
		return (EAttribute)employmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReturnCampaign() {
		return returnCampaignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnCampaign_Name() {
		return (EAttribute)returnCampaignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnCampaign_Year() {
		return (EAttribute)returnCampaignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnCampaign_StartDate() {
		return (EAttribute)returnCampaignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnCampaign_Entries() {
		return (EReference)returnCampaignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReturnEntry() {
		return returnEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnEntry_Person() {
		return (EReference)returnEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnEntry_Status() {
		return (EAttribute)returnEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnEntry_Reason() {
		return (EAttribute)returnEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnEntry_Date() {
		return (EAttribute)returnEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnEntry_Helper() {
		return (EAttribute)returnEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraining() {
		return trainingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Course() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Kind() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraining_Township() {
		return (EReference)trainingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_StartDate() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_EndDate() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraining_Participants() {
		return (EReference)trainingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParticipant() {
		return participantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_Person() {
		return (EReference)participantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Certified() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntrepreneurshipSubsidy() {
		return entrepreneurshipSubsidyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntrepreneurshipSubsidy_Person() {
		return (EReference)entrepreneurshipSubsidyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntrepreneurshipSubsidy_Business() {
		return (EAttribute)entrepreneurshipSubsidyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntrepreneurshipSubsidy_Amount() {
		return (EAttribute)entrepreneurshipSubsidyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntrepreneurshipSubsidy_Year() {
		return (EAttribute)entrepreneurshipSubsidyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkPlace() {
		return workPlaceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReturnStatus() {
		return returnStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingKind() {
		return trainingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmploymentFactory getEmploymentFactory() {
		return (EmploymentFactory)getEFactoryInstance();
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
		workshopEClass = createEClass(WORKSHOP);
		createEAttribute(workshopEClass, WORKSHOP__NAME);
		createEAttribute(workshopEClass, WORKSHOP__OPERATOR);
		createEReference(workshopEClass, WORKSHOP__TOWNSHIP);
		createEReference(workshopEClass, WORKSHOP__VILLAGE);
		createEAttribute(workshopEClass, WORKSHOP__PRODUCTS);
		createEAttribute(workshopEClass, WORKSHOP__OPENED);
		createEAttribute(workshopEClass, WORKSHOP__CAPACITY);
		createEAttribute(workshopEClass, WORKSHOP__WORKERS);
		createEAttribute(workshopEClass, WORKSHOP__AWARDS);

		employmentEClass = createEClass(EMPLOYMENT);
		createEReference(employmentEClass, EMPLOYMENT__PERSON);
		createEReference(employmentEClass, EMPLOYMENT__WORKSHOP);
		createEAttribute(employmentEClass, EMPLOYMENT__EMPLOYER);
		createEAttribute(employmentEClass, EMPLOYMENT__PLACE);
		createEAttribute(employmentEClass, EMPLOYMENT__STARTED);
		createEAttribute(employmentEClass, EMPLOYMENT__ENDED);
		createEAttribute(employmentEClass, EMPLOYMENT__MONTHLY_WAGE);
		createEAttribute(employmentEClass, EMPLOYMENT__ANNUAL_GAIN);

		returnCampaignEClass = createEClass(RETURN_CAMPAIGN);
		createEAttribute(returnCampaignEClass, RETURN_CAMPAIGN__NAME);
		createEAttribute(returnCampaignEClass, RETURN_CAMPAIGN__YEAR);
		createEAttribute(returnCampaignEClass, RETURN_CAMPAIGN__START_DATE);
		createEReference(returnCampaignEClass, RETURN_CAMPAIGN__ENTRIES);

		returnEntryEClass = createEClass(RETURN_ENTRY);
		createEReference(returnEntryEClass, RETURN_ENTRY__PERSON);
		createEAttribute(returnEntryEClass, RETURN_ENTRY__STATUS);
		createEAttribute(returnEntryEClass, RETURN_ENTRY__REASON);
		createEAttribute(returnEntryEClass, RETURN_ENTRY__DATE);
		createEAttribute(returnEntryEClass, RETURN_ENTRY__HELPER);

		trainingEClass = createEClass(TRAINING);
		createEAttribute(trainingEClass, TRAINING__COURSE);
		createEAttribute(trainingEClass, TRAINING__KIND);
		createEReference(trainingEClass, TRAINING__TOWNSHIP);
		createEAttribute(trainingEClass, TRAINING__START_DATE);
		createEAttribute(trainingEClass, TRAINING__END_DATE);
		createEReference(trainingEClass, TRAINING__PARTICIPANTS);

		participantEClass = createEClass(PARTICIPANT);
		createEReference(participantEClass, PARTICIPANT__PERSON);
		createEAttribute(participantEClass, PARTICIPANT__CERTIFIED);

		entrepreneurshipSubsidyEClass = createEClass(ENTREPRENEURSHIP_SUBSIDY);
		createEReference(entrepreneurshipSubsidyEClass, ENTREPRENEURSHIP_SUBSIDY__PERSON);
		createEAttribute(entrepreneurshipSubsidyEClass, ENTREPRENEURSHIP_SUBSIDY__BUSINESS);
		createEAttribute(entrepreneurshipSubsidyEClass, ENTREPRENEURSHIP_SUBSIDY__AMOUNT);
		createEAttribute(entrepreneurshipSubsidyEClass, ENTREPRENEURSHIP_SUBSIDY__YEAR);

		// Create enums
		workPlaceEEnum = createEEnum(WORK_PLACE);
		returnStatusEEnum = createEEnum(RETURN_STATUS);
		trainingKindEEnum = createEEnum(TRAINING_KIND);
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
		initEClass(workshopEClass, Workshop.class, "Workshop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkshop_Name(), ecorePackage.getEString(), "name", null, 1, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkshop_Operator(), ecorePackage.getEString(), "operator", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkshop_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkshop_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkshop_Products(), ecorePackage.getEString(), "products", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkshop_Opened(), theCorePackage.getLocalDate(), "opened", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkshop_Capacity(), ecorePackage.getEInt(), "capacity", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkshop_Workers(), ecorePackage.getEInt(), "workers", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkshop_Awards(), ecorePackage.getEString(), "awards", null, 0, 1, Workshop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(employmentEClass, Employment.class, "Employment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEmployment_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmployment_Workshop(), this.getWorkshop(), null, "workshop", null, 0, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployment_Employer(), ecorePackage.getEString(), "employer", null, 0, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployment_Place(), this.getWorkPlace(), "place", null, 1, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployment_Started(), theCorePackage.getLocalDate(), "started", null, 1, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployment_Ended(), theCorePackage.getLocalDate(), "ended", null, 0, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployment_MonthlyWage(), ecorePackage.getEBigDecimal(), "monthlyWage", null, 0, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployment_AnnualGain(), ecorePackage.getEBigDecimal(), "annualGain", null, 0, 1, Employment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(returnCampaignEClass, ReturnCampaign.class, "ReturnCampaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReturnCampaign_Name(), ecorePackage.getEString(), "name", null, 1, 1, ReturnCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnCampaign_Year(), ecorePackage.getEInt(), "year", null, 1, 1, ReturnCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnCampaign_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 0, 1, ReturnCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReturnCampaign_Entries(), this.getReturnEntry(), null, "entries", null, 0, -1, ReturnCampaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(returnEntryEClass, ReturnEntry.class, "ReturnEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReturnEntry_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, ReturnEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnEntry_Status(), this.getReturnStatus(), "status", null, 1, 1, ReturnEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnEntry_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, ReturnEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnEntry_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, ReturnEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnEntry_Helper(), ecorePackage.getEString(), "helper", null, 0, 1, ReturnEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingEClass, Training.class, "Training", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraining_Course(), ecorePackage.getEString(), "course", null, 1, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_Kind(), this.getTrainingKind(), "kind", null, 1, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraining_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraining_Participants(), this.getParticipant(), null, "participants", null, 0, -1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(participantEClass, Participant.class, "Participant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getParticipant_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Certified(), ecorePackage.getEBoolean(), "certified", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(entrepreneurshipSubsidyEClass, EntrepreneurshipSubsidy.class, "EntrepreneurshipSubsidy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEntrepreneurshipSubsidy_Person(), theCorePackage.getPerson(), null, "person", null, 1, 1, EntrepreneurshipSubsidy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntrepreneurshipSubsidy_Business(), ecorePackage.getEString(), "business", null, 1, 1, EntrepreneurshipSubsidy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntrepreneurshipSubsidy_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 1, 1, EntrepreneurshipSubsidy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntrepreneurshipSubsidy_Year(), ecorePackage.getEInt(), "year", null, 1, 1, EntrepreneurshipSubsidy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(workPlaceEEnum, WorkPlace.class, "WorkPlace");
		addEEnumLiteral(workPlaceEEnum, WorkPlace.WORKSHOP_AT_HOME);
		addEEnumLiteral(workPlaceEEnum, WorkPlace.IN_COUNTY);
		addEEnumLiteral(workPlaceEEnum, WorkPlace.IN_PROVINCE);
		addEEnumLiteral(workPlaceEEnum, WorkPlace.OUTSIDE_PROVINCE);

		initEEnum(returnStatusEEnum, ReturnStatus.class, "ReturnStatus");
		addEEnumLiteral(returnStatusEEnum, ReturnStatus.BACK_AT_WORK);
		addEEnumLiteral(returnStatusEEnum, ReturnStatus.NOT_YET);
		addEEnumLiteral(returnStatusEEnum, ReturnStatus.UNABLE);

		initEEnum(trainingKindEEnum, TrainingKind.class, "TrainingKind");
		addEEnumLiteral(trainingKindEEnum, TrainingKind.SCHOOL_LEAVERS);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.SKILLS);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.ENTREPRENEURSHIP);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://xiaokang/store
		createStoreAnnotations();
		// http://xiaokang/form
		createFormAnnotations();
		// http://xiaokang/exchange
		createExchangeAnnotations();
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
			   "documentation", "\u5c31\u4e1a\u6276\u8d2b: poverty-alleviation workshops, the jobs of poor workers, return-to-work campaigns, training and entrepreneurship subsidies."
		   });
		addAnnotation
		  (workshopEClass,
		   source,
		   new String[] {
			   "documentation", "\u6276\u8d2b\u8f66\u95f4: a workshop built in a town or village by a local industry, employing villagers near home."
		   });
		addAnnotation
		  (getWorkshop_Operator(),
		   source,
		   new String[] {
			   "documentation", "The enterprise that runs it (e.g. \u5eb7\u6c47\u670d\u88c5\u6709\u9650\u516c\u53f8)."
		   });
		addAnnotation
		  (getWorkshop_Capacity(),
		   source,
		   new String[] {
			   "documentation", "Places for workers."
		   });
		addAnnotation
		  (getWorkshop_Workers(),
		   source,
		   new String[] {
			   "documentation", "Rural workers employed now, poor or not; the poor ones are also employments of their own."
		   });
		addAnnotation
		  (employmentEClass,
		   source,
		   new String[] {
			   "documentation", "\u5c31\u4e1a: a job of a person from a registered household, at a workshop or another employer."
		   });
		addAnnotation
		  (getEmployment_Workshop(),
		   source,
		   new String[] {
			   "documentation", "The workshop, when the job is at one."
		   });
		addAnnotation
		  (getEmployment_Employer(),
		   source,
		   new String[] {
			   "documentation", "The employer when the job is not at a workshop."
		   });
		addAnnotation
		  (getEmployment_AnnualGain(),
		   source,
		   new String[] {
			   "documentation", "What the job adds to the person\'s income in a year, in yuan."
		   });
		addAnnotation
		  (returnCampaignEClass,
		   source,
		   new String[] {
			   "documentation", "\u8fd4\u5c97\u5c31\u4e1a: a campaign to bring poor workers back to work (e.g. after the 2020 epidemic)."
		   });
		addAnnotation
		  (returnEntryEClass,
		   source,
		   new String[] {
			   "documentation", "One poor worker on a campaign\'s list, and how far they are."
		   });
		addAnnotation
		  (trainingEClass,
		   source,
		   new String[] {
			   "documentation", "\u57f9\u8bad: a course, its kind, township, dates and participants."
		   });
		addAnnotation
		  (participantEClass,
		   source,
		   new String[] {
			   "documentation", "A person on a course, and whether they earned its certificate."
		   });
		addAnnotation
		  (entrepreneurshipSubsidyEClass,
		   source,
		   new String[] {
			   "documentation", "\u81ea\u4e3b\u521b\u4e1a\u5956\u8865: a subsidy for a person who started a business."
		   });
		addAnnotation
		  (workPlaceEEnum,
		   source,
		   new String[] {
			   "documentation", "Where a job is."
		   });
		addAnnotation
		  (returnStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "How far a worker on a return-to-work list is."
		   });
		addAnnotation
		  (trainingKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The kind of a course."
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
		  (getWorkshop_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getWorkshop_Awards(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getTraining_Course(),
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
		  (getWorkshop_Capacity(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getWorkshop_Workers(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getEmployment_MonthlyWage(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getEmployment_AnnualGain(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getReturnCampaign_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getEntrepreneurshipSubsidy_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getEntrepreneurshipSubsidy_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/exchange</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExchangeAnnotations() {
		String source = "http://xiaokang/exchange";
		addAnnotation
		  (getReturnCampaign_Name(),
		   source,
		   new String[] {
			   "key", "true"
		   });
	}

} //EmploymentPackageImpl
