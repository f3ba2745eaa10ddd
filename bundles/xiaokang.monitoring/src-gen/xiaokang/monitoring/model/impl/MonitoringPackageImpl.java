/**
 */
package xiaokang.monitoring.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.monitoring.model.DepartmentList;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.ExpenditureKind;
import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringEvent;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.Warning;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MonitoringPackageImpl extends EPackageImpl implements MonitoringPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyYearEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass incomeCardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rigidExpenditureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass warningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monitoredHouseholdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monitoringEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass helpMeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum expenditureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum departmentListEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum warningKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum warningStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum monitoringCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum howFoundEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum monitoringStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum monitoringStepEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureKindEEnum = null;

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
	 * @see xiaokang.monitoring.model.MonitoringPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MonitoringPackageImpl() {
		super(eNS_URI, MonitoringFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link MonitoringPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MonitoringPackage init() {
		if (isInited) return (MonitoringPackage)EPackage.Registry.INSTANCE.getEPackage(MonitoringPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMonitoringPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MonitoringPackageImpl theMonitoringPackage = registeredMonitoringPackage instanceof MonitoringPackageImpl ? (MonitoringPackageImpl)registeredMonitoringPackage : new MonitoringPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theMonitoringPackage.createPackageContents();

		// Initialize created meta-data
		theMonitoringPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMonitoringPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MonitoringPackage.eNS_URI, theMonitoringPackage);
		return theMonitoringPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyYear() {
		return policyYearEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_Year() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_IncomeLine() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_WarningMargin() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_IncomeDropShare() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_RigidExpenditure() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_RigidExpenditureShare() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_CropsCostShare() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_LivestockCostShare() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_ForestryFruitCostShare() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_OtherOperatingCostShare() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_VisitDays() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyYear_DecisionDays() {
		return (EAttribute)policyYearEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIncomeCard() {
		return incomeCardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIncomeCard_Household() {
		return (EReference)incomeCardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Year() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_People() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Wages() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Crops() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Livestock() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_ForestryFruit() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_OtherOperating() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_CropsCost() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_LivestockCost() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_ForestryFruitCost() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_OtherOperatingCost() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Property() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Pensions() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_LowIncomeAllowance() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_Subsidies() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncomeCard_OtherTransfers() {
		return (EAttribute)incomeCardEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRigidExpenditure() {
		return rigidExpenditureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRigidExpenditure_Household() {
		return (EReference)rigidExpenditureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRigidExpenditure_Date() {
		return (EAttribute)rigidExpenditureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRigidExpenditure_Kind() {
		return (EAttribute)rigidExpenditureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRigidExpenditure_Amount() {
		return (EAttribute)rigidExpenditureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRigidExpenditure_Resolved() {
		return (EAttribute)rigidExpenditureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRigidExpenditure_Note() {
		return (EAttribute)rigidExpenditureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartmentRecord() {
		return departmentRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentRecord_List() {
		return (EAttribute)departmentRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentRecord_IdNumber() {
		return (EAttribute)departmentRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentRecord_Name() {
		return (EAttribute)departmentRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentRecord_Date() {
		return (EAttribute)departmentRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentRecord_Amount() {
		return (EAttribute)departmentRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentRecord_Note() {
		return (EAttribute)departmentRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWarning() {
		return warningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWarning_Household() {
		return (EReference)warningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Kind() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Year() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_RaisedOn() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Reason() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Figure() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Threshold() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_VisitBy() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_DecideBy() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Status() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_HandledBy() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_HandledOn() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Note() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWarning_Monitored() {
		return (EReference)warningEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonitoredHousehold() {
		return monitoredHouseholdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoredHousehold_Household() {
		return (EReference)monitoredHouseholdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_Category() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_Risks() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_FoundOn() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_FoundBy() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_Stage() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_StageDue() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_AuthorisationSigned() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_PublicisedOn() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_IdentifiedOn() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoredHousehold_EliminatedOn() {
		return (EAttribute)monitoredHouseholdEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoredHousehold_Events() {
		return (EReference)monitoredHouseholdEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoredHousehold_Measures() {
		return (EReference)monitoredHouseholdEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonitoringEvent() {
		return monitoringEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringEvent_Step() {
		return (EAttribute)monitoringEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringEvent_Actor() {
		return (EAttribute)monitoringEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringEvent_Date() {
		return (EAttribute)monitoringEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringEvent_Note() {
		return (EAttribute)monitoringEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHelpMeasure() {
		return helpMeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_Kind() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_Description() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_PlannedOn() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_GivenOn() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_Amount() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_Responsible() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHelpMeasure_LinkedRecord() {
		return (EAttribute)helpMeasureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExpenditureKind() {
		return expenditureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDepartmentList() {
		return departmentListEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWarningKind() {
		return warningKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWarningStatus() {
		return warningStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMonitoringCategory() {
		return monitoringCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskType() {
		return riskTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHowFound() {
		return howFoundEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMonitoringStage() {
		return monitoringStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMonitoringStep() {
		return monitoringStepEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureKind() {
		return measureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringFactory getMonitoringFactory() {
		return (MonitoringFactory)getEFactoryInstance();
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
		policyYearEClass = createEClass(POLICY_YEAR);
		createEAttribute(policyYearEClass, POLICY_YEAR__YEAR);
		createEAttribute(policyYearEClass, POLICY_YEAR__INCOME_LINE);
		createEAttribute(policyYearEClass, POLICY_YEAR__WARNING_MARGIN);
		createEAttribute(policyYearEClass, POLICY_YEAR__INCOME_DROP_SHARE);
		createEAttribute(policyYearEClass, POLICY_YEAR__RIGID_EXPENDITURE);
		createEAttribute(policyYearEClass, POLICY_YEAR__RIGID_EXPENDITURE_SHARE);
		createEAttribute(policyYearEClass, POLICY_YEAR__CROPS_COST_SHARE);
		createEAttribute(policyYearEClass, POLICY_YEAR__LIVESTOCK_COST_SHARE);
		createEAttribute(policyYearEClass, POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE);
		createEAttribute(policyYearEClass, POLICY_YEAR__OTHER_OPERATING_COST_SHARE);
		createEAttribute(policyYearEClass, POLICY_YEAR__VISIT_DAYS);
		createEAttribute(policyYearEClass, POLICY_YEAR__DECISION_DAYS);

		incomeCardEClass = createEClass(INCOME_CARD);
		createEReference(incomeCardEClass, INCOME_CARD__HOUSEHOLD);
		createEAttribute(incomeCardEClass, INCOME_CARD__YEAR);
		createEAttribute(incomeCardEClass, INCOME_CARD__PEOPLE);
		createEAttribute(incomeCardEClass, INCOME_CARD__WAGES);
		createEAttribute(incomeCardEClass, INCOME_CARD__CROPS);
		createEAttribute(incomeCardEClass, INCOME_CARD__LIVESTOCK);
		createEAttribute(incomeCardEClass, INCOME_CARD__FORESTRY_FRUIT);
		createEAttribute(incomeCardEClass, INCOME_CARD__OTHER_OPERATING);
		createEAttribute(incomeCardEClass, INCOME_CARD__CROPS_COST);
		createEAttribute(incomeCardEClass, INCOME_CARD__LIVESTOCK_COST);
		createEAttribute(incomeCardEClass, INCOME_CARD__FORESTRY_FRUIT_COST);
		createEAttribute(incomeCardEClass, INCOME_CARD__OTHER_OPERATING_COST);
		createEAttribute(incomeCardEClass, INCOME_CARD__PROPERTY);
		createEAttribute(incomeCardEClass, INCOME_CARD__PENSIONS);
		createEAttribute(incomeCardEClass, INCOME_CARD__LOW_INCOME_ALLOWANCE);
		createEAttribute(incomeCardEClass, INCOME_CARD__SUBSIDIES);
		createEAttribute(incomeCardEClass, INCOME_CARD__OTHER_TRANSFERS);

		rigidExpenditureEClass = createEClass(RIGID_EXPENDITURE);
		createEReference(rigidExpenditureEClass, RIGID_EXPENDITURE__HOUSEHOLD);
		createEAttribute(rigidExpenditureEClass, RIGID_EXPENDITURE__DATE);
		createEAttribute(rigidExpenditureEClass, RIGID_EXPENDITURE__KIND);
		createEAttribute(rigidExpenditureEClass, RIGID_EXPENDITURE__AMOUNT);
		createEAttribute(rigidExpenditureEClass, RIGID_EXPENDITURE__RESOLVED);
		createEAttribute(rigidExpenditureEClass, RIGID_EXPENDITURE__NOTE);

		departmentRecordEClass = createEClass(DEPARTMENT_RECORD);
		createEAttribute(departmentRecordEClass, DEPARTMENT_RECORD__LIST);
		createEAttribute(departmentRecordEClass, DEPARTMENT_RECORD__ID_NUMBER);
		createEAttribute(departmentRecordEClass, DEPARTMENT_RECORD__NAME);
		createEAttribute(departmentRecordEClass, DEPARTMENT_RECORD__DATE);
		createEAttribute(departmentRecordEClass, DEPARTMENT_RECORD__AMOUNT);
		createEAttribute(departmentRecordEClass, DEPARTMENT_RECORD__NOTE);

		warningEClass = createEClass(WARNING);
		createEReference(warningEClass, WARNING__HOUSEHOLD);
		createEAttribute(warningEClass, WARNING__KIND);
		createEAttribute(warningEClass, WARNING__YEAR);
		createEAttribute(warningEClass, WARNING__RAISED_ON);
		createEAttribute(warningEClass, WARNING__REASON);
		createEAttribute(warningEClass, WARNING__FIGURE);
		createEAttribute(warningEClass, WARNING__THRESHOLD);
		createEAttribute(warningEClass, WARNING__VISIT_BY);
		createEAttribute(warningEClass, WARNING__DECIDE_BY);
		createEAttribute(warningEClass, WARNING__STATUS);
		createEAttribute(warningEClass, WARNING__HANDLED_BY);
		createEAttribute(warningEClass, WARNING__HANDLED_ON);
		createEAttribute(warningEClass, WARNING__NOTE);
		createEReference(warningEClass, WARNING__MONITORED);

		monitoredHouseholdEClass = createEClass(MONITORED_HOUSEHOLD);
		createEReference(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__HOUSEHOLD);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__CATEGORY);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__RISKS);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__FOUND_ON);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__FOUND_BY);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__STAGE);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__STAGE_DUE);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__PUBLICISED_ON);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__IDENTIFIED_ON);
		createEAttribute(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__ELIMINATED_ON);
		createEReference(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__EVENTS);
		createEReference(monitoredHouseholdEClass, MONITORED_HOUSEHOLD__MEASURES);

		monitoringEventEClass = createEClass(MONITORING_EVENT);
		createEAttribute(monitoringEventEClass, MONITORING_EVENT__STEP);
		createEAttribute(monitoringEventEClass, MONITORING_EVENT__ACTOR);
		createEAttribute(monitoringEventEClass, MONITORING_EVENT__DATE);
		createEAttribute(monitoringEventEClass, MONITORING_EVENT__NOTE);

		helpMeasureEClass = createEClass(HELP_MEASURE);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__KIND);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__DESCRIPTION);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__PLANNED_ON);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__GIVEN_ON);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__AMOUNT);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__RESPONSIBLE);
		createEAttribute(helpMeasureEClass, HELP_MEASURE__LINKED_RECORD);

		// Create enums
		expenditureKindEEnum = createEEnum(EXPENDITURE_KIND);
		departmentListEEnum = createEEnum(DEPARTMENT_LIST);
		warningKindEEnum = createEEnum(WARNING_KIND);
		warningStatusEEnum = createEEnum(WARNING_STATUS);
		monitoringCategoryEEnum = createEEnum(MONITORING_CATEGORY);
		riskTypeEEnum = createEEnum(RISK_TYPE);
		howFoundEEnum = createEEnum(HOW_FOUND);
		monitoringStageEEnum = createEEnum(MONITORING_STAGE);
		monitoringStepEEnum = createEEnum(MONITORING_STEP);
		measureKindEEnum = createEEnum(MEASURE_KIND);
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
		initEClass(policyYearEClass, PolicyYear.class, "PolicyYear", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyYear_Year(), ecorePackage.getEInt(), "year", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_IncomeLine(), ecorePackage.getEBigDecimal(), "incomeLine", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_WarningMargin(), ecorePackage.getEBigDecimal(), "warningMargin", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_IncomeDropShare(), ecorePackage.getEBigDecimal(), "incomeDropShare", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_RigidExpenditure(), ecorePackage.getEBigDecimal(), "rigidExpenditure", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_RigidExpenditureShare(), ecorePackage.getEBigDecimal(), "rigidExpenditureShare", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_CropsCostShare(), ecorePackage.getEBigDecimal(), "cropsCostShare", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_LivestockCostShare(), ecorePackage.getEBigDecimal(), "livestockCostShare", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_ForestryFruitCostShare(), ecorePackage.getEBigDecimal(), "forestryFruitCostShare", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_OtherOperatingCostShare(), ecorePackage.getEBigDecimal(), "otherOperatingCostShare", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_VisitDays(), ecorePackage.getEInt(), "visitDays", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyYear_DecisionDays(), ecorePackage.getEInt(), "decisionDays", null, 1, 1, PolicyYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(incomeCardEClass, IncomeCard.class, "IncomeCard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIncomeCard_Household(), theCorePackage.getHousehold(), null, "household", null, 1, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Year(), ecorePackage.getEInt(), "year", null, 1, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_People(), ecorePackage.getEInt(), "people", null, 1, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Wages(), ecorePackage.getEBigDecimal(), "wages", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Crops(), ecorePackage.getEBigDecimal(), "crops", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Livestock(), ecorePackage.getEBigDecimal(), "livestock", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_ForestryFruit(), ecorePackage.getEBigDecimal(), "forestryFruit", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_OtherOperating(), ecorePackage.getEBigDecimal(), "otherOperating", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_CropsCost(), ecorePackage.getEBigDecimal(), "cropsCost", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_LivestockCost(), ecorePackage.getEBigDecimal(), "livestockCost", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_ForestryFruitCost(), ecorePackage.getEBigDecimal(), "forestryFruitCost", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_OtherOperatingCost(), ecorePackage.getEBigDecimal(), "otherOperatingCost", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Property(), ecorePackage.getEBigDecimal(), "property", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Pensions(), ecorePackage.getEBigDecimal(), "pensions", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_LowIncomeAllowance(), ecorePackage.getEBigDecimal(), "lowIncomeAllowance", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_Subsidies(), ecorePackage.getEBigDecimal(), "subsidies", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncomeCard_OtherTransfers(), ecorePackage.getEBigDecimal(), "otherTransfers", null, 0, 1, IncomeCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rigidExpenditureEClass, RigidExpenditure.class, "RigidExpenditure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRigidExpenditure_Household(), theCorePackage.getHousehold(), null, "household", null, 1, 1, RigidExpenditure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRigidExpenditure_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, RigidExpenditure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRigidExpenditure_Kind(), this.getExpenditureKind(), "kind", null, 1, 1, RigidExpenditure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRigidExpenditure_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 1, 1, RigidExpenditure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRigidExpenditure_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, RigidExpenditure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRigidExpenditure_Note(), ecorePackage.getEString(), "note", null, 0, 1, RigidExpenditure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departmentRecordEClass, DepartmentRecord.class, "DepartmentRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDepartmentRecord_List(), this.getDepartmentList(), "list", null, 1, 1, DepartmentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentRecord_IdNumber(), ecorePackage.getEString(), "idNumber", null, 1, 1, DepartmentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentRecord_Name(), ecorePackage.getEString(), "name", null, 0, 1, DepartmentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentRecord_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, DepartmentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentRecord_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, DepartmentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentRecord_Note(), ecorePackage.getEString(), "note", null, 0, 1, DepartmentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(warningEClass, Warning.class, "Warning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWarning_Household(), theCorePackage.getHousehold(), null, "household", null, 1, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Kind(), this.getWarningKind(), "kind", null, 1, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Year(), ecorePackage.getEInt(), "year", null, 1, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_RaisedOn(), theCorePackage.getLocalDate(), "raisedOn", null, 1, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Reason(), ecorePackage.getEString(), "reason", null, 1, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Figure(), ecorePackage.getEBigDecimal(), "figure", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Threshold(), ecorePackage.getEBigDecimal(), "threshold", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_VisitBy(), theCorePackage.getLocalDate(), "visitBy", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_DecideBy(), theCorePackage.getLocalDate(), "decideBy", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Status(), this.getWarningStatus(), "status", null, 1, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_HandledBy(), ecorePackage.getEString(), "handledBy", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_HandledOn(), theCorePackage.getLocalDate(), "handledOn", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Note(), ecorePackage.getEString(), "note", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWarning_Monitored(), this.getMonitoredHousehold(), null, "monitored", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(monitoredHouseholdEClass, MonitoredHousehold.class, "MonitoredHousehold", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMonitoredHousehold_Household(), theCorePackage.getHousehold(), null, "household", null, 1, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_Category(), this.getMonitoringCategory(), "category", null, 1, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_Risks(), this.getRiskType(), "risks", null, 0, -1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_FoundOn(), theCorePackage.getLocalDate(), "foundOn", null, 1, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_FoundBy(), this.getHowFound(), "foundBy", null, 1, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_Stage(), this.getMonitoringStage(), "stage", null, 1, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_StageDue(), theCorePackage.getLocalDate(), "stageDue", null, 0, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_AuthorisationSigned(), ecorePackage.getEBoolean(), "authorisationSigned", null, 0, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_PublicisedOn(), theCorePackage.getLocalDate(), "publicisedOn", null, 0, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_IdentifiedOn(), theCorePackage.getLocalDate(), "identifiedOn", null, 0, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoredHousehold_EliminatedOn(), theCorePackage.getLocalDate(), "eliminatedOn", null, 0, 1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoredHousehold_Events(), this.getMonitoringEvent(), null, "events", null, 0, -1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoredHousehold_Measures(), this.getHelpMeasure(), null, "measures", null, 0, -1, MonitoredHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(monitoringEventEClass, MonitoringEvent.class, "MonitoringEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMonitoringEvent_Step(), this.getMonitoringStep(), "step", null, 1, 1, MonitoringEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoringEvent_Actor(), ecorePackage.getEString(), "actor", null, 0, 1, MonitoringEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoringEvent_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, MonitoringEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoringEvent_Note(), ecorePackage.getEString(), "note", null, 0, 1, MonitoringEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(helpMeasureEClass, HelpMeasure.class, "HelpMeasure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHelpMeasure_Kind(), this.getMeasureKind(), "kind", null, 1, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHelpMeasure_Description(), ecorePackage.getEString(), "description", null, 1, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHelpMeasure_PlannedOn(), theCorePackage.getLocalDate(), "plannedOn", null, 0, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHelpMeasure_GivenOn(), theCorePackage.getLocalDate(), "givenOn", null, 0, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHelpMeasure_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHelpMeasure_Responsible(), ecorePackage.getEString(), "responsible", null, 0, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHelpMeasure_LinkedRecord(), ecorePackage.getEString(), "linkedRecord", null, 0, 1, HelpMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(expenditureKindEEnum, ExpenditureKind.class, "ExpenditureKind");
		addEEnumLiteral(expenditureKindEEnum, ExpenditureKind.MEDICAL);
		addEEnumLiteral(expenditureKindEEnum, ExpenditureKind.SCHOOLING);
		addEEnumLiteral(expenditureKindEEnum, ExpenditureKind.DISASTER);
		addEEnumLiteral(expenditureKindEEnum, ExpenditureKind.ACCIDENT);

		initEEnum(departmentListEEnum, DepartmentList.class, "DepartmentList");
		addEEnumLiteral(departmentListEEnum, DepartmentList.LOW_INCOME);
		addEEnumLiteral(departmentListEEnum, DepartmentList.MEDICAL_EXPENSE);
		addEEnumLiteral(departmentListEEnum, DepartmentList.DISABILITY);
		addEEnumLiteral(departmentListEEnum, DepartmentList.OTHER);

		initEEnum(warningKindEEnum, WarningKind.class, "WarningKind");
		addEEnumLiteral(warningKindEEnum, WarningKind.BELOW_LINE);
		addEEnumLiteral(warningKindEEnum, WarningKind.NEAR_LINE);
		addEEnumLiteral(warningKindEEnum, WarningKind.INCOME_DROP);
		addEEnumLiteral(warningKindEEnum, WarningKind.RIGID_EXPENDITURE);
		addEEnumLiteral(warningKindEEnum, WarningKind.SIX_CHECKS);
		addEEnumLiteral(warningKindEEnum, WarningKind.DEPARTMENT_LIST);

		initEEnum(warningStatusEEnum, WarningStatus.class, "WarningStatus");
		addEEnumLiteral(warningStatusEEnum, WarningStatus.OPEN);
		addEEnumLiteral(warningStatusEEnum, WarningStatus.DISMISSED);
		addEEnumLiteral(warningStatusEEnum, WarningStatus.IDENTIFYING);
		addEEnumLiteral(warningStatusEEnum, WarningStatus.CLEARED);

		initEEnum(monitoringCategoryEEnum, MonitoringCategory.class, "MonitoringCategory");
		addEEnumLiteral(monitoringCategoryEEnum, MonitoringCategory.UNSTABLE);
		addEEnumLiteral(monitoringCategoryEEnum, MonitoringCategory.EDGE);
		addEEnumLiteral(monitoringCategoryEEnum, MonitoringCategory.SUDDEN_HARDSHIP);

		initEEnum(riskTypeEEnum, RiskType.class, "RiskType");
		addEEnumLiteral(riskTypeEEnum, RiskType.ILLNESS);
		addEEnumLiteral(riskTypeEEnum, RiskType.DISABILITY);
		addEEnumLiteral(riskTypeEEnum, RiskType.SCHOOLING);
		addEEnumLiteral(riskTypeEEnum, RiskType.DISASTER);
		addEEnumLiteral(riskTypeEEnum, RiskType.ACCIDENT);
		addEEnumLiteral(riskTypeEEnum, RiskType.UNEMPLOYMENT);
		addEEnumLiteral(riskTypeEEnum, RiskType.INDUSTRY_FAILURE);
		addEEnumLiteral(riskTypeEEnum, RiskType.OTHER);

		initEEnum(howFoundEEnum, HowFound.class, "HowFound");
		addEEnumLiteral(howFoundEEnum, HowFound.SELF_REPORT);
		addEEnumLiteral(howFoundEEnum, HowFound.CADRE_VISIT);
		addEEnumLiteral(howFoundEEnum, HowFound.DEPARTMENT_SCREENING);
		addEEnumLiteral(howFoundEEnum, HowFound.OTHER);

		initEEnum(monitoringStageEEnum, MonitoringStage.class, "MonitoringStage");
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.WARNED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.VISITED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.COMPARED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.PUBLICISED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.TOWNSHIP_REVIEWED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.MONITORED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.NOT_INCLUDED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.ELIMINATION_VISITED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.ELIMINATION_PUBLICISED);
		addEEnumLiteral(monitoringStageEEnum, MonitoringStage.ELIMINATED);

		initEEnum(monitoringStepEEnum, MonitoringStep.class, "MonitoringStep");
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.START);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.VISIT);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.COMPARE);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.PUBLICISE);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.TOWNSHIP_REVIEW);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.COUNTY_APPROVE);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.DECLINE);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.ELIMINATION_VISIT);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.ELIMINATION_PUBLICISE);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.ELIMINATION_APPROVE);
		addEEnumLiteral(monitoringStepEEnum, MonitoringStep.SEND_BACK);

		initEEnum(measureKindEEnum, MeasureKind.class, "MeasureKind");
		addEEnumLiteral(measureKindEEnum, MeasureKind.INDUSTRY);
		addEEnumLiteral(measureKindEEnum, MeasureKind.EMPLOYMENT);
		addEEnumLiteral(measureKindEEnum, MeasureKind.HEALTH);
		addEEnumLiteral(measureKindEEnum, MeasureKind.EDUCATION);
		addEEnumLiteral(measureKindEEnum, MeasureKind.HOUSING);
		addEEnumLiteral(measureKindEEnum, MeasureKind.SOCIAL_ASSISTANCE);
		addEEnumLiteral(measureKindEEnum, MeasureKind.OTHER);

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
			   "documentation", "\u9632\u6b62\u8fd4\u8d2b\u52a8\u6001\u76d1\u6d4b: after 2020, the households at risk of slipping back, found early, helped, and closed only when the risk is gone; the household income card (\u6536\u5165\u660e\u767d\u5361) every figure starts from."
		   });
		addAnnotation
		  (policyYearEClass,
		   source,
		   new String[] {
			   "documentation", "The policy parameters of one year, as the office enters them: figures of a year are always computed with that year\'s parameters."
		   });
		addAnnotation
		  (getPolicyYear_IncomeLine(),
		   source,
		   new String[] {
			   "documentation", "\u76d1\u6d4b\u6536\u5165\u7ebf: the year\'s monitoring line of per-capita net income, yuan per person (2021: 6,000, Hunan\'s 1.5 times the poverty line)."
		   });
		addAnnotation
		  (getPolicyYear_WarningMargin(),
		   source,
		   new String[] {
			   "documentation", "A household within this share (per cent) above the line is warned too (e.g. 10)."
		   });
		addAnnotation
		  (getPolicyYear_IncomeDropShare(),
		   source,
		   new String[] {
			   "documentation", "A fall of per-capita net income against the previous year by more than this share (per cent) is warned (e.g. 30)."
		   });
		addAnnotation
		  (getPolicyYear_RigidExpenditure(),
		   source,
		   new String[] {
			   "documentation", "Rigid expenditure (medical, schooling, disaster, accident) above this amount in the year is warned, yuan."
		   });
		addAnnotation
		  (getPolicyYear_RigidExpenditureShare(),
		   source,
		   new String[] {
			   "documentation", "Rigid expenditure above this share (per cent) of the household\'s net income is warned."
		   });
		addAnnotation
		  (getPolicyYear_CropsCostShare(),
		   source,
		   new String[] {
			   "documentation", "Default production cost of crops, per cent of their gross income."
		   });
		addAnnotation
		  (getPolicyYear_LivestockCostShare(),
		   source,
		   new String[] {
			   "documentation", "Default production cost of livestock, per cent of its gross income."
		   });
		addAnnotation
		  (getPolicyYear_ForestryFruitCostShare(),
		   source,
		   new String[] {
			   "documentation", "Default production cost of forestry and fruit, per cent of their gross income."
		   });
		addAnnotation
		  (getPolicyYear_OtherOperatingCostShare(),
		   source,
		   new String[] {
			   "documentation", "Default production cost of other operating income, per cent of its gross income."
		   });
		addAnnotation
		  (getPolicyYear_VisitDays(),
		   source,
		   new String[] {
			   "documentation", "A warning is to be visited (\u5165\u6237\u6838\u5b9e) within this many days of being raised (e.g. 3)."
		   });
		addAnnotation
		  (getPolicyYear_DecisionDays(),
		   source,
		   new String[] {
			   "documentation", "A warning is to be decided (dismissed, or identification started and taken to the county) within this many days (e.g. 15)."
		   });
		addAnnotation
		  (incomeCardEClass,
		   source,
		   new String[] {
			   "documentation", "\u6536\u5165\u660e\u767d\u5361: a household\'s income of one year by source, and its production costs; total, net and per-capita net income are derived (IncomeAccount), and the per-capita figure is the household\'s annual income of that year."
		   });
		addAnnotation
		  (getIncomeCard_People(),
		   source,
		   new String[] {
			   "documentation", "The household\'s people in that year: the per-capita figure divides by them."
		   });
		addAnnotation
		  (getIncomeCard_Wages(),
		   source,
		   new String[] {
			   "documentation", "\u5de5\u8d44\u6027\u6536\u5165: wages and salaries, yuan in the year."
		   });
		addAnnotation
		  (getIncomeCard_Crops(),
		   source,
		   new String[] {
			   "documentation", "\u79cd\u690d\u4e1a: gross operating income from crops, yuan."
		   });
		addAnnotation
		  (getIncomeCard_Livestock(),
		   source,
		   new String[] {
			   "documentation", "\u517b\u6b96\u4e1a: gross operating income from livestock, yuan."
		   });
		addAnnotation
		  (getIncomeCard_ForestryFruit(),
		   source,
		   new String[] {
			   "documentation", "\u6797\u679c\u4e1a: gross operating income from forestry and fruit, yuan."
		   });
		addAnnotation
		  (getIncomeCard_OtherOperating(),
		   source,
		   new String[] {
			   "documentation", "\u5176\u4ed6\u7ecf\u8425: other gross operating income, yuan."
		   });
		addAnnotation
		  (getIncomeCard_CropsCost(),
		   source,
		   new String[] {
			   "documentation", "\u79cd\u690d\u4e1a\u751f\u4ea7\u6210\u672c: entered, or (empty) the year\'s default share of the crops\' gross income."
		   });
		addAnnotation
		  (getIncomeCard_LivestockCost(),
		   source,
		   new String[] {
			   "documentation", "\u517b\u6b96\u4e1a\u751f\u4ea7\u6210\u672c: entered, or (empty) the year\'s default share of the livestock\'s gross income."
		   });
		addAnnotation
		  (getIncomeCard_ForestryFruitCost(),
		   source,
		   new String[] {
			   "documentation", "\u6797\u679c\u4e1a\u751f\u4ea7\u6210\u672c: entered, or (empty) the year\'s default share."
		   });
		addAnnotation
		  (getIncomeCard_OtherOperatingCost(),
		   source,
		   new String[] {
			   "documentation", "\u5176\u4ed6\u7ecf\u8425\u751f\u4ea7\u6210\u672c: entered, or (empty) the year\'s default share."
		   });
		addAnnotation
		  (getIncomeCard_Property(),
		   source,
		   new String[] {
			   "documentation", "\u8d22\u4ea7\u6027\u6536\u5165: rent, dividends (e.g. from a benefit link), interest, yuan."
		   });
		addAnnotation
		  (getIncomeCard_Pensions(),
		   source,
		   new String[] {
			   "documentation", "\u517b\u8001\u91d1: pensions, yuan."
		   });
		addAnnotation
		  (getIncomeCard_LowIncomeAllowance(),
		   source,
		   new String[] {
			   "documentation", "\u4f4e\u4fdd\u91d1: the low-income allowance, yuan."
		   });
		addAnnotation
		  (getIncomeCard_Subsidies(),
		   source,
		   new String[] {
			   "documentation", "\u8865\u8d34: policy subsidies (ecological, agricultural, industry awards ...), yuan."
		   });
		addAnnotation
		  (getIncomeCard_OtherTransfers(),
		   source,
		   new String[] {
			   "documentation", "\u5176\u4ed6\u8f6c\u79fb\u6027\u6536\u5165: other transfers (remittances, relief ...), yuan."
		   });
		addAnnotation
		  (rigidExpenditureEClass,
		   source,
		   new String[] {
			   "documentation", "\u521a\u6027\u652f\u51fa: a household\'s medical, schooling, disaster or accident expense of a date, and whether it has been resolved (covered, reimbursed, relieved)."
		   });
		addAnnotation
		  (getRigidExpenditure_Amount(),
		   source,
		   new String[] {
			   "documentation", "Yuan the household bears."
		   });
		addAnnotation
		  (getRigidExpenditure_Resolved(),
		   source,
		   new String[] {
			   "documentation", "Covered, reimbursed or relieved: no longer a risk."
		   });
		addAnnotation
		  (departmentRecordEClass,
		   source,
		   new String[] {
			   "documentation", "\u90e8\u95e8\u7b5b\u67e5\u6570\u636e: one person named by a department\'s list (civil affairs\' low-income list, medical insurance\'s large expenses, disability certificates), imported as it comes; a record naming a household member raises a warning."
		   });
		addAnnotation
		  (getDepartmentRecord_IdNumber(),
		   source,
		   new String[] {
			   "documentation", "The person\'s ID number, as the department gives it."
		   });
		addAnnotation
		  (getDepartmentRecord_Date(),
		   source,
		   new String[] {
			   "documentation", "The day the department\'s record was made."
		   });
		addAnnotation
		  (getDepartmentRecord_Amount(),
		   source,
		   new String[] {
			   "documentation", "An amount the list gives (a medical expense, an allowance), yuan."
		   });
		addAnnotation
		  (warningEClass,
		   source,
		   new String[] {
			   "documentation", "\u9884\u8b66: a household the rules found at risk, with the reason and its figures; the township\'s task, with deadlines to visit and to decide."
		   });
		addAnnotation
		  (getWarning_Year(),
		   source,
		   new String[] {
			   "documentation", "The year whose figures and parameters raised it."
		   });
		addAnnotation
		  (getWarning_Reason(),
		   source,
		   new String[] {
			   "documentation", "Why, with the figures, in the words of the day it was raised."
		   });
		addAnnotation
		  (getWarning_Figure(),
		   source,
		   new String[] {
			   "documentation", "The household\'s figure that crossed the threshold."
		   });
		addAnnotation
		  (getWarning_Threshold(),
		   source,
		   new String[] {
			   "documentation", "The threshold it crossed."
		   });
		addAnnotation
		  (getWarning_VisitBy(),
		   source,
		   new String[] {
			   "documentation", "\u5165\u6237\u6838\u5b9e due."
		   });
		addAnnotation
		  (getWarning_DecideBy(),
		   source,
		   new String[] {
			   "documentation", "\u7814\u5224 due."
		   });
		addAnnotation
		  (getWarning_Note(),
		   source,
		   new String[] {
			   "documentation", "The reason it was dismissed."
		   });
		addAnnotation
		  (getWarning_Monitored(),
		   source,
		   new String[] {
			   "documentation", "The identification it started."
		   });
		addAnnotation
		  (monitoredHouseholdEClass,
		   source,
		   new String[] {
			   "documentation", "\u76d1\u6d4b\u5bf9\u8c61: a household under identification or monitoring, from the warning to risk elimination; its record stays afterwards."
		   });
		addAnnotation
		  (getMonitoredHousehold_StageDue(),
		   source,
		   new String[] {
			   "documentation", "When the current step is due: past it, the household is overdue."
		   });
		addAnnotation
		  (getMonitoredHousehold_AuthorisationSigned(),
		   source,
		   new String[] {
			   "documentation", "The household signed the authorisation to check its data (\u6388\u6743\u4e66), needed for the visit."
		   });
		addAnnotation
		  (getMonitoredHousehold_PublicisedOn(),
		   source,
		   new String[] {
			   "documentation", "The day the current publicity began (\u8bc4\u8bae\u516c\u793a, at least five days)."
		   });
		addAnnotation
		  (getMonitoredHousehold_IdentifiedOn(),
		   source,
		   new String[] {
			   "documentation", "\u7eb3\u5165\u76d1\u6d4b: the day the county approved."
		   });
		addAnnotation
		  (getMonitoredHousehold_EliminatedOn(),
		   source,
		   new String[] {
			   "documentation", "\u6807\u6ce8\u98ce\u9669\u6d88\u9664: the day the county approved elimination."
		   });
		addAnnotation
		  (monitoringEventEClass,
		   source,
		   new String[] {
			   "documentation", "A step of the identification or the elimination: who, when, and the evidence."
		   });
		addAnnotation
		  (helpMeasureEClass,
		   source,
		   new String[] {
			   "documentation", "\u5e2e\u6276\u63aa\u65bd: a measure planned for a monitored household, and when it was given; linked, where it exists, to another plug-in\'s record."
		   });
		addAnnotation
		  (getHelpMeasure_LinkedRecord(),
		   source,
		   new String[] {
			   "documentation", "Another plug-in\'s record: its class\'s name and stored id (industry.BenefitLink#12)."
		   });
		addAnnotation
		  (expenditureKindEEnum,
		   source,
		   new String[] {
			   "documentation", "\u521a\u6027\u652f\u51fa\u7c7b\u522b."
		   });
		addAnnotation
		  (departmentListEEnum,
		   source,
		   new String[] {
			   "documentation", "\u90e8\u95e8\u540d\u5355."
		   });
		addAnnotation
		  (warningKindEEnum,
		   source,
		   new String[] {
			   "documentation", "\u9884\u8b66\u7c7b\u522b: which rule raised it."
		   });
		addAnnotation
		  (warningStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "\u9884\u8b66\u72b6\u6001: open (a task), dismissed with a reason, identification started, or cleared (the rule no longer raises it)."
		   });
		addAnnotation
		  (monitoringCategoryEEnum,
		   source,
		   new String[] {
			   "documentation", "\u76d1\u6d4b\u5bf9\u8c61\u7c7b\u522b."
		   });
		addAnnotation
		  (riskTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "\u98ce\u9669\u7c7b\u578b."
		   });
		addAnnotation
		  (howFoundEEnum,
		   source,
		   new String[] {
			   "documentation", "\u53d1\u73b0\u65b9\u5f0f."
		   });
		addAnnotation
		  (monitoringStageEEnum,
		   source,
		   new String[] {
			   "documentation", "Where a monitored household stands: the identification (\u9884\u8b66 to \u7eb3\u5165\u76d1\u6d4b, or \u4e0d\u4e88\u7eb3\u5165), then the elimination (\u6838\u5b9e, \u516c\u793a, \u98ce\u9669\u6d88\u9664)."
		   });
		addAnnotation
		  (monitoringStepEEnum,
		   source,
		   new String[] {
			   "documentation", "A step of the lifecycle."
		   });
		addAnnotation
		  (measureKindEEnum,
		   source,
		   new String[] {
			   "documentation", "\u5e2e\u6276\u63aa\u65bd\u7c7b\u522b."
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
			   "version", "2"
		   });
		addAnnotation
		  (getPolicyYear_Year(),
		   source,
		   new String[] {
			   "index", "true",
			   "unique", "true"
		   });
		addAnnotation
		  (getIncomeCard_Year(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getRigidExpenditure_Note(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getDepartmentRecord_IdNumber(),
		   source,
		   new String[] {
			   "index", "true",
			   "personal", "id"
		   });
		addAnnotation
		  (getDepartmentRecord_Note(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getWarning_Reason(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getWarning_Note(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getMonitoringEvent_Note(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getHelpMeasure_Description(),
		   source,
		   new String[] {
			   "length", "1000"
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
		  (getPolicyYear_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getPolicyYear_IncomeLine(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getPolicyYear_RigidExpenditure(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getPolicyYear_VisitDays(),
		   source,
		   new String[] {
			   "min", "1"
		   });
		addAnnotation
		  (getPolicyYear_DecisionDays(),
		   source,
		   new String[] {
			   "min", "1"
		   });
		addAnnotation
		  (getIncomeCard_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getIncomeCard_People(),
		   source,
		   new String[] {
			   "min", "1"
		   });
		addAnnotation
		  (getIncomeCard_Wages(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_Crops(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_Livestock(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_ForestryFruit(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_OtherOperating(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_CropsCost(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_LivestockCost(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_ForestryFruitCost(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_OtherOperatingCost(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_Property(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_Pensions(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_LowIncomeAllowance(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_Subsidies(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getIncomeCard_OtherTransfers(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getRigidExpenditure_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getDepartmentRecord_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getHelpMeasure_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
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
		  (getPolicyYear_Year(),
		   source,
		   new String[] {
			   "key", "true"
		   });
	}

} //MonitoringPackageImpl
