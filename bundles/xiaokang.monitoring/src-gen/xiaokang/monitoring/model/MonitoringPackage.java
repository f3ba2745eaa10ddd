/**
 */
package xiaokang.monitoring.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 *        annotation="http://xiaokang/store version='1'"
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
	 * The number of structural features of the '<em>Policy Year</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_YEAR_FEATURE_COUNT = 10;

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

	}

} //MonitoringPackage
