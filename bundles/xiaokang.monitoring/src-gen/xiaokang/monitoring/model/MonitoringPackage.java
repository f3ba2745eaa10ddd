/**
 */
package xiaokang.monitoring.model;

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
 * 防止返贫动态监测: after 2020, the households at risk of slipping back, found early, helped, and closed only when the risk is gone; the household income card (收入明白卡) every figure starts from.
 * <!-- end-model-doc -->
 * @see xiaokang.monitoring.model.MonitoringFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='2'"
 * @generated
 */
public interface MonitoringPackage extends EPackage {
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
	String eNS_URI = "http://xiaokang/monitoring/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "monitoring";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MonitoringPackage eINSTANCE = xiaokang.monitoring.model.impl.MonitoringPackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.PolicyYearImpl <em>Policy Year</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.PolicyYearImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getPolicyYear()
	 * @generated
	 */
	int POLICY_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Income Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__INCOME_LINE = 1;

	/**
	 * The feature id for the '<em><b>Warning Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__WARNING_MARGIN = 2;

	/**
	 * The feature id for the '<em><b>Income Drop Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__INCOME_DROP_SHARE = 3;

	/**
	 * The feature id for the '<em><b>Rigid Expenditure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__RIGID_EXPENDITURE = 4;

	/**
	 * The feature id for the '<em><b>Rigid Expenditure Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__RIGID_EXPENDITURE_SHARE = 5;

	/**
	 * The feature id for the '<em><b>Crops Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__CROPS_COST_SHARE = 6;

	/**
	 * The feature id for the '<em><b>Livestock Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__LIVESTOCK_COST_SHARE = 7;

	/**
	 * The feature id for the '<em><b>Forestry Fruit Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE = 8;

	/**
	 * The feature id for the '<em><b>Other Operating Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__OTHER_OPERATING_COST_SHARE = 9;

	/**
	 * The feature id for the '<em><b>Visit Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__VISIT_DAYS = 10;

	/**
	 * The feature id for the '<em><b>Decision Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR__DECISION_DAYS = 11;

	/**
	 * The number of structural features of the '<em>Policy Year</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Policy Year</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.IncomeCardImpl <em>Income Card</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.IncomeCardImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getIncomeCard()
	 * @generated
	 */
	int INCOME_CARD = 1;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__YEAR = 1;

	/**
	 * The feature id for the '<em><b>People</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__PEOPLE = 2;

	/**
	 * The feature id for the '<em><b>Wages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__WAGES = 3;

	/**
	 * The feature id for the '<em><b>Crops</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__CROPS = 4;

	/**
	 * The feature id for the '<em><b>Livestock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__LIVESTOCK = 5;

	/**
	 * The feature id for the '<em><b>Forestry Fruit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__FORESTRY_FRUIT = 6;

	/**
	 * The feature id for the '<em><b>Other Operating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__OTHER_OPERATING = 7;

	/**
	 * The feature id for the '<em><b>Crops Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__CROPS_COST = 8;

	/**
	 * The feature id for the '<em><b>Livestock Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__LIVESTOCK_COST = 9;

	/**
	 * The feature id for the '<em><b>Forestry Fruit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__FORESTRY_FRUIT_COST = 10;

	/**
	 * The feature id for the '<em><b>Other Operating Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__OTHER_OPERATING_COST = 11;

	/**
	 * The feature id for the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__PROPERTY = 12;

	/**
	 * The feature id for the '<em><b>Pensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__PENSIONS = 13;

	/**
	 * The feature id for the '<em><b>Low Income Allowance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__LOW_INCOME_ALLOWANCE = 14;

	/**
	 * The feature id for the '<em><b>Subsidies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__SUBSIDIES = 15;

	/**
	 * The feature id for the '<em><b>Other Transfers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD__OTHER_TRANSFERS = 16;

	/**
	 * The number of structural features of the '<em>Income Card</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Income Card</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_CARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl <em>Rigid Expenditure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.RigidExpenditureImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getRigidExpenditure()
	 * @generated
	 */
	int RIGID_EXPENDITURE = 2;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE__DATE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE__AMOUNT = 3;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE__RESOLVED = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE__NOTE = 5;

	/**
	 * The number of structural features of the '<em>Rigid Expenditure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Rigid Expenditure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGID_EXPENDITURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.DepartmentRecordImpl <em>Department Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.DepartmentRecordImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getDepartmentRecord()
	 * @generated
	 */
	int DEPARTMENT_RECORD = 3;

	/**
	 * The feature id for the '<em><b>List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD__LIST = 0;

	/**
	 * The feature id for the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD__ID_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD__NAME = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD__DATE = 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD__AMOUNT = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD__NOTE = 5;

	/**
	 * The number of structural features of the '<em>Department Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Department Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.WarningImpl <em>Warning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.WarningImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getWarning()
	 * @generated
	 */
	int WARNING = 4;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__YEAR = 2;

	/**
	 * The feature id for the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__RAISED_ON = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__REASON = 4;

	/**
	 * The feature id for the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__FIGURE = 5;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__THRESHOLD = 6;

	/**
	 * The feature id for the '<em><b>Visit By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__VISIT_BY = 7;

	/**
	 * The feature id for the '<em><b>Decide By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__DECIDE_BY = 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__STATUS = 9;

	/**
	 * The feature id for the '<em><b>Handled By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__HANDLED_BY = 10;

	/**
	 * The feature id for the '<em><b>Handled On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__HANDLED_ON = 11;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__NOTE = 12;

	/**
	 * The feature id for the '<em><b>Monitored</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__MONITORED = 13;

	/**
	 * The number of structural features of the '<em>Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl <em>Monitored Household</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.MonitoredHouseholdImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoredHousehold()
	 * @generated
	 */
	int MONITORED_HOUSEHOLD = 5;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__RISKS = 2;

	/**
	 * The feature id for the '<em><b>Found On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__FOUND_ON = 3;

	/**
	 * The feature id for the '<em><b>Found By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__FOUND_BY = 4;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__STAGE = 5;

	/**
	 * The feature id for the '<em><b>Stage Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__STAGE_DUE = 6;

	/**
	 * The feature id for the '<em><b>Authorisation Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED = 7;

	/**
	 * The feature id for the '<em><b>Publicised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__PUBLICISED_ON = 8;

	/**
	 * The feature id for the '<em><b>Identified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__IDENTIFIED_ON = 9;

	/**
	 * The feature id for the '<em><b>Eliminated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__ELIMINATED_ON = 10;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__EVENTS = 11;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD__MEASURES = 12;

	/**
	 * The number of structural features of the '<em>Monitored Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Monitored Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORED_HOUSEHOLD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.MonitoringEventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.MonitoringEventImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringEvent()
	 * @generated
	 */
	int MONITORING_EVENT = 6;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_EVENT__STEP = 0;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_EVENT__ACTOR = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_EVENT__DATE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_EVENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.impl.HelpMeasureImpl <em>Help Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.impl.HelpMeasureImpl
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getHelpMeasure()
	 * @generated
	 */
	int HELP_MEASURE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Planned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__PLANNED_ON = 2;

	/**
	 * The feature id for the '<em><b>Given On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__GIVEN_ON = 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__AMOUNT = 4;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__RESPONSIBLE = 5;

	/**
	 * The feature id for the '<em><b>Linked Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE__LINKED_RECORD = 6;

	/**
	 * The number of structural features of the '<em>Help Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Help Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELP_MEASURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.ExpenditureKind <em>Expenditure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.ExpenditureKind
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getExpenditureKind()
	 * @generated
	 */
	int EXPENDITURE_KIND = 8;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.DepartmentList <em>Department List</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.DepartmentList
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getDepartmentList()
	 * @generated
	 */
	int DEPARTMENT_LIST = 9;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.WarningKind <em>Warning Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.WarningKind
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getWarningKind()
	 * @generated
	 */
	int WARNING_KIND = 10;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.WarningStatus <em>Warning Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.WarningStatus
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getWarningStatus()
	 * @generated
	 */
	int WARNING_STATUS = 11;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.MonitoringCategory <em>Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.MonitoringCategory
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringCategory()
	 * @generated
	 */
	int MONITORING_CATEGORY = 12;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.RiskType <em>Risk Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.RiskType
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getRiskType()
	 * @generated
	 */
	int RISK_TYPE = 13;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.HowFound <em>How Found</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.HowFound
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getHowFound()
	 * @generated
	 */
	int HOW_FOUND = 14;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.MonitoringStage <em>Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.MonitoringStage
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringStage()
	 * @generated
	 */
	int MONITORING_STAGE = 15;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.MonitoringStep <em>Step</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.MonitoringStep
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringStep()
	 * @generated
	 */
	int MONITORING_STEP = 16;

	/**
	 * The meta object id for the '{@link xiaokang.monitoring.model.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.monitoring.model.MeasureKind
	 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 17;


	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.PolicyYear <em>Policy Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Year</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear
	 * @generated
	 */
	EClass getPolicyYear();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getYear()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getIncomeLine <em>Income Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Income Line</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getIncomeLine()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_IncomeLine();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getWarningMargin <em>Warning Margin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warning Margin</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getWarningMargin()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_WarningMargin();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getIncomeDropShare <em>Income Drop Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Income Drop Share</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getIncomeDropShare()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_IncomeDropShare();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getRigidExpenditure <em>Rigid Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rigid Expenditure</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getRigidExpenditure()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_RigidExpenditure();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getRigidExpenditureShare <em>Rigid Expenditure Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rigid Expenditure Share</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getRigidExpenditureShare()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_RigidExpenditureShare();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getCropsCostShare <em>Crops Cost Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crops Cost Share</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getCropsCostShare()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_CropsCostShare();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getLivestockCostShare <em>Livestock Cost Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Livestock Cost Share</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getLivestockCostShare()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_LivestockCostShare();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getForestryFruitCostShare <em>Forestry Fruit Cost Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forestry Fruit Cost Share</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getForestryFruitCostShare()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_ForestryFruitCostShare();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getOtherOperatingCostShare <em>Other Operating Cost Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Operating Cost Share</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getOtherOperatingCostShare()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_OtherOperatingCostShare();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getVisitDays <em>Visit Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visit Days</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getVisitDays()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_VisitDays();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.PolicyYear#getDecisionDays <em>Decision Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Days</em>'.
	 * @see xiaokang.monitoring.model.PolicyYear#getDecisionDays()
	 * @see #getPolicyYear()
	 * @generated
	 */
	EAttribute getPolicyYear_DecisionDays();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.IncomeCard <em>Income Card</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Income Card</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard
	 * @generated
	 */
	EClass getIncomeCard();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.monitoring.model.IncomeCard#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getHousehold()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EReference getIncomeCard_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getYear()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>People</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getPeople()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_People();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getWages <em>Wages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wages</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getWages()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Wages();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getCrops <em>Crops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crops</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getCrops()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Crops();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getLivestock <em>Livestock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Livestock</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getLivestock()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Livestock();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getForestryFruit <em>Forestry Fruit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forestry Fruit</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getForestryFruit()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_ForestryFruit();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getOtherOperating <em>Other Operating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Operating</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getOtherOperating()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_OtherOperating();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getCropsCost <em>Crops Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crops Cost</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getCropsCost()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_CropsCost();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getLivestockCost <em>Livestock Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Livestock Cost</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getLivestockCost()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_LivestockCost();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getForestryFruitCost <em>Forestry Fruit Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forestry Fruit Cost</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getForestryFruitCost()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_ForestryFruitCost();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getOtherOperatingCost <em>Other Operating Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Operating Cost</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getOtherOperatingCost()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_OtherOperatingCost();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Property</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getProperty()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Property();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getPensions <em>Pensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pensions</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getPensions()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Pensions();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getLowIncomeAllowance <em>Low Income Allowance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low Income Allowance</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getLowIncomeAllowance()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_LowIncomeAllowance();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getSubsidies <em>Subsidies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsidies</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getSubsidies()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_Subsidies();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.IncomeCard#getOtherTransfers <em>Other Transfers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Transfers</em>'.
	 * @see xiaokang.monitoring.model.IncomeCard#getOtherTransfers()
	 * @see #getIncomeCard()
	 * @generated
	 */
	EAttribute getIncomeCard_OtherTransfers();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.RigidExpenditure <em>Rigid Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rigid Expenditure</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure
	 * @generated
	 */
	EClass getRigidExpenditure();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.monitoring.model.RigidExpenditure#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure#getHousehold()
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	EReference getRigidExpenditure_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.RigidExpenditure#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure#getDate()
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	EAttribute getRigidExpenditure_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.RigidExpenditure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure#getKind()
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	EAttribute getRigidExpenditure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.RigidExpenditure#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure#getAmount()
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	EAttribute getRigidExpenditure_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.RigidExpenditure#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure#isResolved()
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	EAttribute getRigidExpenditure_Resolved();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.RigidExpenditure#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.monitoring.model.RigidExpenditure#getNote()
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	EAttribute getRigidExpenditure_Note();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.DepartmentRecord <em>Department Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department Record</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord
	 * @generated
	 */
	EClass getDepartmentRecord();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.DepartmentRecord#getList <em>List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>List</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord#getList()
	 * @see #getDepartmentRecord()
	 * @generated
	 */
	EAttribute getDepartmentRecord_List();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.DepartmentRecord#getIdNumber <em>Id Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Number</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord#getIdNumber()
	 * @see #getDepartmentRecord()
	 * @generated
	 */
	EAttribute getDepartmentRecord_IdNumber();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.DepartmentRecord#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord#getName()
	 * @see #getDepartmentRecord()
	 * @generated
	 */
	EAttribute getDepartmentRecord_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.DepartmentRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord#getDate()
	 * @see #getDepartmentRecord()
	 * @generated
	 */
	EAttribute getDepartmentRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.DepartmentRecord#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord#getAmount()
	 * @see #getDepartmentRecord()
	 * @generated
	 */
	EAttribute getDepartmentRecord_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.DepartmentRecord#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.monitoring.model.DepartmentRecord#getNote()
	 * @see #getDepartmentRecord()
	 * @generated
	 */
	EAttribute getDepartmentRecord_Note();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.Warning <em>Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Warning</em>'.
	 * @see xiaokang.monitoring.model.Warning
	 * @generated
	 */
	EClass getWarning();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.monitoring.model.Warning#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.monitoring.model.Warning#getHousehold()
	 * @see #getWarning()
	 * @generated
	 */
	EReference getWarning_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.monitoring.model.Warning#getKind()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.monitoring.model.Warning#getYear()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getRaisedOn <em>Raised On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised On</em>'.
	 * @see xiaokang.monitoring.model.Warning#getRaisedOn()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_RaisedOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see xiaokang.monitoring.model.Warning#getReason()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Reason();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getFigure <em>Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Figure</em>'.
	 * @see xiaokang.monitoring.model.Warning#getFigure()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Figure();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see xiaokang.monitoring.model.Warning#getThreshold()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getVisitBy <em>Visit By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visit By</em>'.
	 * @see xiaokang.monitoring.model.Warning#getVisitBy()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_VisitBy();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getDecideBy <em>Decide By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decide By</em>'.
	 * @see xiaokang.monitoring.model.Warning#getDecideBy()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_DecideBy();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see xiaokang.monitoring.model.Warning#getStatus()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Status();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getHandledBy <em>Handled By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handled By</em>'.
	 * @see xiaokang.monitoring.model.Warning#getHandledBy()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_HandledBy();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getHandledOn <em>Handled On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handled On</em>'.
	 * @see xiaokang.monitoring.model.Warning#getHandledOn()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_HandledOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.Warning#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.monitoring.model.Warning#getNote()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Note();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.monitoring.model.Warning#getMonitored <em>Monitored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Monitored</em>'.
	 * @see xiaokang.monitoring.model.Warning#getMonitored()
	 * @see #getWarning()
	 * @generated
	 */
	EReference getWarning_Monitored();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.MonitoredHousehold <em>Monitored Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monitored Household</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold
	 * @generated
	 */
	EClass getMonitoredHousehold();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.monitoring.model.MonitoredHousehold#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getHousehold()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EReference getMonitoredHousehold_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getCategory()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_Category();

	/**
	 * Returns the meta object for the attribute list '{@link xiaokang.monitoring.model.MonitoredHousehold#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Risks</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getRisks()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_Risks();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getFoundOn <em>Found On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Found On</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getFoundOn()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_FoundOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getFoundBy <em>Found By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Found By</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getFoundBy()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_FoundBy();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getStage()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_Stage();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getStageDue <em>Stage Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Due</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getStageDue()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_StageDue();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#isAuthorisationSigned <em>Authorisation Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authorisation Signed</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#isAuthorisationSigned()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_AuthorisationSigned();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getPublicisedOn <em>Publicised On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publicised On</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getPublicisedOn()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_PublicisedOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getIdentifiedOn <em>Identified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identified On</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getIdentifiedOn()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_IdentifiedOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoredHousehold#getEliminatedOn <em>Eliminated On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eliminated On</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getEliminatedOn()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EAttribute getMonitoredHousehold_EliminatedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.monitoring.model.MonitoredHousehold#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getEvents()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EReference getMonitoredHousehold_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link xiaokang.monitoring.model.MonitoredHousehold#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see xiaokang.monitoring.model.MonitoredHousehold#getMeasures()
	 * @see #getMonitoredHousehold()
	 * @generated
	 */
	EReference getMonitoredHousehold_Measures();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.MonitoringEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see xiaokang.monitoring.model.MonitoringEvent
	 * @generated
	 */
	EClass getMonitoringEvent();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoringEvent#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see xiaokang.monitoring.model.MonitoringEvent#getStep()
	 * @see #getMonitoringEvent()
	 * @generated
	 */
	EAttribute getMonitoringEvent_Step();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoringEvent#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see xiaokang.monitoring.model.MonitoringEvent#getActor()
	 * @see #getMonitoringEvent()
	 * @generated
	 */
	EAttribute getMonitoringEvent_Actor();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoringEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.monitoring.model.MonitoringEvent#getDate()
	 * @see #getMonitoringEvent()
	 * @generated
	 */
	EAttribute getMonitoringEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.MonitoringEvent#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see xiaokang.monitoring.model.MonitoringEvent#getNote()
	 * @see #getMonitoringEvent()
	 * @generated
	 */
	EAttribute getMonitoringEvent_Note();

	/**
	 * Returns the meta object for class '{@link xiaokang.monitoring.model.HelpMeasure <em>Help Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Help Measure</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure
	 * @generated
	 */
	EClass getHelpMeasure();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getKind()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getDescription()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_Description();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getPlannedOn <em>Planned On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned On</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getPlannedOn()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_PlannedOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getGivenOn <em>Given On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given On</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getGivenOn()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_GivenOn();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getAmount()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getResponsible()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.monitoring.model.HelpMeasure#getLinkedRecord <em>Linked Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linked Record</em>'.
	 * @see xiaokang.monitoring.model.HelpMeasure#getLinkedRecord()
	 * @see #getHelpMeasure()
	 * @generated
	 */
	EAttribute getHelpMeasure_LinkedRecord();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.ExpenditureKind <em>Expenditure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expenditure Kind</em>'.
	 * @see xiaokang.monitoring.model.ExpenditureKind
	 * @generated
	 */
	EEnum getExpenditureKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.DepartmentList <em>Department List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Department List</em>'.
	 * @see xiaokang.monitoring.model.DepartmentList
	 * @generated
	 */
	EEnum getDepartmentList();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.WarningKind <em>Warning Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Warning Kind</em>'.
	 * @see xiaokang.monitoring.model.WarningKind
	 * @generated
	 */
	EEnum getWarningKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.WarningStatus <em>Warning Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Warning Status</em>'.
	 * @see xiaokang.monitoring.model.WarningStatus
	 * @generated
	 */
	EEnum getWarningStatus();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.MonitoringCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Category</em>'.
	 * @see xiaokang.monitoring.model.MonitoringCategory
	 * @generated
	 */
	EEnum getMonitoringCategory();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.RiskType <em>Risk Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Type</em>'.
	 * @see xiaokang.monitoring.model.RiskType
	 * @generated
	 */
	EEnum getRiskType();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.HowFound <em>How Found</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>How Found</em>'.
	 * @see xiaokang.monitoring.model.HowFound
	 * @generated
	 */
	EEnum getHowFound();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.MonitoringStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage</em>'.
	 * @see xiaokang.monitoring.model.MonitoringStage
	 * @generated
	 */
	EEnum getMonitoringStage();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.MonitoringStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step</em>'.
	 * @see xiaokang.monitoring.model.MonitoringStep
	 * @generated
	 */
	EEnum getMonitoringStep();

	/**
	 * Returns the meta object for enum '{@link xiaokang.monitoring.model.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see xiaokang.monitoring.model.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MonitoringFactory getMonitoringFactory();

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
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.PolicyYearImpl <em>Policy Year</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.PolicyYearImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getPolicyYear()
		 * @generated
		 */
		EClass POLICY_YEAR = eINSTANCE.getPolicyYear();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__YEAR = eINSTANCE.getPolicyYear_Year();

		/**
		 * The meta object literal for the '<em><b>Income Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__INCOME_LINE = eINSTANCE.getPolicyYear_IncomeLine();

		/**
		 * The meta object literal for the '<em><b>Warning Margin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__WARNING_MARGIN = eINSTANCE.getPolicyYear_WarningMargin();

		/**
		 * The meta object literal for the '<em><b>Income Drop Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__INCOME_DROP_SHARE = eINSTANCE.getPolicyYear_IncomeDropShare();

		/**
		 * The meta object literal for the '<em><b>Rigid Expenditure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__RIGID_EXPENDITURE = eINSTANCE.getPolicyYear_RigidExpenditure();

		/**
		 * The meta object literal for the '<em><b>Rigid Expenditure Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__RIGID_EXPENDITURE_SHARE = eINSTANCE.getPolicyYear_RigidExpenditureShare();

		/**
		 * The meta object literal for the '<em><b>Crops Cost Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__CROPS_COST_SHARE = eINSTANCE.getPolicyYear_CropsCostShare();

		/**
		 * The meta object literal for the '<em><b>Livestock Cost Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__LIVESTOCK_COST_SHARE = eINSTANCE.getPolicyYear_LivestockCostShare();

		/**
		 * The meta object literal for the '<em><b>Forestry Fruit Cost Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE = eINSTANCE.getPolicyYear_ForestryFruitCostShare();

		/**
		 * The meta object literal for the '<em><b>Other Operating Cost Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__OTHER_OPERATING_COST_SHARE = eINSTANCE.getPolicyYear_OtherOperatingCostShare();

		/**
		 * The meta object literal for the '<em><b>Visit Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__VISIT_DAYS = eINSTANCE.getPolicyYear_VisitDays();

		/**
		 * The meta object literal for the '<em><b>Decision Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_YEAR__DECISION_DAYS = eINSTANCE.getPolicyYear_DecisionDays();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.IncomeCardImpl <em>Income Card</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.IncomeCardImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getIncomeCard()
		 * @generated
		 */
		EClass INCOME_CARD = eINSTANCE.getIncomeCard();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INCOME_CARD__HOUSEHOLD = eINSTANCE.getIncomeCard_Household();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__YEAR = eINSTANCE.getIncomeCard_Year();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__PEOPLE = eINSTANCE.getIncomeCard_People();

		/**
		 * The meta object literal for the '<em><b>Wages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__WAGES = eINSTANCE.getIncomeCard_Wages();

		/**
		 * The meta object literal for the '<em><b>Crops</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__CROPS = eINSTANCE.getIncomeCard_Crops();

		/**
		 * The meta object literal for the '<em><b>Livestock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__LIVESTOCK = eINSTANCE.getIncomeCard_Livestock();

		/**
		 * The meta object literal for the '<em><b>Forestry Fruit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__FORESTRY_FRUIT = eINSTANCE.getIncomeCard_ForestryFruit();

		/**
		 * The meta object literal for the '<em><b>Other Operating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__OTHER_OPERATING = eINSTANCE.getIncomeCard_OtherOperating();

		/**
		 * The meta object literal for the '<em><b>Crops Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__CROPS_COST = eINSTANCE.getIncomeCard_CropsCost();

		/**
		 * The meta object literal for the '<em><b>Livestock Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__LIVESTOCK_COST = eINSTANCE.getIncomeCard_LivestockCost();

		/**
		 * The meta object literal for the '<em><b>Forestry Fruit Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__FORESTRY_FRUIT_COST = eINSTANCE.getIncomeCard_ForestryFruitCost();

		/**
		 * The meta object literal for the '<em><b>Other Operating Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__OTHER_OPERATING_COST = eINSTANCE.getIncomeCard_OtherOperatingCost();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__PROPERTY = eINSTANCE.getIncomeCard_Property();

		/**
		 * The meta object literal for the '<em><b>Pensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__PENSIONS = eINSTANCE.getIncomeCard_Pensions();

		/**
		 * The meta object literal for the '<em><b>Low Income Allowance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__LOW_INCOME_ALLOWANCE = eINSTANCE.getIncomeCard_LowIncomeAllowance();

		/**
		 * The meta object literal for the '<em><b>Subsidies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__SUBSIDIES = eINSTANCE.getIncomeCard_Subsidies();

		/**
		 * The meta object literal for the '<em><b>Other Transfers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCOME_CARD__OTHER_TRANSFERS = eINSTANCE.getIncomeCard_OtherTransfers();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl <em>Rigid Expenditure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.RigidExpenditureImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getRigidExpenditure()
		 * @generated
		 */
		EClass RIGID_EXPENDITURE = eINSTANCE.getRigidExpenditure();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RIGID_EXPENDITURE__HOUSEHOLD = eINSTANCE.getRigidExpenditure_Household();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGID_EXPENDITURE__DATE = eINSTANCE.getRigidExpenditure_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGID_EXPENDITURE__KIND = eINSTANCE.getRigidExpenditure_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGID_EXPENDITURE__AMOUNT = eINSTANCE.getRigidExpenditure_Amount();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGID_EXPENDITURE__RESOLVED = eINSTANCE.getRigidExpenditure_Resolved();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGID_EXPENDITURE__NOTE = eINSTANCE.getRigidExpenditure_Note();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.DepartmentRecordImpl <em>Department Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.DepartmentRecordImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getDepartmentRecord()
		 * @generated
		 */
		EClass DEPARTMENT_RECORD = eINSTANCE.getDepartmentRecord();

		/**
		 * The meta object literal for the '<em><b>List</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_RECORD__LIST = eINSTANCE.getDepartmentRecord_List();

		/**
		 * The meta object literal for the '<em><b>Id Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_RECORD__ID_NUMBER = eINSTANCE.getDepartmentRecord_IdNumber();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_RECORD__NAME = eINSTANCE.getDepartmentRecord_Name();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_RECORD__DATE = eINSTANCE.getDepartmentRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_RECORD__AMOUNT = eINSTANCE.getDepartmentRecord_Amount();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_RECORD__NOTE = eINSTANCE.getDepartmentRecord_Note();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.WarningImpl <em>Warning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.WarningImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getWarning()
		 * @generated
		 */
		EClass WARNING = eINSTANCE.getWarning();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WARNING__HOUSEHOLD = eINSTANCE.getWarning_Household();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__KIND = eINSTANCE.getWarning_Kind();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__YEAR = eINSTANCE.getWarning_Year();

		/**
		 * The meta object literal for the '<em><b>Raised On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__RAISED_ON = eINSTANCE.getWarning_RaisedOn();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__REASON = eINSTANCE.getWarning_Reason();

		/**
		 * The meta object literal for the '<em><b>Figure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__FIGURE = eINSTANCE.getWarning_Figure();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__THRESHOLD = eINSTANCE.getWarning_Threshold();

		/**
		 * The meta object literal for the '<em><b>Visit By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__VISIT_BY = eINSTANCE.getWarning_VisitBy();

		/**
		 * The meta object literal for the '<em><b>Decide By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__DECIDE_BY = eINSTANCE.getWarning_DecideBy();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__STATUS = eINSTANCE.getWarning_Status();

		/**
		 * The meta object literal for the '<em><b>Handled By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__HANDLED_BY = eINSTANCE.getWarning_HandledBy();

		/**
		 * The meta object literal for the '<em><b>Handled On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__HANDLED_ON = eINSTANCE.getWarning_HandledOn();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__NOTE = eINSTANCE.getWarning_Note();

		/**
		 * The meta object literal for the '<em><b>Monitored</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WARNING__MONITORED = eINSTANCE.getWarning_Monitored();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl <em>Monitored Household</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.MonitoredHouseholdImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoredHousehold()
		 * @generated
		 */
		EClass MONITORED_HOUSEHOLD = eINSTANCE.getMonitoredHousehold();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORED_HOUSEHOLD__HOUSEHOLD = eINSTANCE.getMonitoredHousehold_Household();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__CATEGORY = eINSTANCE.getMonitoredHousehold_Category();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__RISKS = eINSTANCE.getMonitoredHousehold_Risks();

		/**
		 * The meta object literal for the '<em><b>Found On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__FOUND_ON = eINSTANCE.getMonitoredHousehold_FoundOn();

		/**
		 * The meta object literal for the '<em><b>Found By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__FOUND_BY = eINSTANCE.getMonitoredHousehold_FoundBy();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__STAGE = eINSTANCE.getMonitoredHousehold_Stage();

		/**
		 * The meta object literal for the '<em><b>Stage Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__STAGE_DUE = eINSTANCE.getMonitoredHousehold_StageDue();

		/**
		 * The meta object literal for the '<em><b>Authorisation Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED = eINSTANCE.getMonitoredHousehold_AuthorisationSigned();

		/**
		 * The meta object literal for the '<em><b>Publicised On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__PUBLICISED_ON = eINSTANCE.getMonitoredHousehold_PublicisedOn();

		/**
		 * The meta object literal for the '<em><b>Identified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__IDENTIFIED_ON = eINSTANCE.getMonitoredHousehold_IdentifiedOn();

		/**
		 * The meta object literal for the '<em><b>Eliminated On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORED_HOUSEHOLD__ELIMINATED_ON = eINSTANCE.getMonitoredHousehold_EliminatedOn();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORED_HOUSEHOLD__EVENTS = eINSTANCE.getMonitoredHousehold_Events();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORED_HOUSEHOLD__MEASURES = eINSTANCE.getMonitoredHousehold_Measures();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.MonitoringEventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.MonitoringEventImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringEvent()
		 * @generated
		 */
		EClass MONITORING_EVENT = eINSTANCE.getMonitoringEvent();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_EVENT__STEP = eINSTANCE.getMonitoringEvent_Step();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_EVENT__ACTOR = eINSTANCE.getMonitoringEvent_Actor();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_EVENT__DATE = eINSTANCE.getMonitoringEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_EVENT__NOTE = eINSTANCE.getMonitoringEvent_Note();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.impl.HelpMeasureImpl <em>Help Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.impl.HelpMeasureImpl
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getHelpMeasure()
		 * @generated
		 */
		EClass HELP_MEASURE = eINSTANCE.getHelpMeasure();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__KIND = eINSTANCE.getHelpMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__DESCRIPTION = eINSTANCE.getHelpMeasure_Description();

		/**
		 * The meta object literal for the '<em><b>Planned On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__PLANNED_ON = eINSTANCE.getHelpMeasure_PlannedOn();

		/**
		 * The meta object literal for the '<em><b>Given On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__GIVEN_ON = eINSTANCE.getHelpMeasure_GivenOn();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__AMOUNT = eINSTANCE.getHelpMeasure_Amount();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__RESPONSIBLE = eINSTANCE.getHelpMeasure_Responsible();

		/**
		 * The meta object literal for the '<em><b>Linked Record</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELP_MEASURE__LINKED_RECORD = eINSTANCE.getHelpMeasure_LinkedRecord();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.ExpenditureKind <em>Expenditure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.ExpenditureKind
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getExpenditureKind()
		 * @generated
		 */
		EEnum EXPENDITURE_KIND = eINSTANCE.getExpenditureKind();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.DepartmentList <em>Department List</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.DepartmentList
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getDepartmentList()
		 * @generated
		 */
		EEnum DEPARTMENT_LIST = eINSTANCE.getDepartmentList();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.WarningKind <em>Warning Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.WarningKind
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getWarningKind()
		 * @generated
		 */
		EEnum WARNING_KIND = eINSTANCE.getWarningKind();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.WarningStatus <em>Warning Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.WarningStatus
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getWarningStatus()
		 * @generated
		 */
		EEnum WARNING_STATUS = eINSTANCE.getWarningStatus();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.MonitoringCategory <em>Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.MonitoringCategory
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringCategory()
		 * @generated
		 */
		EEnum MONITORING_CATEGORY = eINSTANCE.getMonitoringCategory();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.RiskType <em>Risk Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.RiskType
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getRiskType()
		 * @generated
		 */
		EEnum RISK_TYPE = eINSTANCE.getRiskType();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.HowFound <em>How Found</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.HowFound
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getHowFound()
		 * @generated
		 */
		EEnum HOW_FOUND = eINSTANCE.getHowFound();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.MonitoringStage <em>Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.MonitoringStage
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringStage()
		 * @generated
		 */
		EEnum MONITORING_STAGE = eINSTANCE.getMonitoringStage();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.MonitoringStep <em>Step</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.MonitoringStep
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMonitoringStep()
		 * @generated
		 */
		EEnum MONITORING_STEP = eINSTANCE.getMonitoringStep();

		/**
		 * The meta object literal for the '{@link xiaokang.monitoring.model.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.monitoring.model.MeasureKind
		 * @see xiaokang.monitoring.model.impl.MonitoringPackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

	}

} //MonitoringPackage
