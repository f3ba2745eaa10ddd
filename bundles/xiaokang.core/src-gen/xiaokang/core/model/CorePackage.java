/**
 */
package xiaokang.core.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * The county's registry: places, households, people, the six checks and who answers for whom.
 * <!-- end-model-doc -->
 * @see xiaokang.core.model.CoreFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='2'"
 * @generated
 */
public interface CorePackage extends EPackage {
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
	String eNS_URI = "http://xiaokang/core/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "core";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorePackage eINSTANCE = xiaokang.core.model.impl.CorePackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.CityImpl <em>City</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.CityImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getCity()
	 * @generated
	 */
	int CITY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Townships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY__TOWNSHIPS = 2;

	/**
	 * The feature id for the '<em><b>Leaders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY__LEADERS = 3;

	/**
	 * The feature id for the '<em><b>Work Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY__WORK_UNITS = 4;

	/**
	 * The number of structural features of the '<em>City</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>City</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.TownshipImpl <em>Township</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.TownshipImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getTownship()
	 * @generated
	 */
	int TOWNSHIP = 1;

	/**
	 * The feature id for the '<em><b>City</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP__CITY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP__NAME = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP__KIND = 3;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP__LEADER = 4;

	/**
	 * The feature id for the '<em><b>Villages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP__VILLAGES = 5;

	/**
	 * The number of structural features of the '<em>Township</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Township</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWNSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.VillageImpl <em>Village</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.VillageImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getVillage()
	 * @generated
	 */
	int VILLAGE = 2;

	/**
	 * The feature id for the '<em><b>Township</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__TOWNSHIP = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Poor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__POOR = 3;

	/**
	 * The feature id for the '<em><b>Year Exited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__YEAR_EXITED = 4;

	/**
	 * The feature id for the '<em><b>Support Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__SUPPORT_UNIT = 5;

	/**
	 * The feature id for the '<em><b>Work Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__WORK_TEAM = 6;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__GROUPS = 7;

	/**
	 * The feature id for the '<em><b>Households</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE__HOUSEHOLDS = 8;

	/**
	 * The number of structural features of the '<em>Village</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Village</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.VillageGroupImpl <em>Village Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.VillageGroupImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getVillageGroup()
	 * @generated
	 */
	int VILLAGE_GROUP = 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE_GROUP__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE_GROUP__NAME = 1;

	/**
	 * The number of structural features of the '<em>Village Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Village Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VILLAGE_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.HouseholdImpl <em>Household</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.HouseholdImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getHousehold()
	 * @generated
	 */
	int HOUSEHOLD = 4;

	/**
	 * The feature id for the '<em><b>Village</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__VILLAGE = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Village Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__VILLAGE_GROUP = 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__PHONE = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__REGISTERED = 6;

	/**
	 * The feature id for the '<em><b>Year Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__YEAR_REGISTERED = 7;

	/**
	 * The feature id for the '<em><b>Year Lifted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__YEAR_LIFTED = 8;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__CAUSES = 9;

	/**
	 * The feature id for the '<em><b>Cadre</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__CADRE = 10;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__MEMBERS = 11;

	/**
	 * The feature id for the '<em><b>Incomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__INCOMES = 12;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ASSESSMENTS = 13;

	/**
	 * The feature id for the '<em><b>Assistance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ASSISTANCE = 14;

	/**
	 * The number of structural features of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.AnnualIncomeImpl <em>Annual Income</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.AnnualIncomeImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getAnnualIncome()
	 * @generated
	 */
	int ANNUAL_INCOME = 5;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_INCOME__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Per Capita Net Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_INCOME__PER_CAPITA_NET_INCOME = 1;

	/**
	 * The number of structural features of the '<em>Annual Income</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_INCOME_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Annual Income</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_INCOME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.PersonImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 6;

	/**
	 * The feature id for the '<em><b>Household</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 1;

	/**
	 * The feature id for the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__GENDER = 3;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__BIRTH_DATE = 4;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__RELATION = 5;

	/**
	 * The feature id for the '<em><b>Ethnicity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ETHNICITY = 6;

	/**
	 * The feature id for the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EDUCATION = 7;

	/**
	 * The feature id for the '<em><b>In School</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__IN_SCHOOL = 8;

	/**
	 * The feature id for the '<em><b>School Exempt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SCHOOL_EXEMPT = 9;

	/**
	 * The feature id for the '<em><b>Health</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HEALTH = 10;

	/**
	 * The feature id for the '<em><b>Disability Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DISABILITY_GRADE = 11;

	/**
	 * The feature id for the '<em><b>Labour Ability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LABOUR_ABILITY = 12;

	/**
	 * The feature id for the '<em><b>Medical Insurance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MEDICAL_INSURANCE = 13;

	/**
	 * The feature id for the '<em><b>Pension Insurance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PENSION_INSURANCE = 14;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.AssessmentImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 7;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSOR = 1;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESULTS = 2;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.CheckResultImpl <em>Check Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.CheckResultImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getCheckResult()
	 * @generated
	 */
	int CHECK_RESULT = 8;

	/**
	 * The feature id for the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__CHECK = 0;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__PASSED = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Check Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Check Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.AssistanceMeasureImpl <em>Assistance Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.AssistanceMeasureImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getAssistanceMeasure()
	 * @generated
	 */
	int ASSISTANCE_MEASURE = 9;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSISTANCE_MEASURE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSISTANCE_MEASURE__DATE = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSISTANCE_MEASURE__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSISTANCE_MEASURE__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Assistance Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSISTANCE_MEASURE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Assistance Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSISTANCE_MEASURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.CityLeaderImpl <em>City Leader</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.CityLeaderImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getCityLeader()
	 * @generated
	 */
	int CITY_LEADER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY_LEADER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY_LEADER__TITLE = 1;

	/**
	 * The number of structural features of the '<em>City Leader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY_LEADER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>City Leader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITY_LEADER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.WorkUnitImpl <em>Work Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.WorkUnitImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getWorkUnit()
	 * @generated
	 */
	int WORK_UNIT = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_UNIT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Cadres</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_UNIT__CADRES = 1;

	/**
	 * The number of structural features of the '<em>Work Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_UNIT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Work Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.CadreImpl <em>Cadre</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.CadreImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getCadre()
	 * @generated
	 */
	int CADRE = 12;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE__UNIT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE__PHONE = 2;

	/**
	 * The number of structural features of the '<em>Cadre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cadre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CADRE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.impl.WorkTeamImpl <em>Work Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.impl.WorkTeamImpl
	 * @see xiaokang.core.model.impl.CorePackageImpl#getWorkTeam()
	 * @generated
	 */
	int WORK_TEAM = 13;

	/**
	 * The feature id for the '<em><b>Leader Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_TEAM__LEADER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_TEAM__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_TEAM__UNIT = 2;

	/**
	 * The number of structural features of the '<em>Work Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_TEAM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Work Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_TEAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.TownshipKind <em>Township Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.TownshipKind
	 * @see xiaokang.core.model.impl.CorePackageImpl#getTownshipKind()
	 * @generated
	 */
	int TOWNSHIP_KIND = 14;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.HouseholdStatus <em>Household Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.HouseholdStatus
	 * @see xiaokang.core.model.impl.CorePackageImpl#getHouseholdStatus()
	 * @generated
	 */
	int HOUSEHOLD_STATUS = 15;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.PovertyCause <em>Poverty Cause</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.PovertyCause
	 * @see xiaokang.core.model.impl.CorePackageImpl#getPovertyCause()
	 * @generated
	 */
	int POVERTY_CAUSE = 16;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.Gender
	 * @see xiaokang.core.model.impl.CorePackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 17;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.Relation <em>Relation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.Relation
	 * @see xiaokang.core.model.impl.CorePackageImpl#getRelation()
	 * @generated
	 */
	int RELATION = 18;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.Education <em>Education</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.Education
	 * @see xiaokang.core.model.impl.CorePackageImpl#getEducation()
	 * @generated
	 */
	int EDUCATION = 19;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.Health <em>Health</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.Health
	 * @see xiaokang.core.model.impl.CorePackageImpl#getHealth()
	 * @generated
	 */
	int HEALTH = 20;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.LabourAbility <em>Labour Ability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.LabourAbility
	 * @see xiaokang.core.model.impl.CorePackageImpl#getLabourAbility()
	 * @generated
	 */
	int LABOUR_ABILITY = 21;

	/**
	 * The meta object id for the '{@link xiaokang.core.model.Check <em>Check</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.core.model.Check
	 * @see xiaokang.core.model.impl.CorePackageImpl#getCheck()
	 * @generated
	 */
	int CHECK = 22;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see xiaokang.core.model.impl.CorePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 23;


	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.City <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>City</em>'.
	 * @see xiaokang.core.model.City
	 * @generated
	 */
	EClass getCity();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.City#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see xiaokang.core.model.City#getCode()
	 * @see #getCity()
	 * @generated
	 */
	EAttribute getCity_Code();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.City#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.City#getName()
	 * @see #getCity()
	 * @generated
	 */
	EAttribute getCity_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.City#getTownships <em>Townships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Townships</em>'.
	 * @see xiaokang.core.model.City#getTownships()
	 * @see #getCity()
	 * @generated
	 */
	EReference getCity_Townships();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.City#getLeaders <em>Leaders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Leaders</em>'.
	 * @see xiaokang.core.model.City#getLeaders()
	 * @see #getCity()
	 * @generated
	 */
	EReference getCity_Leaders();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.City#getWorkUnits <em>Work Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Units</em>'.
	 * @see xiaokang.core.model.City#getWorkUnits()
	 * @see #getCity()
	 * @generated
	 */
	EReference getCity_WorkUnits();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.Township <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Township</em>'.
	 * @see xiaokang.core.model.Township
	 * @generated
	 */
	EClass getTownship();

	/**
	 * Returns the meta object for the container reference '{@link xiaokang.core.model.Township#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>City</em>'.
	 * @see xiaokang.core.model.Township#getCity()
	 * @see #getTownship()
	 * @generated
	 */
	EReference getTownship_City();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Township#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see xiaokang.core.model.Township#getCode()
	 * @see #getTownship()
	 * @generated
	 */
	EAttribute getTownship_Code();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Township#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.Township#getName()
	 * @see #getTownship()
	 * @generated
	 */
	EAttribute getTownship_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Township#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.core.model.Township#getKind()
	 * @see #getTownship()
	 * @generated
	 */
	EAttribute getTownship_Kind();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.core.model.Township#getLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Leader</em>'.
	 * @see xiaokang.core.model.Township#getLeader()
	 * @see #getTownship()
	 * @generated
	 */
	EReference getTownship_Leader();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Township#getVillages <em>Villages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Villages</em>'.
	 * @see xiaokang.core.model.Township#getVillages()
	 * @see #getTownship()
	 * @generated
	 */
	EReference getTownship_Villages();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.Village <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Village</em>'.
	 * @see xiaokang.core.model.Village
	 * @generated
	 */
	EClass getVillage();

	/**
	 * Returns the meta object for the container reference '{@link xiaokang.core.model.Village#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Township</em>'.
	 * @see xiaokang.core.model.Village#getTownship()
	 * @see #getVillage()
	 * @generated
	 */
	EReference getVillage_Township();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Village#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see xiaokang.core.model.Village#getCode()
	 * @see #getVillage()
	 * @generated
	 */
	EAttribute getVillage_Code();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Village#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.Village#getName()
	 * @see #getVillage()
	 * @generated
	 */
	EAttribute getVillage_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Village#isPoor <em>Poor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Poor</em>'.
	 * @see xiaokang.core.model.Village#isPoor()
	 * @see #getVillage()
	 * @generated
	 */
	EAttribute getVillage_Poor();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Village#getYearExited <em>Year Exited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Exited</em>'.
	 * @see xiaokang.core.model.Village#getYearExited()
	 * @see #getVillage()
	 * @generated
	 */
	EAttribute getVillage_YearExited();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.core.model.Village#getSupportUnit <em>Support Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Support Unit</em>'.
	 * @see xiaokang.core.model.Village#getSupportUnit()
	 * @see #getVillage()
	 * @generated
	 */
	EReference getVillage_SupportUnit();

	/**
	 * Returns the meta object for the containment reference '{@link xiaokang.core.model.Village#getWorkTeam <em>Work Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Work Team</em>'.
	 * @see xiaokang.core.model.Village#getWorkTeam()
	 * @see #getVillage()
	 * @generated
	 */
	EReference getVillage_WorkTeam();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Village#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see xiaokang.core.model.Village#getGroups()
	 * @see #getVillage()
	 * @generated
	 */
	EReference getVillage_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Village#getHouseholds <em>Households</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Households</em>'.
	 * @see xiaokang.core.model.Village#getHouseholds()
	 * @see #getVillage()
	 * @generated
	 */
	EReference getVillage_Households();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.VillageGroup <em>Village Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Village Group</em>'.
	 * @see xiaokang.core.model.VillageGroup
	 * @generated
	 */
	EClass getVillageGroup();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.VillageGroup#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see xiaokang.core.model.VillageGroup#getNumber()
	 * @see #getVillageGroup()
	 * @generated
	 */
	EAttribute getVillageGroup_Number();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.VillageGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.VillageGroup#getName()
	 * @see #getVillageGroup()
	 * @generated
	 */
	EAttribute getVillageGroup_Name();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.Household <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Household</em>'.
	 * @see xiaokang.core.model.Household
	 * @generated
	 */
	EClass getHousehold();

	/**
	 * Returns the meta object for the container reference '{@link xiaokang.core.model.Household#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Village</em>'.
	 * @see xiaokang.core.model.Household#getVillage()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see xiaokang.core.model.Household#getNumber()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Number();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see xiaokang.core.model.Household#getAddress()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Address();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.core.model.Household#getVillageGroup <em>Village Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village Group</em>'.
	 * @see xiaokang.core.model.Household#getVillageGroup()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_VillageGroup();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see xiaokang.core.model.Household#getPhone()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Phone();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see xiaokang.core.model.Household#getStatus()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Status();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#isRegistered <em>Registered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered</em>'.
	 * @see xiaokang.core.model.Household#isRegistered()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Registered();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#getYearRegistered <em>Year Registered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Registered</em>'.
	 * @see xiaokang.core.model.Household#getYearRegistered()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_YearRegistered();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Household#getYearLifted <em>Year Lifted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Lifted</em>'.
	 * @see xiaokang.core.model.Household#getYearLifted()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_YearLifted();

	/**
	 * Returns the meta object for the attribute list '{@link xiaokang.core.model.Household#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Causes</em>'.
	 * @see xiaokang.core.model.Household#getCauses()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Causes();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.core.model.Household#getCadre <em>Cadre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cadre</em>'.
	 * @see xiaokang.core.model.Household#getCadre()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Cadre();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see xiaokang.core.model.Household#getMembers()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Household#getIncomes <em>Incomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Incomes</em>'.
	 * @see xiaokang.core.model.Household#getIncomes()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Incomes();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Household#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see xiaokang.core.model.Household#getAssessments()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Household#getAssistance <em>Assistance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assistance</em>'.
	 * @see xiaokang.core.model.Household#getAssistance()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Assistance();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.AnnualIncome <em>Annual Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annual Income</em>'.
	 * @see xiaokang.core.model.AnnualIncome
	 * @generated
	 */
	EClass getAnnualIncome();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.AnnualIncome#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.core.model.AnnualIncome#getYear()
	 * @see #getAnnualIncome()
	 * @generated
	 */
	EAttribute getAnnualIncome_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.AnnualIncome#getPerCapitaNetIncome <em>Per Capita Net Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Capita Net Income</em>'.
	 * @see xiaokang.core.model.AnnualIncome#getPerCapitaNetIncome()
	 * @see #getAnnualIncome()
	 * @generated
	 */
	EAttribute getAnnualIncome_PerCapitaNetIncome();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see xiaokang.core.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the container reference '{@link xiaokang.core.model.Person#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Household</em>'.
	 * @see xiaokang.core.model.Person#getHousehold()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getIdNumber <em>Id Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Number</em>'.
	 * @see xiaokang.core.model.Person#getIdNumber()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_IdNumber();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see xiaokang.core.model.Person#getGender()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Gender();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see xiaokang.core.model.Person#getBirthDate()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see xiaokang.core.model.Person#getRelation()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Relation();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getEthnicity <em>Ethnicity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ethnicity</em>'.
	 * @see xiaokang.core.model.Person#getEthnicity()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Ethnicity();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getEducation <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Education</em>'.
	 * @see xiaokang.core.model.Person#getEducation()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Education();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#isInSchool <em>In School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In School</em>'.
	 * @see xiaokang.core.model.Person#isInSchool()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_InSchool();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#isSchoolExempt <em>School Exempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>School Exempt</em>'.
	 * @see xiaokang.core.model.Person#isSchoolExempt()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_SchoolExempt();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getHealth <em>Health</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Health</em>'.
	 * @see xiaokang.core.model.Person#getHealth()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Health();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getDisabilityGrade <em>Disability Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disability Grade</em>'.
	 * @see xiaokang.core.model.Person#getDisabilityGrade()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_DisabilityGrade();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#getLabourAbility <em>Labour Ability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labour Ability</em>'.
	 * @see xiaokang.core.model.Person#getLabourAbility()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_LabourAbility();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#isMedicalInsurance <em>Medical Insurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medical Insurance</em>'.
	 * @see xiaokang.core.model.Person#isMedicalInsurance()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_MedicalInsurance();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Person#isPensionInsurance <em>Pension Insurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pension Insurance</em>'.
	 * @see xiaokang.core.model.Person#isPensionInsurance()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_PensionInsurance();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see xiaokang.core.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Assessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.core.model.Assessment#getDate()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Assessment#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor</em>'.
	 * @see xiaokang.core.model.Assessment#getAssessor()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Assessor();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.Assessment#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see xiaokang.core.model.Assessment#getResults()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Results();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.CheckResult <em>Check Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Check Result</em>'.
	 * @see xiaokang.core.model.CheckResult
	 * @generated
	 */
	EClass getCheckResult();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.CheckResult#getCheck <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check</em>'.
	 * @see xiaokang.core.model.CheckResult#getCheck()
	 * @see #getCheckResult()
	 * @generated
	 */
	EAttribute getCheckResult_Check();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.CheckResult#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see xiaokang.core.model.CheckResult#isPassed()
	 * @see #getCheckResult()
	 * @generated
	 */
	EAttribute getCheckResult_Passed();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.CheckResult#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.core.model.CheckResult#getNote()
	 * @see #getCheckResult()
	 * @generated
	 */
	EAttribute getCheckResult_Note();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.AssistanceMeasure <em>Assistance Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assistance Measure</em>'.
	 * @see xiaokang.core.model.AssistanceMeasure
	 * @generated
	 */
	EClass getAssistanceMeasure();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.AssistanceMeasure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.core.model.AssistanceMeasure#getKind()
	 * @see #getAssistanceMeasure()
	 * @generated
	 */
	EAttribute getAssistanceMeasure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.AssistanceMeasure#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.core.model.AssistanceMeasure#getDate()
	 * @see #getAssistanceMeasure()
	 * @generated
	 */
	EAttribute getAssistanceMeasure_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.AssistanceMeasure#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.core.model.AssistanceMeasure#getAmount()
	 * @see #getAssistanceMeasure()
	 * @generated
	 */
	EAttribute getAssistanceMeasure_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.AssistanceMeasure#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.core.model.AssistanceMeasure#getNote()
	 * @see #getAssistanceMeasure()
	 * @generated
	 */
	EAttribute getAssistanceMeasure_Note();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.CityLeader <em>City Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>City Leader</em>'.
	 * @see xiaokang.core.model.CityLeader
	 * @generated
	 */
	EClass getCityLeader();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.CityLeader#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.CityLeader#getName()
	 * @see #getCityLeader()
	 * @generated
	 */
	EAttribute getCityLeader_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.CityLeader#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see xiaokang.core.model.CityLeader#getTitle()
	 * @see #getCityLeader()
	 * @generated
	 */
	EAttribute getCityLeader_Title();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.WorkUnit <em>Work Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Unit</em>'.
	 * @see xiaokang.core.model.WorkUnit
	 * @generated
	 */
	EClass getWorkUnit();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.WorkUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.WorkUnit#getName()
	 * @see #getWorkUnit()
	 * @generated
	 */
	EAttribute getWorkUnit_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.core.model.WorkUnit#getCadres <em>Cadres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cadres</em>'.
	 * @see xiaokang.core.model.WorkUnit#getCadres()
	 * @see #getWorkUnit()
	 * @generated
	 */
	EReference getWorkUnit_Cadres();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.Cadre <em>Cadre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cadre</em>'.
	 * @see xiaokang.core.model.Cadre
	 * @generated
	 */
	EClass getCadre();

	/**
	 * Returns the meta object for the container reference '{@link xiaokang.core.model.Cadre#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Unit</em>'.
	 * @see xiaokang.core.model.Cadre#getUnit()
	 * @see #getCadre()
	 * @generated
	 */
	EReference getCadre_Unit();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Cadre#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.core.model.Cadre#getName()
	 * @see #getCadre()
	 * @generated
	 */
	EAttribute getCadre_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.Cadre#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see xiaokang.core.model.Cadre#getPhone()
	 * @see #getCadre()
	 * @generated
	 */
	EAttribute getCadre_Phone();

	/**
	 * Returns the meta object for class '{@link xiaokang.core.model.WorkTeam <em>Work Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Team</em>'.
	 * @see xiaokang.core.model.WorkTeam
	 * @generated
	 */
	EClass getWorkTeam();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.WorkTeam#getLeaderName <em>Leader Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leader Name</em>'.
	 * @see xiaokang.core.model.WorkTeam#getLeaderName()
	 * @see #getWorkTeam()
	 * @generated
	 */
	EAttribute getWorkTeam_LeaderName();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.core.model.WorkTeam#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see xiaokang.core.model.WorkTeam#getSize()
	 * @see #getWorkTeam()
	 * @generated
	 */
	EAttribute getWorkTeam_Size();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.core.model.WorkTeam#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see xiaokang.core.model.WorkTeam#getUnit()
	 * @see #getWorkTeam()
	 * @generated
	 */
	EReference getWorkTeam_Unit();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.TownshipKind <em>Township Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Township Kind</em>'.
	 * @see xiaokang.core.model.TownshipKind
	 * @generated
	 */
	EEnum getTownshipKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.HouseholdStatus <em>Household Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Household Status</em>'.
	 * @see xiaokang.core.model.HouseholdStatus
	 * @generated
	 */
	EEnum getHouseholdStatus();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.PovertyCause <em>Poverty Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Poverty Cause</em>'.
	 * @see xiaokang.core.model.PovertyCause
	 * @generated
	 */
	EEnum getPovertyCause();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see xiaokang.core.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.Relation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation</em>'.
	 * @see xiaokang.core.model.Relation
	 * @generated
	 */
	EEnum getRelation();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.Education <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Education</em>'.
	 * @see xiaokang.core.model.Education
	 * @generated
	 */
	EEnum getEducation();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.Health <em>Health</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Health</em>'.
	 * @see xiaokang.core.model.Health
	 * @generated
	 */
	EEnum getHealth();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.LabourAbility <em>Labour Ability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Labour Ability</em>'.
	 * @see xiaokang.core.model.LabourAbility
	 * @generated
	 */
	EEnum getLabourAbility();

	/**
	 * Returns the meta object for enum '{@link xiaokang.core.model.Check <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check</em>'.
	 * @see xiaokang.core.model.Check
	 * @generated
	 */
	EEnum getCheck();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null ? null : java.time.LocalDate.parse(it);' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoreFactory getCoreFactory();

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
		 * The meta object literal for the '{@link xiaokang.core.model.impl.CityImpl <em>City</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.CityImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getCity()
		 * @generated
		 */
		EClass CITY = eINSTANCE.getCity();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITY__CODE = eINSTANCE.getCity_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITY__NAME = eINSTANCE.getCity_Name();

		/**
		 * The meta object literal for the '<em><b>Townships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITY__TOWNSHIPS = eINSTANCE.getCity_Townships();

		/**
		 * The meta object literal for the '<em><b>Leaders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITY__LEADERS = eINSTANCE.getCity_Leaders();

		/**
		 * The meta object literal for the '<em><b>Work Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITY__WORK_UNITS = eINSTANCE.getCity_WorkUnits();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.TownshipImpl <em>Township</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.TownshipImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getTownship()
		 * @generated
		 */
		EClass TOWNSHIP = eINSTANCE.getTownship();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOWNSHIP__CITY = eINSTANCE.getTownship_City();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOWNSHIP__CODE = eINSTANCE.getTownship_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOWNSHIP__NAME = eINSTANCE.getTownship_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOWNSHIP__KIND = eINSTANCE.getTownship_Kind();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOWNSHIP__LEADER = eINSTANCE.getTownship_Leader();

		/**
		 * The meta object literal for the '<em><b>Villages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOWNSHIP__VILLAGES = eINSTANCE.getTownship_Villages();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.VillageImpl <em>Village</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.VillageImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getVillage()
		 * @generated
		 */
		EClass VILLAGE = eINSTANCE.getVillage();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VILLAGE__TOWNSHIP = eINSTANCE.getVillage_Township();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VILLAGE__CODE = eINSTANCE.getVillage_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VILLAGE__NAME = eINSTANCE.getVillage_Name();

		/**
		 * The meta object literal for the '<em><b>Poor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VILLAGE__POOR = eINSTANCE.getVillage_Poor();

		/**
		 * The meta object literal for the '<em><b>Year Exited</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VILLAGE__YEAR_EXITED = eINSTANCE.getVillage_YearExited();

		/**
		 * The meta object literal for the '<em><b>Support Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VILLAGE__SUPPORT_UNIT = eINSTANCE.getVillage_SupportUnit();

		/**
		 * The meta object literal for the '<em><b>Work Team</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VILLAGE__WORK_TEAM = eINSTANCE.getVillage_WorkTeam();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VILLAGE__GROUPS = eINSTANCE.getVillage_Groups();

		/**
		 * The meta object literal for the '<em><b>Households</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VILLAGE__HOUSEHOLDS = eINSTANCE.getVillage_Households();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.VillageGroupImpl <em>Village Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.VillageGroupImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getVillageGroup()
		 * @generated
		 */
		EClass VILLAGE_GROUP = eINSTANCE.getVillageGroup();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VILLAGE_GROUP__NUMBER = eINSTANCE.getVillageGroup_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VILLAGE_GROUP__NAME = eINSTANCE.getVillageGroup_Name();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.HouseholdImpl <em>Household</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.HouseholdImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getHousehold()
		 * @generated
		 */
		EClass HOUSEHOLD = eINSTANCE.getHousehold();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__VILLAGE = eINSTANCE.getHousehold_Village();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__NUMBER = eINSTANCE.getHousehold_Number();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__ADDRESS = eINSTANCE.getHousehold_Address();

		/**
		 * The meta object literal for the '<em><b>Village Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__VILLAGE_GROUP = eINSTANCE.getHousehold_VillageGroup();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__PHONE = eINSTANCE.getHousehold_Phone();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__STATUS = eINSTANCE.getHousehold_Status();

		/**
		 * The meta object literal for the '<em><b>Registered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__REGISTERED = eINSTANCE.getHousehold_Registered();

		/**
		 * The meta object literal for the '<em><b>Year Registered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__YEAR_REGISTERED = eINSTANCE.getHousehold_YearRegistered();

		/**
		 * The meta object literal for the '<em><b>Year Lifted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__YEAR_LIFTED = eINSTANCE.getHousehold_YearLifted();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__CAUSES = eINSTANCE.getHousehold_Causes();

		/**
		 * The meta object literal for the '<em><b>Cadre</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__CADRE = eINSTANCE.getHousehold_Cadre();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__MEMBERS = eINSTANCE.getHousehold_Members();

		/**
		 * The meta object literal for the '<em><b>Incomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__INCOMES = eINSTANCE.getHousehold_Incomes();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__ASSESSMENTS = eINSTANCE.getHousehold_Assessments();

		/**
		 * The meta object literal for the '<em><b>Assistance</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__ASSISTANCE = eINSTANCE.getHousehold_Assistance();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.AnnualIncomeImpl <em>Annual Income</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.AnnualIncomeImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getAnnualIncome()
		 * @generated
		 */
		EClass ANNUAL_INCOME = eINSTANCE.getAnnualIncome();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNUAL_INCOME__YEAR = eINSTANCE.getAnnualIncome_Year();

		/**
		 * The meta object literal for the '<em><b>Per Capita Net Income</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNUAL_INCOME__PER_CAPITA_NET_INCOME = eINSTANCE.getAnnualIncome_PerCapitaNetIncome();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.PersonImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__HOUSEHOLD = eINSTANCE.getPerson_Household();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Id Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ID_NUMBER = eINSTANCE.getPerson_IdNumber();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__GENDER = eINSTANCE.getPerson_Gender();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__BIRTH_DATE = eINSTANCE.getPerson_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__RELATION = eINSTANCE.getPerson_Relation();

		/**
		 * The meta object literal for the '<em><b>Ethnicity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ETHNICITY = eINSTANCE.getPerson_Ethnicity();

		/**
		 * The meta object literal for the '<em><b>Education</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EDUCATION = eINSTANCE.getPerson_Education();

		/**
		 * The meta object literal for the '<em><b>In School</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__IN_SCHOOL = eINSTANCE.getPerson_InSchool();

		/**
		 * The meta object literal for the '<em><b>School Exempt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__SCHOOL_EXEMPT = eINSTANCE.getPerson_SchoolExempt();

		/**
		 * The meta object literal for the '<em><b>Health</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__HEALTH = eINSTANCE.getPerson_Health();

		/**
		 * The meta object literal for the '<em><b>Disability Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__DISABILITY_GRADE = eINSTANCE.getPerson_DisabilityGrade();

		/**
		 * The meta object literal for the '<em><b>Labour Ability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LABOUR_ABILITY = eINSTANCE.getPerson_LabourAbility();

		/**
		 * The meta object literal for the '<em><b>Medical Insurance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__MEDICAL_INSURANCE = eINSTANCE.getPerson_MedicalInsurance();

		/**
		 * The meta object literal for the '<em><b>Pension Insurance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PENSION_INSURANCE = eINSTANCE.getPerson_PensionInsurance();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.AssessmentImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DATE = eINSTANCE.getAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ASSESSOR = eINSTANCE.getAssessment_Assessor();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__RESULTS = eINSTANCE.getAssessment_Results();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.CheckResultImpl <em>Check Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.CheckResultImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getCheckResult()
		 * @generated
		 */
		EClass CHECK_RESULT = eINSTANCE.getCheckResult();

		/**
		 * The meta object literal for the '<em><b>Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RESULT__CHECK = eINSTANCE.getCheckResult_Check();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RESULT__PASSED = eINSTANCE.getCheckResult_Passed();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RESULT__NOTE = eINSTANCE.getCheckResult_Note();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.AssistanceMeasureImpl <em>Assistance Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.AssistanceMeasureImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getAssistanceMeasure()
		 * @generated
		 */
		EClass ASSISTANCE_MEASURE = eINSTANCE.getAssistanceMeasure();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSISTANCE_MEASURE__KIND = eINSTANCE.getAssistanceMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSISTANCE_MEASURE__DATE = eINSTANCE.getAssistanceMeasure_Date();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSISTANCE_MEASURE__AMOUNT = eINSTANCE.getAssistanceMeasure_Amount();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSISTANCE_MEASURE__NOTE = eINSTANCE.getAssistanceMeasure_Note();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.CityLeaderImpl <em>City Leader</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.CityLeaderImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getCityLeader()
		 * @generated
		 */
		EClass CITY_LEADER = eINSTANCE.getCityLeader();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITY_LEADER__NAME = eINSTANCE.getCityLeader_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITY_LEADER__TITLE = eINSTANCE.getCityLeader_Title();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.WorkUnitImpl <em>Work Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.WorkUnitImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getWorkUnit()
		 * @generated
		 */
		EClass WORK_UNIT = eINSTANCE.getWorkUnit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_UNIT__NAME = eINSTANCE.getWorkUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Cadres</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_UNIT__CADRES = eINSTANCE.getWorkUnit_Cadres();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.CadreImpl <em>Cadre</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.CadreImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getCadre()
		 * @generated
		 */
		EClass CADRE = eINSTANCE.getCadre();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CADRE__UNIT = eINSTANCE.getCadre_Unit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CADRE__NAME = eINSTANCE.getCadre_Name();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CADRE__PHONE = eINSTANCE.getCadre_Phone();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.impl.WorkTeamImpl <em>Work Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.impl.WorkTeamImpl
		 * @see xiaokang.core.model.impl.CorePackageImpl#getWorkTeam()
		 * @generated
		 */
		EClass WORK_TEAM = eINSTANCE.getWorkTeam();

		/**
		 * The meta object literal for the '<em><b>Leader Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_TEAM__LEADER_NAME = eINSTANCE.getWorkTeam_LeaderName();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_TEAM__SIZE = eINSTANCE.getWorkTeam_Size();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_TEAM__UNIT = eINSTANCE.getWorkTeam_Unit();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.TownshipKind <em>Township Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.TownshipKind
		 * @see xiaokang.core.model.impl.CorePackageImpl#getTownshipKind()
		 * @generated
		 */
		EEnum TOWNSHIP_KIND = eINSTANCE.getTownshipKind();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.HouseholdStatus <em>Household Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.HouseholdStatus
		 * @see xiaokang.core.model.impl.CorePackageImpl#getHouseholdStatus()
		 * @generated
		 */
		EEnum HOUSEHOLD_STATUS = eINSTANCE.getHouseholdStatus();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.PovertyCause <em>Poverty Cause</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.PovertyCause
		 * @see xiaokang.core.model.impl.CorePackageImpl#getPovertyCause()
		 * @generated
		 */
		EEnum POVERTY_CAUSE = eINSTANCE.getPovertyCause();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.Gender
		 * @see xiaokang.core.model.impl.CorePackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.Relation <em>Relation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.Relation
		 * @see xiaokang.core.model.impl.CorePackageImpl#getRelation()
		 * @generated
		 */
		EEnum RELATION = eINSTANCE.getRelation();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.Education <em>Education</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.Education
		 * @see xiaokang.core.model.impl.CorePackageImpl#getEducation()
		 * @generated
		 */
		EEnum EDUCATION = eINSTANCE.getEducation();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.Health <em>Health</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.Health
		 * @see xiaokang.core.model.impl.CorePackageImpl#getHealth()
		 * @generated
		 */
		EEnum HEALTH = eINSTANCE.getHealth();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.LabourAbility <em>Labour Ability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.LabourAbility
		 * @see xiaokang.core.model.impl.CorePackageImpl#getLabourAbility()
		 * @generated
		 */
		EEnum LABOUR_ABILITY = eINSTANCE.getLabourAbility();

		/**
		 * The meta object literal for the '{@link xiaokang.core.model.Check <em>Check</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.core.model.Check
		 * @see xiaokang.core.model.impl.CorePackageImpl#getCheck()
		 * @generated
		 */
		EEnum CHECK = eINSTANCE.getCheck();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see xiaokang.core.model.impl.CorePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //CorePackage
