/**
 */
package xiaokang.monitoring.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;

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
