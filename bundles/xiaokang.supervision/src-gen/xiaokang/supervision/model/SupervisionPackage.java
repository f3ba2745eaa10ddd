/**
 */
package xiaokang.supervision.model;

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
 * 督战: listed supervision, inspections, the problem ledger and re-screening.
 * <!-- end-model-doc -->
 * @see xiaokang.supervision.model.SupervisionFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='1'"
 * @generated
 */
public interface SupervisionPackage extends EPackage {
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
	String eNS_URI = "http://xiaokang/supervision/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "supervision";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SupervisionPackage eINSTANCE = xiaokang.supervision.model.impl.SupervisionPackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.ListedSupervisionImpl <em>Listed Supervision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.ListedSupervisionImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getListedSupervision()
	 * @generated
	 */
	int LISTED_SUPERVISION = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__TOWNSHIP = 1;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__VILLAGE = 2;

	/**
	 * The feature id for the '<em><b>Listed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__LISTED_ON = 3;

	/**
	 * The feature id for the '<em><b>Listed Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__LISTED_UNTIL = 4;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__LEADER = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION__REASONS = 7;

	/**
	 * The number of structural features of the '<em>Listed Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Listed Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTED_SUPERVISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.InspectionGroupImpl <em>Inspection Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.InspectionGroupImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getInspectionGroup()
	 * @generated
	 */
	int INSPECTION_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Leader Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP__LEADER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP__MEMBERS = 2;

	/**
	 * The feature id for the '<em><b>Townships</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP__TOWNSHIPS = 3;

	/**
	 * The feature id for the '<em><b>Inspections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP__INSPECTIONS = 4;

	/**
	 * The number of structural features of the '<em>Inspection Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Inspection Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.InspectionImpl <em>Inspection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.InspectionImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getInspection()
	 * @generated
	 */
	int INSPECTION = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__TOWNSHIP = 1;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__VILLAGE = 2;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__FINDINGS = 3;

	/**
	 * The number of structural features of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.ProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.ProblemImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblem()
	 * @generated
	 */
	int PROBLEM = 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Found</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__FOUND = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__AREA = 3;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__TOWNSHIP = 4;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__VILLAGE = 5;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__HOUSEHOLD = 6;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__RULE = 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__DESCRIPTION = 8;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__RESPONSIBLE_UNIT = 9;

	/**
	 * The feature id for the '<em><b>Responsible Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__RESPONSIBLE_PERSON = 10;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__DEADLINE = 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__STATUS = 12;

	/**
	 * The feature id for the '<em><b>Rectification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__RECTIFICATION = 13;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EVIDENCE = 14;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__ATTACHMENTS = 15;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__REVIEWER = 16;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__CLOSED_ON = 17;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__EVENTS = 18;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.ProblemEventImpl <em>Problem Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.ProblemEventImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemEvent()
	 * @generated
	 */
	int PROBLEM_EVENT = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_EVENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Transition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_EVENT__TRANSITION = 1;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_EVENT__ACTOR = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_EVENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Problem Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Problem Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.RescreeningRoundImpl <em>Rescreening Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.RescreeningRoundImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getRescreeningRound()
	 * @generated
	 */
	int RESCREENING_ROUND = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND__NAME = 0;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND__START_DATE = 1;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND__END_DATE = 2;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND__GROUPS = 3;

	/**
	 * The feature id for the '<em><b>Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND__RECORDS = 4;

	/**
	 * The number of structural features of the '<em>Rescreening Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Rescreening Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESCREENING_ROUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.impl.ScreeningRecordImpl <em>Screening Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.impl.ScreeningRecordImpl
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getScreeningRecord()
	 * @generated
	 */
	int SCREENING_RECORD = 6;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD__DATE = 1;

	/**
	 * The feature id for the '<em><b>Screener</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD__SCREENER = 2;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD__PASSED = 3;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD__FINDINGS = 4;

	/**
	 * The number of structural features of the '<em>Screening Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Screening Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.SupervisionLevel <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.SupervisionLevel
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getSupervisionLevel()
	 * @generated
	 */
	int SUPERVISION_LEVEL = 7;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.ListingStatus <em>Listing Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.ListingStatus
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getListingStatus()
	 * @generated
	 */
	int LISTING_STATUS = 8;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.ProblemSource <em>Problem Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.ProblemSource
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemSource()
	 * @generated
	 */
	int PROBLEM_SOURCE = 9;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.ProblemArea <em>Problem Area</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.ProblemArea
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemArea()
	 * @generated
	 */
	int PROBLEM_AREA = 10;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.ProblemStatus <em>Problem Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.ProblemStatus
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemStatus()
	 * @generated
	 */
	int PROBLEM_STATUS = 11;

	/**
	 * The meta object id for the '{@link xiaokang.supervision.model.ProblemTransition <em>Problem Transition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.supervision.model.ProblemTransition
	 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemTransition()
	 * @generated
	 */
	int PROBLEM_TRANSITION = 12;


	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.ListedSupervision <em>Listed Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listed Supervision</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision
	 * @generated
	 */
	EClass getListedSupervision();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ListedSupervision#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getLevel()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EAttribute getListedSupervision_Level();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.ListedSupervision#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getTownship()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EReference getListedSupervision_Township();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.ListedSupervision#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getVillage()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EReference getListedSupervision_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ListedSupervision#getListedOn <em>Listed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listed On</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getListedOn()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EAttribute getListedSupervision_ListedOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ListedSupervision#getListedUntil <em>Listed Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listed Until</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getListedUntil()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EAttribute getListedSupervision_ListedUntil();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.ListedSupervision#getLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Leader</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getLeader()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EReference getListedSupervision_Leader();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ListedSupervision#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getStatus()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EAttribute getListedSupervision_Status();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ListedSupervision#getReasons <em>Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reasons</em>'.
	 * @see xiaokang.supervision.model.ListedSupervision#getReasons()
	 * @see #getListedSupervision()
	 * @generated
	 */
	EAttribute getListedSupervision_Reasons();

	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.InspectionGroup <em>Inspection Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection Group</em>'.
	 * @see xiaokang.supervision.model.InspectionGroup
	 * @generated
	 */
	EClass getInspectionGroup();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.InspectionGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.supervision.model.InspectionGroup#getName()
	 * @see #getInspectionGroup()
	 * @generated
	 */
	EAttribute getInspectionGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.InspectionGroup#getLeaderName <em>Leader Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leader Name</em>'.
	 * @see xiaokang.supervision.model.InspectionGroup#getLeaderName()
	 * @see #getInspectionGroup()
	 * @generated
	 */
	EAttribute getInspectionGroup_LeaderName();

	/**
	 * Returns the meta object for the attribute list '{@link xiaokang.supervision.model.InspectionGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Members</em>'.
	 * @see xiaokang.supervision.model.InspectionGroup#getMembers()
	 * @see #getInspectionGroup()
	 * @generated
	 */
	EAttribute getInspectionGroup_Members();

	/**
	 * Returns the meta object for the reference list '{@link xiaokang.supervision.model.InspectionGroup#getTownships <em>Townships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Townships</em>'.
	 * @see xiaokang.supervision.model.InspectionGroup#getTownships()
	 * @see #getInspectionGroup()
	 * @generated
	 */
	EReference getInspectionGroup_Townships();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.supervision.model.InspectionGroup#getInspections <em>Inspections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inspections</em>'.
	 * @see xiaokang.supervision.model.InspectionGroup#getInspections()
	 * @see #getInspectionGroup()
	 * @generated
	 */
	EReference getInspectionGroup_Inspections();

	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection</em>'.
	 * @see xiaokang.supervision.model.Inspection
	 * @generated
	 */
	EClass getInspection();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Inspection#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.supervision.model.Inspection#getDate()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Date();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.Inspection#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.supervision.model.Inspection#getTownship()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Township();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.Inspection#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.supervision.model.Inspection#getVillage()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Inspection#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see xiaokang.supervision.model.Inspection#getFindings()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Findings();

	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see xiaokang.supervision.model.Problem
	 * @generated
	 */
	EClass getProblem();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see xiaokang.supervision.model.Problem#getNumber()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Number();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getFound <em>Found</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Found</em>'.
	 * @see xiaokang.supervision.model.Problem#getFound()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Found();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see xiaokang.supervision.model.Problem#getSource()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Source();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see xiaokang.supervision.model.Problem#getArea()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Area();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.Problem#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.supervision.model.Problem#getTownship()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Township();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.Problem#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.supervision.model.Problem#getVillage()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Village();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.Problem#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.supervision.model.Problem#getHousehold()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see xiaokang.supervision.model.Problem#getRule()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Rule();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see xiaokang.supervision.model.Problem#getDescription()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Description();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.Problem#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Unit</em>'.
	 * @see xiaokang.supervision.model.Problem#getResponsibleUnit()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_ResponsibleUnit();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getResponsiblePerson <em>Responsible Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Person</em>'.
	 * @see xiaokang.supervision.model.Problem#getResponsiblePerson()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_ResponsiblePerson();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see xiaokang.supervision.model.Problem#getDeadline()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see xiaokang.supervision.model.Problem#getStatus()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Status();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getRectification <em>Rectification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rectification</em>'.
	 * @see xiaokang.supervision.model.Problem#getRectification()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Rectification();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see xiaokang.supervision.model.Problem#getEvidence()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Evidence();

	/**
	 * Returns the meta object for the attribute list '{@link xiaokang.supervision.model.Problem#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attachments</em>'.
	 * @see xiaokang.supervision.model.Problem#getAttachments()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Attachments();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see xiaokang.supervision.model.Problem#getReviewer()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.Problem#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see xiaokang.supervision.model.Problem#getClosedOn()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_ClosedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.supervision.model.Problem#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see xiaokang.supervision.model.Problem#getEvents()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Events();

	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.ProblemEvent <em>Problem Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem Event</em>'.
	 * @see xiaokang.supervision.model.ProblemEvent
	 * @generated
	 */
	EClass getProblemEvent();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ProblemEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.supervision.model.ProblemEvent#getDate()
	 * @see #getProblemEvent()
	 * @generated
	 */
	EAttribute getProblemEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ProblemEvent#getTransition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transition</em>'.
	 * @see xiaokang.supervision.model.ProblemEvent#getTransition()
	 * @see #getProblemEvent()
	 * @generated
	 */
	EAttribute getProblemEvent_Transition();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ProblemEvent#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see xiaokang.supervision.model.ProblemEvent#getActor()
	 * @see #getProblemEvent()
	 * @generated
	 */
	EAttribute getProblemEvent_Actor();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ProblemEvent#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.supervision.model.ProblemEvent#getNote()
	 * @see #getProblemEvent()
	 * @generated
	 */
	EAttribute getProblemEvent_Note();

	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.RescreeningRound <em>Rescreening Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rescreening Round</em>'.
	 * @see xiaokang.supervision.model.RescreeningRound
	 * @generated
	 */
	EClass getRescreeningRound();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.RescreeningRound#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.supervision.model.RescreeningRound#getName()
	 * @see #getRescreeningRound()
	 * @generated
	 */
	EAttribute getRescreeningRound_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.RescreeningRound#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see xiaokang.supervision.model.RescreeningRound#getStartDate()
	 * @see #getRescreeningRound()
	 * @generated
	 */
	EAttribute getRescreeningRound_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.RescreeningRound#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see xiaokang.supervision.model.RescreeningRound#getEndDate()
	 * @see #getRescreeningRound()
	 * @generated
	 */
	EAttribute getRescreeningRound_EndDate();

	/**
	 * Returns the meta object for the attribute list '{@link xiaokang.supervision.model.RescreeningRound#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Groups</em>'.
	 * @see xiaokang.supervision.model.RescreeningRound#getGroups()
	 * @see #getRescreeningRound()
	 * @generated
	 */
	EAttribute getRescreeningRound_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.supervision.model.RescreeningRound#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Records</em>'.
	 * @see xiaokang.supervision.model.RescreeningRound#getRecords()
	 * @see #getRescreeningRound()
	 * @generated
	 */
	EReference getRescreeningRound_Records();

	/**
	 * Returns the meta object for class '{@link xiaokang.supervision.model.ScreeningRecord <em>Screening Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screening Record</em>'.
	 * @see xiaokang.supervision.model.ScreeningRecord
	 * @generated
	 */
	EClass getScreeningRecord();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.supervision.model.ScreeningRecord#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.supervision.model.ScreeningRecord#getHousehold()
	 * @see #getScreeningRecord()
	 * @generated
	 */
	EReference getScreeningRecord_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ScreeningRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.supervision.model.ScreeningRecord#getDate()
	 * @see #getScreeningRecord()
	 * @generated
	 */
	EAttribute getScreeningRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ScreeningRecord#getScreener <em>Screener</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screener</em>'.
	 * @see xiaokang.supervision.model.ScreeningRecord#getScreener()
	 * @see #getScreeningRecord()
	 * @generated
	 */
	EAttribute getScreeningRecord_Screener();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ScreeningRecord#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see xiaokang.supervision.model.ScreeningRecord#isPassed()
	 * @see #getScreeningRecord()
	 * @generated
	 */
	EAttribute getScreeningRecord_Passed();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.supervision.model.ScreeningRecord#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see xiaokang.supervision.model.ScreeningRecord#getFindings()
	 * @see #getScreeningRecord()
	 * @generated
	 */
	EAttribute getScreeningRecord_Findings();

	/**
	 * Returns the meta object for enum '{@link xiaokang.supervision.model.SupervisionLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see xiaokang.supervision.model.SupervisionLevel
	 * @generated
	 */
	EEnum getSupervisionLevel();

	/**
	 * Returns the meta object for enum '{@link xiaokang.supervision.model.ListingStatus <em>Listing Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Listing Status</em>'.
	 * @see xiaokang.supervision.model.ListingStatus
	 * @generated
	 */
	EEnum getListingStatus();

	/**
	 * Returns the meta object for enum '{@link xiaokang.supervision.model.ProblemSource <em>Problem Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Source</em>'.
	 * @see xiaokang.supervision.model.ProblemSource
	 * @generated
	 */
	EEnum getProblemSource();

	/**
	 * Returns the meta object for enum '{@link xiaokang.supervision.model.ProblemArea <em>Problem Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Area</em>'.
	 * @see xiaokang.supervision.model.ProblemArea
	 * @generated
	 */
	EEnum getProblemArea();

	/**
	 * Returns the meta object for enum '{@link xiaokang.supervision.model.ProblemStatus <em>Problem Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Status</em>'.
	 * @see xiaokang.supervision.model.ProblemStatus
	 * @generated
	 */
	EEnum getProblemStatus();

	/**
	 * Returns the meta object for enum '{@link xiaokang.supervision.model.ProblemTransition <em>Problem Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Transition</em>'.
	 * @see xiaokang.supervision.model.ProblemTransition
	 * @generated
	 */
	EEnum getProblemTransition();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SupervisionFactory getSupervisionFactory();

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
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.ListedSupervisionImpl <em>Listed Supervision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.ListedSupervisionImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getListedSupervision()
		 * @generated
		 */
		EClass LISTED_SUPERVISION = eINSTANCE.getListedSupervision();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTED_SUPERVISION__LEVEL = eINSTANCE.getListedSupervision_Level();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTED_SUPERVISION__TOWNSHIP = eINSTANCE.getListedSupervision_Township();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTED_SUPERVISION__VILLAGE = eINSTANCE.getListedSupervision_Village();

		/**
		 * The meta object literal for the '<em><b>Listed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTED_SUPERVISION__LISTED_ON = eINSTANCE.getListedSupervision_ListedOn();

		/**
		 * The meta object literal for the '<em><b>Listed Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTED_SUPERVISION__LISTED_UNTIL = eINSTANCE.getListedSupervision_ListedUntil();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTED_SUPERVISION__LEADER = eINSTANCE.getListedSupervision_Leader();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTED_SUPERVISION__STATUS = eINSTANCE.getListedSupervision_Status();

		/**
		 * The meta object literal for the '<em><b>Reasons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTED_SUPERVISION__REASONS = eINSTANCE.getListedSupervision_Reasons();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.InspectionGroupImpl <em>Inspection Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.InspectionGroupImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getInspectionGroup()
		 * @generated
		 */
		EClass INSPECTION_GROUP = eINSTANCE.getInspectionGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_GROUP__NAME = eINSTANCE.getInspectionGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Leader Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_GROUP__LEADER_NAME = eINSTANCE.getInspectionGroup_LeaderName();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_GROUP__MEMBERS = eINSTANCE.getInspectionGroup_Members();

		/**
		 * The meta object literal for the '<em><b>Townships</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_GROUP__TOWNSHIPS = eINSTANCE.getInspectionGroup_Townships();

		/**
		 * The meta object literal for the '<em><b>Inspections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_GROUP__INSPECTIONS = eINSTANCE.getInspectionGroup_Inspections();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.InspectionImpl <em>Inspection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.InspectionImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getInspection()
		 * @generated
		 */
		EClass INSPECTION = eINSTANCE.getInspection();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__DATE = eINSTANCE.getInspection_Date();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__TOWNSHIP = eINSTANCE.getInspection_Township();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__VILLAGE = eINSTANCE.getInspection_Village();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__FINDINGS = eINSTANCE.getInspection_Findings();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.ProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.ProblemImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblem()
		 * @generated
		 */
		EClass PROBLEM = eINSTANCE.getProblem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__NUMBER = eINSTANCE.getProblem_Number();

		/**
		 * The meta object literal for the '<em><b>Found</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__FOUND = eINSTANCE.getProblem_Found();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__SOURCE = eINSTANCE.getProblem_Source();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__AREA = eINSTANCE.getProblem_Area();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__TOWNSHIP = eINSTANCE.getProblem_Township();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__VILLAGE = eINSTANCE.getProblem_Village();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__HOUSEHOLD = eINSTANCE.getProblem_Household();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__RULE = eINSTANCE.getProblem_Rule();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__DESCRIPTION = eINSTANCE.getProblem_Description();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__RESPONSIBLE_UNIT = eINSTANCE.getProblem_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Responsible Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__RESPONSIBLE_PERSON = eINSTANCE.getProblem_ResponsiblePerson();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__DEADLINE = eINSTANCE.getProblem_Deadline();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__STATUS = eINSTANCE.getProblem_Status();

		/**
		 * The meta object literal for the '<em><b>Rectification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__RECTIFICATION = eINSTANCE.getProblem_Rectification();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__EVIDENCE = eINSTANCE.getProblem_Evidence();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__ATTACHMENTS = eINSTANCE.getProblem_Attachments();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__REVIEWER = eINSTANCE.getProblem_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__CLOSED_ON = eINSTANCE.getProblem_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__EVENTS = eINSTANCE.getProblem_Events();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.ProblemEventImpl <em>Problem Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.ProblemEventImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemEvent()
		 * @generated
		 */
		EClass PROBLEM_EVENT = eINSTANCE.getProblemEvent();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM_EVENT__DATE = eINSTANCE.getProblemEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Transition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM_EVENT__TRANSITION = eINSTANCE.getProblemEvent_Transition();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM_EVENT__ACTOR = eINSTANCE.getProblemEvent_Actor();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM_EVENT__NOTE = eINSTANCE.getProblemEvent_Note();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.RescreeningRoundImpl <em>Rescreening Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.RescreeningRoundImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getRescreeningRound()
		 * @generated
		 */
		EClass RESCREENING_ROUND = eINSTANCE.getRescreeningRound();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESCREENING_ROUND__NAME = eINSTANCE.getRescreeningRound_Name();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESCREENING_ROUND__START_DATE = eINSTANCE.getRescreeningRound_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESCREENING_ROUND__END_DATE = eINSTANCE.getRescreeningRound_EndDate();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESCREENING_ROUND__GROUPS = eINSTANCE.getRescreeningRound_Groups();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESCREENING_ROUND__RECORDS = eINSTANCE.getRescreeningRound_Records();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.impl.ScreeningRecordImpl <em>Screening Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.impl.ScreeningRecordImpl
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getScreeningRecord()
		 * @generated
		 */
		EClass SCREENING_RECORD = eINSTANCE.getScreeningRecord();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREENING_RECORD__HOUSEHOLD = eINSTANCE.getScreeningRecord_Household();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_RECORD__DATE = eINSTANCE.getScreeningRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Screener</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_RECORD__SCREENER = eINSTANCE.getScreeningRecord_Screener();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_RECORD__PASSED = eINSTANCE.getScreeningRecord_Passed();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_RECORD__FINDINGS = eINSTANCE.getScreeningRecord_Findings();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.SupervisionLevel <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.SupervisionLevel
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getSupervisionLevel()
		 * @generated
		 */
		EEnum SUPERVISION_LEVEL = eINSTANCE.getSupervisionLevel();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.ListingStatus <em>Listing Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.ListingStatus
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getListingStatus()
		 * @generated
		 */
		EEnum LISTING_STATUS = eINSTANCE.getListingStatus();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.ProblemSource <em>Problem Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.ProblemSource
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemSource()
		 * @generated
		 */
		EEnum PROBLEM_SOURCE = eINSTANCE.getProblemSource();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.ProblemArea <em>Problem Area</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.ProblemArea
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemArea()
		 * @generated
		 */
		EEnum PROBLEM_AREA = eINSTANCE.getProblemArea();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.ProblemStatus <em>Problem Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.ProblemStatus
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemStatus()
		 * @generated
		 */
		EEnum PROBLEM_STATUS = eINSTANCE.getProblemStatus();

		/**
		 * The meta object literal for the '{@link xiaokang.supervision.model.ProblemTransition <em>Problem Transition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.supervision.model.ProblemTransition
		 * @see xiaokang.supervision.model.impl.SupervisionPackageImpl#getProblemTransition()
		 * @generated
		 */
		EEnum PROBLEM_TRANSITION = eINSTANCE.getProblemTransition();

	}

} //SupervisionPackage
