/**
 */
package xiaokang.employment.model;

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
 * 就业扶贫: poverty-alleviation workshops, the jobs of poor workers, return-to-work campaigns, training and entrepreneurship subsidies.
 * <!-- end-model-doc -->
 * @see xiaokang.employment.model.EmploymentFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='1'"
 * @generated
 */
public interface EmploymentPackage extends EPackage {
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
	String eNS_URI = "http://xiaokang/employment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "employment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EmploymentPackage eINSTANCE = xiaokang.employment.model.impl.EmploymentPackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.WorkshopImpl <em>Workshop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.WorkshopImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getWorkshop()
	 * @generated
	 */
	int WORKSHOP = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__TOWNSHIP = 2;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__VILLAGE = 3;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__PRODUCTS = 4;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__OPENED = 5;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__CAPACITY = 6;

	/**
	 * The feature id for the '<em><b>Workers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__WORKERS = 7;

	/**
	 * The feature id for the '<em><b>Awards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP__AWARDS = 8;

	/**
	 * The number of structural features of the '<em>Workshop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Workshop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSHOP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.EmploymentImpl <em>Employment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.EmploymentImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getEmployment()
	 * @generated
	 */
	int EMPLOYMENT = 1;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Workshop</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__WORKSHOP = 1;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__EMPLOYER = 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__PLACE = 3;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__STARTED = 4;

	/**
	 * The feature id for the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__ENDED = 5;

	/**
	 * The feature id for the '<em><b>Monthly Wage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__MONTHLY_WAGE = 6;

	/**
	 * The feature id for the '<em><b>Annual Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT__ANNUAL_GAIN = 7;

	/**
	 * The number of structural features of the '<em>Employment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Employment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.ReturnCampaignImpl <em>Return Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.ReturnCampaignImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getReturnCampaign()
	 * @generated
	 */
	int RETURN_CAMPAIGN = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_CAMPAIGN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_CAMPAIGN__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_CAMPAIGN__START_DATE = 2;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_CAMPAIGN__ENTRIES = 3;

	/**
	 * The number of structural features of the '<em>Return Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_CAMPAIGN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Return Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_CAMPAIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.ReturnEntryImpl <em>Return Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.ReturnEntryImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getReturnEntry()
	 * @generated
	 */
	int RETURN_ENTRY = 3;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY__REASON = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY__DATE = 3;

	/**
	 * The feature id for the '<em><b>Helper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY__HELPER = 4;

	/**
	 * The number of structural features of the '<em>Return Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Return Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.TrainingImpl <em>Training</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.TrainingImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getTraining()
	 * @generated
	 */
	int TRAINING = 4;

	/**
	 * The feature id for the '<em><b>Course</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__COURSE = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__TOWNSHIP = 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__START_DATE = 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__END_DATE = 4;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__PARTICIPANTS = 5;

	/**
	 * The number of structural features of the '<em>Training</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Training</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.ParticipantImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 5;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CERTIFIED = 1;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl <em>Entrepreneurship Subsidy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getEntrepreneurshipSubsidy()
	 * @generated
	 */
	int ENTREPRENEURSHIP_SUBSIDY = 6;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTREPRENEURSHIP_SUBSIDY__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTREPRENEURSHIP_SUBSIDY__BUSINESS = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTREPRENEURSHIP_SUBSIDY__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTREPRENEURSHIP_SUBSIDY__YEAR = 3;

	/**
	 * The number of structural features of the '<em>Entrepreneurship Subsidy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTREPRENEURSHIP_SUBSIDY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Entrepreneurship Subsidy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTREPRENEURSHIP_SUBSIDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.WorkPlace <em>Work Place</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.WorkPlace
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getWorkPlace()
	 * @generated
	 */
	int WORK_PLACE = 7;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.ReturnStatus <em>Return Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.ReturnStatus
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getReturnStatus()
	 * @generated
	 */
	int RETURN_STATUS = 8;

	/**
	 * The meta object id for the '{@link xiaokang.employment.model.TrainingKind <em>Training Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.employment.model.TrainingKind
	 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getTrainingKind()
	 * @generated
	 */
	int TRAINING_KIND = 9;


	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.Workshop <em>Workshop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workshop</em>'.
	 * @see xiaokang.employment.model.Workshop
	 * @generated
	 */
	EClass getWorkshop();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.employment.model.Workshop#getName()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see xiaokang.employment.model.Workshop#getOperator()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Operator();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.Workshop#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.employment.model.Workshop#getTownship()
	 * @see #getWorkshop()
	 * @generated
	 */
	EReference getWorkshop_Township();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.Workshop#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.employment.model.Workshop#getVillage()
	 * @see #getWorkshop()
	 * @generated
	 */
	EReference getWorkshop_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Products</em>'.
	 * @see xiaokang.employment.model.Workshop#getProducts()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Products();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened</em>'.
	 * @see xiaokang.employment.model.Workshop#getOpened()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Opened();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see xiaokang.employment.model.Workshop#getCapacity()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getWorkers <em>Workers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workers</em>'.
	 * @see xiaokang.employment.model.Workshop#getWorkers()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Workers();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Workshop#getAwards <em>Awards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Awards</em>'.
	 * @see xiaokang.employment.model.Workshop#getAwards()
	 * @see #getWorkshop()
	 * @generated
	 */
	EAttribute getWorkshop_Awards();

	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.Employment <em>Employment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Employment</em>'.
	 * @see xiaokang.employment.model.Employment
	 * @generated
	 */
	EClass getEmployment();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.Employment#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see xiaokang.employment.model.Employment#getPerson()
	 * @see #getEmployment()
	 * @generated
	 */
	EReference getEmployment_Person();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.Employment#getWorkshop <em>Workshop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Workshop</em>'.
	 * @see xiaokang.employment.model.Employment#getWorkshop()
	 * @see #getEmployment()
	 * @generated
	 */
	EReference getEmployment_Workshop();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Employment#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employer</em>'.
	 * @see xiaokang.employment.model.Employment#getEmployer()
	 * @see #getEmployment()
	 * @generated
	 */
	EAttribute getEmployment_Employer();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Employment#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see xiaokang.employment.model.Employment#getPlace()
	 * @see #getEmployment()
	 * @generated
	 */
	EAttribute getEmployment_Place();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Employment#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see xiaokang.employment.model.Employment#getStarted()
	 * @see #getEmployment()
	 * @generated
	 */
	EAttribute getEmployment_Started();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Employment#getEnded <em>Ended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended</em>'.
	 * @see xiaokang.employment.model.Employment#getEnded()
	 * @see #getEmployment()
	 * @generated
	 */
	EAttribute getEmployment_Ended();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Employment#getMonthlyWage <em>Monthly Wage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Wage</em>'.
	 * @see xiaokang.employment.model.Employment#getMonthlyWage()
	 * @see #getEmployment()
	 * @generated
	 */
	EAttribute getEmployment_MonthlyWage();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Employment#getAnnualGain <em>Annual Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Gain</em>'.
	 * @see xiaokang.employment.model.Employment#getAnnualGain()
	 * @see #getEmployment()
	 * @generated
	 */
	EAttribute getEmployment_AnnualGain();

	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.ReturnCampaign <em>Return Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Return Campaign</em>'.
	 * @see xiaokang.employment.model.ReturnCampaign
	 * @generated
	 */
	EClass getReturnCampaign();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnCampaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.employment.model.ReturnCampaign#getName()
	 * @see #getReturnCampaign()
	 * @generated
	 */
	EAttribute getReturnCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnCampaign#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.employment.model.ReturnCampaign#getYear()
	 * @see #getReturnCampaign()
	 * @generated
	 */
	EAttribute getReturnCampaign_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnCampaign#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see xiaokang.employment.model.ReturnCampaign#getStartDate()
	 * @see #getReturnCampaign()
	 * @generated
	 */
	EAttribute getReturnCampaign_StartDate();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.employment.model.ReturnCampaign#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see xiaokang.employment.model.ReturnCampaign#getEntries()
	 * @see #getReturnCampaign()
	 * @generated
	 */
	EReference getReturnCampaign_Entries();

	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.ReturnEntry <em>Return Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Return Entry</em>'.
	 * @see xiaokang.employment.model.ReturnEntry
	 * @generated
	 */
	EClass getReturnEntry();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.ReturnEntry#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see xiaokang.employment.model.ReturnEntry#getPerson()
	 * @see #getReturnEntry()
	 * @generated
	 */
	EReference getReturnEntry_Person();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see xiaokang.employment.model.ReturnEntry#getStatus()
	 * @see #getReturnEntry()
	 * @generated
	 */
	EAttribute getReturnEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnEntry#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see xiaokang.employment.model.ReturnEntry#getReason()
	 * @see #getReturnEntry()
	 * @generated
	 */
	EAttribute getReturnEntry_Reason();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.employment.model.ReturnEntry#getDate()
	 * @see #getReturnEntry()
	 * @generated
	 */
	EAttribute getReturnEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.ReturnEntry#getHelper <em>Helper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Helper</em>'.
	 * @see xiaokang.employment.model.ReturnEntry#getHelper()
	 * @see #getReturnEntry()
	 * @generated
	 */
	EAttribute getReturnEntry_Helper();

	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.Training <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training</em>'.
	 * @see xiaokang.employment.model.Training
	 * @generated
	 */
	EClass getTraining();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Training#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Course</em>'.
	 * @see xiaokang.employment.model.Training#getCourse()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Course();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Training#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.employment.model.Training#getKind()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Kind();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.Training#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.employment.model.Training#getTownship()
	 * @see #getTraining()
	 * @generated
	 */
	EReference getTraining_Township();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Training#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see xiaokang.employment.model.Training#getStartDate()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Training#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see xiaokang.employment.model.Training#getEndDate()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_EndDate();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.employment.model.Training#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see xiaokang.employment.model.Training#getParticipants()
	 * @see #getTraining()
	 * @generated
	 */
	EReference getTraining_Participants();

	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see xiaokang.employment.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.Participant#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see xiaokang.employment.model.Participant#getPerson()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_Person();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.Participant#isCertified <em>Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certified</em>'.
	 * @see xiaokang.employment.model.Participant#isCertified()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Certified();

	/**
	 * Returns the meta object for class '{@link xiaokang.employment.model.EntrepreneurshipSubsidy <em>Entrepreneurship Subsidy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entrepreneurship Subsidy</em>'.
	 * @see xiaokang.employment.model.EntrepreneurshipSubsidy
	 * @generated
	 */
	EClass getEntrepreneurshipSubsidy();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see xiaokang.employment.model.EntrepreneurshipSubsidy#getPerson()
	 * @see #getEntrepreneurshipSubsidy()
	 * @generated
	 */
	EReference getEntrepreneurshipSubsidy_Person();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getBusiness <em>Business</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business</em>'.
	 * @see xiaokang.employment.model.EntrepreneurshipSubsidy#getBusiness()
	 * @see #getEntrepreneurshipSubsidy()
	 * @generated
	 */
	EAttribute getEntrepreneurshipSubsidy_Business();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.employment.model.EntrepreneurshipSubsidy#getAmount()
	 * @see #getEntrepreneurshipSubsidy()
	 * @generated
	 */
	EAttribute getEntrepreneurshipSubsidy_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.employment.model.EntrepreneurshipSubsidy#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.employment.model.EntrepreneurshipSubsidy#getYear()
	 * @see #getEntrepreneurshipSubsidy()
	 * @generated
	 */
	EAttribute getEntrepreneurshipSubsidy_Year();

	/**
	 * Returns the meta object for enum '{@link xiaokang.employment.model.WorkPlace <em>Work Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Place</em>'.
	 * @see xiaokang.employment.model.WorkPlace
	 * @generated
	 */
	EEnum getWorkPlace();

	/**
	 * Returns the meta object for enum '{@link xiaokang.employment.model.ReturnStatus <em>Return Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Return Status</em>'.
	 * @see xiaokang.employment.model.ReturnStatus
	 * @generated
	 */
	EEnum getReturnStatus();

	/**
	 * Returns the meta object for enum '{@link xiaokang.employment.model.TrainingKind <em>Training Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Kind</em>'.
	 * @see xiaokang.employment.model.TrainingKind
	 * @generated
	 */
	EEnum getTrainingKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EmploymentFactory getEmploymentFactory();

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
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.WorkshopImpl <em>Workshop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.WorkshopImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getWorkshop()
		 * @generated
		 */
		EClass WORKSHOP = eINSTANCE.getWorkshop();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__NAME = eINSTANCE.getWorkshop_Name();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__OPERATOR = eINSTANCE.getWorkshop_Operator();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSHOP__TOWNSHIP = eINSTANCE.getWorkshop_Township();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSHOP__VILLAGE = eINSTANCE.getWorkshop_Village();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__PRODUCTS = eINSTANCE.getWorkshop_Products();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__OPENED = eINSTANCE.getWorkshop_Opened();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__CAPACITY = eINSTANCE.getWorkshop_Capacity();

		/**
		 * The meta object literal for the '<em><b>Workers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__WORKERS = eINSTANCE.getWorkshop_Workers();

		/**
		 * The meta object literal for the '<em><b>Awards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSHOP__AWARDS = eINSTANCE.getWorkshop_Awards();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.EmploymentImpl <em>Employment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.EmploymentImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getEmployment()
		 * @generated
		 */
		EClass EMPLOYMENT = eINSTANCE.getEmployment();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMPLOYMENT__PERSON = eINSTANCE.getEmployment_Person();

		/**
		 * The meta object literal for the '<em><b>Workshop</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMPLOYMENT__WORKSHOP = eINSTANCE.getEmployment_Workshop();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYMENT__EMPLOYER = eINSTANCE.getEmployment_Employer();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYMENT__PLACE = eINSTANCE.getEmployment_Place();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYMENT__STARTED = eINSTANCE.getEmployment_Started();

		/**
		 * The meta object literal for the '<em><b>Ended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYMENT__ENDED = eINSTANCE.getEmployment_Ended();

		/**
		 * The meta object literal for the '<em><b>Monthly Wage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYMENT__MONTHLY_WAGE = eINSTANCE.getEmployment_MonthlyWage();

		/**
		 * The meta object literal for the '<em><b>Annual Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYMENT__ANNUAL_GAIN = eINSTANCE.getEmployment_AnnualGain();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.ReturnCampaignImpl <em>Return Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.ReturnCampaignImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getReturnCampaign()
		 * @generated
		 */
		EClass RETURN_CAMPAIGN = eINSTANCE.getReturnCampaign();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_CAMPAIGN__NAME = eINSTANCE.getReturnCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_CAMPAIGN__YEAR = eINSTANCE.getReturnCampaign_Year();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_CAMPAIGN__START_DATE = eINSTANCE.getReturnCampaign_StartDate();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURN_CAMPAIGN__ENTRIES = eINSTANCE.getReturnCampaign_Entries();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.ReturnEntryImpl <em>Return Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.ReturnEntryImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getReturnEntry()
		 * @generated
		 */
		EClass RETURN_ENTRY = eINSTANCE.getReturnEntry();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURN_ENTRY__PERSON = eINSTANCE.getReturnEntry_Person();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_ENTRY__STATUS = eINSTANCE.getReturnEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_ENTRY__REASON = eINSTANCE.getReturnEntry_Reason();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_ENTRY__DATE = eINSTANCE.getReturnEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Helper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_ENTRY__HELPER = eINSTANCE.getReturnEntry_Helper();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.TrainingImpl <em>Training</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.TrainingImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getTraining()
		 * @generated
		 */
		EClass TRAINING = eINSTANCE.getTraining();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__COURSE = eINSTANCE.getTraining_Course();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__KIND = eINSTANCE.getTraining_Kind();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING__TOWNSHIP = eINSTANCE.getTraining_Township();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__START_DATE = eINSTANCE.getTraining_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__END_DATE = eINSTANCE.getTraining_EndDate();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING__PARTICIPANTS = eINSTANCE.getTraining_Participants();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.ParticipantImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__PERSON = eINSTANCE.getParticipant_Person();

		/**
		 * The meta object literal for the '<em><b>Certified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__CERTIFIED = eINSTANCE.getParticipant_Certified();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl <em>Entrepreneurship Subsidy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getEntrepreneurshipSubsidy()
		 * @generated
		 */
		EClass ENTREPRENEURSHIP_SUBSIDY = eINSTANCE.getEntrepreneurshipSubsidy();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTREPRENEURSHIP_SUBSIDY__PERSON = eINSTANCE.getEntrepreneurshipSubsidy_Person();

		/**
		 * The meta object literal for the '<em><b>Business</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTREPRENEURSHIP_SUBSIDY__BUSINESS = eINSTANCE.getEntrepreneurshipSubsidy_Business();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTREPRENEURSHIP_SUBSIDY__AMOUNT = eINSTANCE.getEntrepreneurshipSubsidy_Amount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTREPRENEURSHIP_SUBSIDY__YEAR = eINSTANCE.getEntrepreneurshipSubsidy_Year();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.WorkPlace <em>Work Place</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.WorkPlace
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getWorkPlace()
		 * @generated
		 */
		EEnum WORK_PLACE = eINSTANCE.getWorkPlace();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.ReturnStatus <em>Return Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.ReturnStatus
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getReturnStatus()
		 * @generated
		 */
		EEnum RETURN_STATUS = eINSTANCE.getReturnStatus();

		/**
		 * The meta object literal for the '{@link xiaokang.employment.model.TrainingKind <em>Training Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.employment.model.TrainingKind
		 * @see xiaokang.employment.model.impl.EmploymentPackageImpl#getTrainingKind()
		 * @generated
		 */
		EEnum TRAINING_KIND = eINSTANCE.getTrainingKind();

	}

} //EmploymentPackage
