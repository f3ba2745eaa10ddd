/**
 */
package xiaokang.supervision.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.supervision.model.Inspection;
import xiaokang.supervision.model.InspectionGroup;
import xiaokang.supervision.model.ListedSupervision;
import xiaokang.supervision.model.ListingStatus;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemEvent;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.ScreeningRecord;
import xiaokang.supervision.model.SupervisionFactory;
import xiaokang.supervision.model.SupervisionLevel;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SupervisionPackageImpl extends EPackageImpl implements SupervisionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listedSupervisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass problemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass problemEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rescreeningRoundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass screeningRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum supervisionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum listingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemAreaEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemTransitionEEnum = null;

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
	 * @see xiaokang.supervision.model.SupervisionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SupervisionPackageImpl() {
		super(eNS_URI, SupervisionFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SupervisionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SupervisionPackage init() {
		if (isInited) return (SupervisionPackage)EPackage.Registry.INSTANCE.getEPackage(SupervisionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSupervisionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SupervisionPackageImpl theSupervisionPackage = registeredSupervisionPackage instanceof SupervisionPackageImpl ? (SupervisionPackageImpl)registeredSupervisionPackage : new SupervisionPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSupervisionPackage.createPackageContents();

		// Initialize created meta-data
		theSupervisionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSupervisionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SupervisionPackage.eNS_URI, theSupervisionPackage);
		return theSupervisionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListedSupervision() {
		return listedSupervisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListedSupervision_Level() {
		return (EAttribute)listedSupervisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListedSupervision_Township() {
		return (EReference)listedSupervisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListedSupervision_Village() {
		return (EReference)listedSupervisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListedSupervision_ListedOn() {
		return (EAttribute)listedSupervisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListedSupervision_ListedUntil() {
		return (EAttribute)listedSupervisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListedSupervision_Leader() {
		return (EReference)listedSupervisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListedSupervision_Status() {
		return (EAttribute)listedSupervisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListedSupervision_Reasons() {
		return (EAttribute)listedSupervisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionGroup() {
		return inspectionGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionGroup_Name() {
		return (EAttribute)inspectionGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionGroup_LeaderName() {
		return (EAttribute)inspectionGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionGroup_Members() {
		return (EAttribute)inspectionGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionGroup_Townships() {
		return (EReference)inspectionGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionGroup_Inspections() {
		return (EReference)inspectionGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspection() {
		return inspectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Date() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Township() {
		return (EReference)inspectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Village() {
		return (EReference)inspectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Findings() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProblem() {
		return problemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Number() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Found() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Source() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Area() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_Township() {
		return (EReference)problemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_Village() {
		return (EReference)problemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_Household() {
		return (EReference)problemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Rule() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Description() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_ResponsibleUnit() {
		return (EReference)problemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_ResponsiblePerson() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Deadline() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Status() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Rectification() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Evidence() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Attachments() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_Reviewer() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblem_ClosedOn() {
		return (EAttribute)problemEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProblem_Events() {
		return (EReference)problemEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProblemEvent() {
		return problemEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblemEvent_Date() {
		return (EAttribute)problemEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblemEvent_Transition() {
		return (EAttribute)problemEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblemEvent_Actor() {
		return (EAttribute)problemEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProblemEvent_Note() {
		return (EAttribute)problemEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRescreeningRound() {
		return rescreeningRoundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRescreeningRound_Name() {
		return (EAttribute)rescreeningRoundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRescreeningRound_StartDate() {
		return (EAttribute)rescreeningRoundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRescreeningRound_EndDate() {
		return (EAttribute)rescreeningRoundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRescreeningRound_Groups() {
		return (EAttribute)rescreeningRoundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRescreeningRound_Records() {
		return (EReference)rescreeningRoundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScreeningRecord() {
		return screeningRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScreeningRecord_Household() {
		return (EReference)screeningRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningRecord_Date() {
		return (EAttribute)screeningRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningRecord_Screener() {
		return (EAttribute)screeningRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningRecord_Passed() {
		return (EAttribute)screeningRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningRecord_Findings() {
		return (EAttribute)screeningRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSupervisionLevel() {
		return supervisionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getListingStatus() {
		return listingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemSource() {
		return problemSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemArea() {
		return problemAreaEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemStatus() {
		return problemStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemTransition() {
		return problemTransitionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionFactory getSupervisionFactory() {
		return (SupervisionFactory)getEFactoryInstance();
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
		listedSupervisionEClass = createEClass(LISTED_SUPERVISION);
		createEAttribute(listedSupervisionEClass, LISTED_SUPERVISION__LEVEL);
		createEReference(listedSupervisionEClass, LISTED_SUPERVISION__TOWNSHIP);
		createEReference(listedSupervisionEClass, LISTED_SUPERVISION__VILLAGE);
		createEAttribute(listedSupervisionEClass, LISTED_SUPERVISION__LISTED_ON);
		createEAttribute(listedSupervisionEClass, LISTED_SUPERVISION__LISTED_UNTIL);
		createEReference(listedSupervisionEClass, LISTED_SUPERVISION__LEADER);
		createEAttribute(listedSupervisionEClass, LISTED_SUPERVISION__STATUS);
		createEAttribute(listedSupervisionEClass, LISTED_SUPERVISION__REASONS);

		inspectionGroupEClass = createEClass(INSPECTION_GROUP);
		createEAttribute(inspectionGroupEClass, INSPECTION_GROUP__NAME);
		createEAttribute(inspectionGroupEClass, INSPECTION_GROUP__LEADER_NAME);
		createEAttribute(inspectionGroupEClass, INSPECTION_GROUP__MEMBERS);
		createEReference(inspectionGroupEClass, INSPECTION_GROUP__TOWNSHIPS);
		createEReference(inspectionGroupEClass, INSPECTION_GROUP__INSPECTIONS);

		inspectionEClass = createEClass(INSPECTION);
		createEAttribute(inspectionEClass, INSPECTION__DATE);
		createEReference(inspectionEClass, INSPECTION__TOWNSHIP);
		createEReference(inspectionEClass, INSPECTION__VILLAGE);
		createEAttribute(inspectionEClass, INSPECTION__FINDINGS);

		problemEClass = createEClass(PROBLEM);
		createEAttribute(problemEClass, PROBLEM__NUMBER);
		createEAttribute(problemEClass, PROBLEM__FOUND);
		createEAttribute(problemEClass, PROBLEM__SOURCE);
		createEAttribute(problemEClass, PROBLEM__AREA);
		createEReference(problemEClass, PROBLEM__TOWNSHIP);
		createEReference(problemEClass, PROBLEM__VILLAGE);
		createEReference(problemEClass, PROBLEM__HOUSEHOLD);
		createEAttribute(problemEClass, PROBLEM__RULE);
		createEAttribute(problemEClass, PROBLEM__DESCRIPTION);
		createEReference(problemEClass, PROBLEM__RESPONSIBLE_UNIT);
		createEAttribute(problemEClass, PROBLEM__RESPONSIBLE_PERSON);
		createEAttribute(problemEClass, PROBLEM__DEADLINE);
		createEAttribute(problemEClass, PROBLEM__STATUS);
		createEAttribute(problemEClass, PROBLEM__RECTIFICATION);
		createEAttribute(problemEClass, PROBLEM__EVIDENCE);
		createEAttribute(problemEClass, PROBLEM__ATTACHMENTS);
		createEAttribute(problemEClass, PROBLEM__REVIEWER);
		createEAttribute(problemEClass, PROBLEM__CLOSED_ON);
		createEReference(problemEClass, PROBLEM__EVENTS);

		problemEventEClass = createEClass(PROBLEM_EVENT);
		createEAttribute(problemEventEClass, PROBLEM_EVENT__DATE);
		createEAttribute(problemEventEClass, PROBLEM_EVENT__TRANSITION);
		createEAttribute(problemEventEClass, PROBLEM_EVENT__ACTOR);
		createEAttribute(problemEventEClass, PROBLEM_EVENT__NOTE);

		rescreeningRoundEClass = createEClass(RESCREENING_ROUND);
		createEAttribute(rescreeningRoundEClass, RESCREENING_ROUND__NAME);
		createEAttribute(rescreeningRoundEClass, RESCREENING_ROUND__START_DATE);
		createEAttribute(rescreeningRoundEClass, RESCREENING_ROUND__END_DATE);
		createEAttribute(rescreeningRoundEClass, RESCREENING_ROUND__GROUPS);
		createEReference(rescreeningRoundEClass, RESCREENING_ROUND__RECORDS);

		screeningRecordEClass = createEClass(SCREENING_RECORD);
		createEReference(screeningRecordEClass, SCREENING_RECORD__HOUSEHOLD);
		createEAttribute(screeningRecordEClass, SCREENING_RECORD__DATE);
		createEAttribute(screeningRecordEClass, SCREENING_RECORD__SCREENER);
		createEAttribute(screeningRecordEClass, SCREENING_RECORD__PASSED);
		createEAttribute(screeningRecordEClass, SCREENING_RECORD__FINDINGS);

		// Create enums
		supervisionLevelEEnum = createEEnum(SUPERVISION_LEVEL);
		listingStatusEEnum = createEEnum(LISTING_STATUS);
		problemSourceEEnum = createEEnum(PROBLEM_SOURCE);
		problemAreaEEnum = createEEnum(PROBLEM_AREA);
		problemStatusEEnum = createEEnum(PROBLEM_STATUS);
		problemTransitionEEnum = createEEnum(PROBLEM_TRANSITION);
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
		initEClass(listedSupervisionEClass, ListedSupervision.class, "ListedSupervision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getListedSupervision_Level(), this.getSupervisionLevel(), "level", null, 1, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getListedSupervision_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getListedSupervision_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListedSupervision_ListedOn(), theCorePackage.getLocalDate(), "listedOn", null, 1, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListedSupervision_ListedUntil(), theCorePackage.getLocalDate(), "listedUntil", null, 0, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getListedSupervision_Leader(), theCorePackage.getCityLeader(), null, "leader", null, 0, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListedSupervision_Status(), this.getListingStatus(), "status", null, 1, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListedSupervision_Reasons(), ecorePackage.getEString(), "reasons", null, 0, 1, ListedSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionGroupEClass, InspectionGroup.class, "InspectionGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspectionGroup_Name(), ecorePackage.getEString(), "name", null, 1, 1, InspectionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionGroup_LeaderName(), ecorePackage.getEString(), "leaderName", null, 0, 1, InspectionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionGroup_Members(), ecorePackage.getEString(), "members", null, 0, -1, InspectionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionGroup_Townships(), theCorePackage.getTownship(), null, "townships", null, 0, -1, InspectionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionGroup_Inspections(), this.getInspection(), null, "inspections", null, 0, -1, InspectionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionEClass, Inspection.class, "Inspection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspection_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspection_Township(), theCorePackage.getTownship(), null, "township", null, 1, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspection_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(problemEClass, Problem.class, "Problem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProblem_Number(), ecorePackage.getEString(), "number", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Found(), theCorePackage.getLocalDate(), "found", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Source(), this.getProblemSource(), "source", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Area(), this.getProblemArea(), "area", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_Household(), theCorePackage.getHousehold(), null, "household", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Rule(), ecorePackage.getEString(), "rule", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Description(), ecorePackage.getEString(), "description", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_ResponsibleUnit(), theCorePackage.getWorkUnit(), null, "responsibleUnit", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_ResponsiblePerson(), ecorePackage.getEString(), "responsiblePerson", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Deadline(), theCorePackage.getLocalDate(), "deadline", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Status(), this.getProblemStatus(), "status", null, 1, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Rectification(), ecorePackage.getEString(), "rectification", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Attachments(), ecorePackage.getEString(), "attachments", null, 0, -1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblem_ClosedOn(), theCorePackage.getLocalDate(), "closedOn", null, 0, 1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProblem_Events(), this.getProblemEvent(), null, "events", null, 0, -1, Problem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(problemEventEClass, ProblemEvent.class, "ProblemEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProblemEvent_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, ProblemEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblemEvent_Transition(), this.getProblemTransition(), "transition", null, 1, 1, ProblemEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblemEvent_Actor(), ecorePackage.getEString(), "actor", null, 0, 1, ProblemEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProblemEvent_Note(), ecorePackage.getEString(), "note", null, 0, 1, ProblemEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rescreeningRoundEClass, RescreeningRound.class, "RescreeningRound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRescreeningRound_Name(), ecorePackage.getEString(), "name", null, 1, 1, RescreeningRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRescreeningRound_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 1, 1, RescreeningRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRescreeningRound_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 0, 1, RescreeningRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRescreeningRound_Groups(), theCorePackage.getHouseholdStatus(), "groups", null, 0, -1, RescreeningRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRescreeningRound_Records(), this.getScreeningRecord(), null, "records", null, 0, -1, RescreeningRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(screeningRecordEClass, ScreeningRecord.class, "ScreeningRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScreeningRecord_Household(), theCorePackage.getHousehold(), null, "household", null, 1, 1, ScreeningRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningRecord_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, ScreeningRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningRecord_Screener(), ecorePackage.getEString(), "screener", null, 0, 1, ScreeningRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningRecord_Passed(), ecorePackage.getEBoolean(), "passed", null, 0, 1, ScreeningRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningRecord_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, ScreeningRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(supervisionLevelEEnum, SupervisionLevel.class, "SupervisionLevel");
		addEEnumLiteral(supervisionLevelEEnum, SupervisionLevel.PROVINCE);
		addEEnumLiteral(supervisionLevelEEnum, SupervisionLevel.CITY);

		initEEnum(listingStatusEEnum, ListingStatus.class, "ListingStatus");
		addEEnumLiteral(listingStatusEEnum, ListingStatus.LISTED);
		addEEnumLiteral(listingStatusEEnum, ListingStatus.DELISTED);

		initEEnum(problemSourceEEnum, ProblemSource.class, "ProblemSource");
		addEEnumLiteral(problemSourceEEnum, ProblemSource.INSPECTION);
		addEEnumLiteral(problemSourceEEnum, ProblemSource.RESCREENING);
		addEEnumLiteral(problemSourceEEnum, ProblemSource.PROVINCE_FEEDBACK);
		addEEnumLiteral(problemSourceEEnum, ProblemSource.CITY_FEEDBACK);
		addEEnumLiteral(problemSourceEEnum, ProblemSource.SELF_CHECK);

		initEEnum(problemAreaEEnum, ProblemArea.class, "ProblemArea");
		addEEnumLiteral(problemAreaEEnum, ProblemArea.FOOD);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.CLOTHING);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.COMPULSORY_EDUCATION);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.BASIC_MEDICAL);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.HOUSING_SAFETY);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.DRINKING_WATER);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.EDUCATION);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.SOCIAL_SECURITY);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.WATER_SUPPLY);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.PUBLIC_SERVICES);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.DANGEROUS_HOUSES);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.VILLAGE_ROADS);
		addEEnumLiteral(problemAreaEEnum, ProblemArea.OTHER);

		initEEnum(problemStatusEEnum, ProblemStatus.class, "ProblemStatus");
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.OPEN);
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.RECTIFYING);
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.AWAITING_REVIEW);
		addEEnumLiteral(problemStatusEEnum, ProblemStatus.CLOSED);

		initEEnum(problemTransitionEEnum, ProblemTransition.class, "ProblemTransition");
		addEEnumLiteral(problemTransitionEEnum, ProblemTransition.FIND);
		addEEnumLiteral(problemTransitionEEnum, ProblemTransition.START);
		addEEnumLiteral(problemTransitionEEnum, ProblemTransition.SUBMIT);
		addEEnumLiteral(problemTransitionEEnum, ProblemTransition.SEND_BACK);
		addEEnumLiteral(problemTransitionEEnum, ProblemTransition.CLOSE);
		addEEnumLiteral(problemTransitionEEnum, ProblemTransition.REOPEN);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://xiaokang/store
		createStoreAnnotations();
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
			   "documentation", "\u7763\u6218: listed supervision, inspections, the problem ledger and re-screening."
		   });
		addAnnotation
		  (listedSupervisionEClass,
		   source,
		   new String[] {
			   "documentation", "\u6302\u724c\u7763\u6218: a village or township listed for supervision by the province or the city."
		   });
		addAnnotation
		  (getListedSupervision_Township(),
		   source,
		   new String[] {
			   "documentation", "The listed township, or the township of the listed village."
		   });
		addAnnotation
		  (inspectionGroupEClass,
		   source,
		   new String[] {
			   "documentation", "\u5e38\u6001\u5316\u7763\u67e5\u7ec4: an inspection group and the townships it covers."
		   });
		addAnnotation
		  (inspectionEClass,
		   source,
		   new String[] {
			   "documentation", "\u7763\u67e5: one visit of an inspection group to a township (and a village)."
		   });
		addAnnotation
		  (problemEClass,
		   source,
		   new String[] {
			   "documentation", "\u95ee\u9898\u53f0\u8d26: a problem found, assigned, rectified and closed against the ledger (\u5bf9\u8d26\u9500\u53f7)."
		   });
		addAnnotation
		  (getProblem_Rule(),
		   source,
		   new String[] {
			   "documentation", "The id of the rule whose breach opened this problem (re-screening), so a round opens no duplicate."
		   });
		addAnnotation
		  (problemEventEClass,
		   source,
		   new String[] {
			   "documentation", "One step of a problem\'s lifecycle: who moved it, when, and why."
		   });
		addAnnotation
		  (rescreeningRoundEClass,
		   source,
		   new String[] {
			   "documentation", "\u56de\u5934\u770b\u3001\u9010\u6237\u8fc7\u7b5b: a round that screens every household of the chosen groups one by one."
		   });
		addAnnotation
		  (screeningRecordEClass,
		   source,
		   new String[] {
			   "documentation", "One household screened in a round: when, by whom, and the result."
		   });
		addAnnotation
		  (supervisionLevelEEnum,
		   source,
		   new String[] {
			   "documentation", "\u7763\u6218\u7ea7\u522b."
		   });
		addAnnotation
		  (listingStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "\u6302\u724c\u72b6\u6001."
		   });
		addAnnotation
		  (problemSourceEEnum,
		   source,
		   new String[] {
			   "documentation", "\u95ee\u9898\u6765\u6e90."
		   });
		addAnnotation
		  (problemAreaEEnum,
		   source,
		   new String[] {
			   "documentation", "\u95ee\u9898\u9886\u57df: the six checks, the six coverage areas, other."
		   });
		addAnnotation
		  (problemStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "\u95ee\u9898\u72b6\u6001: open, rectifying, awaiting review, closed."
		   });
		addAnnotation
		  (problemTransitionEEnum,
		   source,
		   new String[] {
			   "documentation", "A step of the lifecycle."
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
		  (getListedSupervision_Reasons(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getInspectionGroup_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getInspection_Findings(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getProblem_Number(),
		   source,
		   new String[] {
			   "index", "true",
			   "unique", "true"
		   });
		addAnnotation
		  (getProblem_Rule(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getProblem_Description(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getProblem_Rectification(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getProblem_Evidence(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getProblemEvent_Note(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getScreeningRecord_Findings(),
		   source,
		   new String[] {
			   "length", "4000"
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
		  (getInspectionGroup_Name(),
		   source,
		   new String[] {
			   "key", "true"
		   });
	}

} //SupervisionPackageImpl
