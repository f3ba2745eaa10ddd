/**
 */
package xiaokang.industry.model;

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
 * 产业扶贫: enterprises, cooperatives, bases, the benefit links tying households to them, subsidies and consumption help.
 * <!-- end-model-doc -->
 * @see xiaokang.industry.model.IndustryFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='1'"
 * @generated
 */
public interface IndustryPackage extends EPackage {
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
	String eNS_URI = "http://xiaokang/industry/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "industry";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IndustryPackage eINSTANCE = xiaokang.industry.model.impl.IndustryPackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.impl.EnterpriseImpl <em>Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.impl.EnterpriseImpl
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getEnterprise()
	 * @generated
	 */
	int ENTERPRISE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__TOWNSHIP = 2;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__PRODUCTS = 3;

	/**
	 * The number of structural features of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.impl.CooperativeImpl <em>Cooperative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.impl.CooperativeImpl
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getCooperative()
	 * @generated
	 */
	int COOPERATIVE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Registration Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__REGISTRATION_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__TOWNSHIP = 2;

	/**
	 * The feature id for the '<em><b>Villages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__VILLAGES = 3;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__MEMBERS = 4;

	/**
	 * The feature id for the '<em><b>Poor Member Households</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__POOR_MEMBER_HOUSEHOLDS = 5;

	/**
	 * The feature id for the '<em><b>Main Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__MAIN_PRODUCTS = 6;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE__ENTERPRISE = 7;

	/**
	 * The number of structural features of the '<em>Cooperative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Cooperative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.impl.IndustryBaseImpl <em>Base</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.impl.IndustryBaseImpl
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getIndustryBase()
	 * @generated
	 */
	int INDUSTRY_BASE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__PRODUCT = 1;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__AREA = 2;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__TOWNSHIP = 3;

	/**
	 * The feature id for the '<em><b>Villages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__VILLAGES = 4;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__ENTERPRISE = 5;

	/**
	 * The feature id for the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE__COOPERATIVE = 6;

	/**
	 * The number of structural features of the '<em>Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_BASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.impl.BenefitLinkImpl <em>Benefit Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.impl.BenefitLinkImpl
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getBenefitLink()
	 * @generated
	 */
	int BENEFIT_LINK = 3;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__MODE = 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__YEAR = 2;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__ENTERPRISE = 3;

	/**
	 * The feature id for the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__COOPERATIVE = 4;

	/**
	 * The feature id for the '<em><b>Base</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__BASE = 5;

	/**
	 * The feature id for the '<em><b>People</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__PEOPLE = 6;

	/**
	 * The feature id for the '<em><b>Income Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK__INCOME_GAIN = 7;

	/**
	 * The number of structural features of the '<em>Benefit Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Benefit Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.impl.SubsidyGrantImpl <em>Subsidy Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.impl.SubsidyGrantImpl
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getSubsidyGrant()
	 * @generated
	 */
	int SUBSIDY_GRANT = 4;

	/**
	 * The feature id for the '<em><b>Recipient Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__RECIPIENT_KIND = 0;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__HOUSEHOLD = 1;

	/**
	 * The feature id for the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__COOPERATIVE = 2;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__ENTERPRISE = 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__AMOUNT = 4;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__YEAR = 5;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT__POLICY = 6;

	/**
	 * The number of structural features of the '<em>Subsidy Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Subsidy Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSIDY_GRANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.impl.ConsumptionSaleImpl <em>Consumption Sale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.impl.ConsumptionSaleImpl
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getConsumptionSale()
	 * @generated
	 */
	int CONSUMPTION_SALE = 5;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__PRODUCT = 0;

	/**
	 * The feature id for the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__COOPERATIVE = 1;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__ENTERPRISE = 2;

	/**
	 * The feature id for the '<em><b>Buyer Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__BUYER_KIND = 3;

	/**
	 * The feature id for the '<em><b>Buyer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__BUYER = 4;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__AMOUNT = 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE__DATE = 6;

	/**
	 * The number of structural features of the '<em>Consumption Sale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Consumption Sale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_SALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.EnterpriseKind <em>Enterprise Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.EnterpriseKind
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getEnterpriseKind()
	 * @generated
	 */
	int ENTERPRISE_KIND = 6;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.LinkMode <em>Link Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.LinkMode
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getLinkMode()
	 * @generated
	 */
	int LINK_MODE = 7;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.RecipientKind <em>Recipient Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.RecipientKind
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getRecipientKind()
	 * @generated
	 */
	int RECIPIENT_KIND = 8;

	/**
	 * The meta object id for the '{@link xiaokang.industry.model.BuyerKind <em>Buyer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.industry.model.BuyerKind
	 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getBuyerKind()
	 * @generated
	 */
	int BUYER_KIND = 9;


	/**
	 * Returns the meta object for class '{@link xiaokang.industry.model.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise</em>'.
	 * @see xiaokang.industry.model.Enterprise
	 * @generated
	 */
	EClass getEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Enterprise#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.industry.model.Enterprise#getName()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Enterprise#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.industry.model.Enterprise#getKind()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Kind();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.Enterprise#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.industry.model.Enterprise#getTownship()
	 * @see #getEnterprise()
	 * @generated
	 */
	EReference getEnterprise_Township();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Enterprise#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Products</em>'.
	 * @see xiaokang.industry.model.Enterprise#getProducts()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Products();

	/**
	 * Returns the meta object for class '{@link xiaokang.industry.model.Cooperative <em>Cooperative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cooperative</em>'.
	 * @see xiaokang.industry.model.Cooperative
	 * @generated
	 */
	EClass getCooperative();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Cooperative#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.industry.model.Cooperative#getName()
	 * @see #getCooperative()
	 * @generated
	 */
	EAttribute getCooperative_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Cooperative#getRegistrationNumber <em>Registration Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration Number</em>'.
	 * @see xiaokang.industry.model.Cooperative#getRegistrationNumber()
	 * @see #getCooperative()
	 * @generated
	 */
	EAttribute getCooperative_RegistrationNumber();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.Cooperative#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.industry.model.Cooperative#getTownship()
	 * @see #getCooperative()
	 * @generated
	 */
	EReference getCooperative_Township();

	/**
	 * Returns the meta object for the reference list '{@link xiaokang.industry.model.Cooperative#getVillages <em>Villages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Villages</em>'.
	 * @see xiaokang.industry.model.Cooperative#getVillages()
	 * @see #getCooperative()
	 * @generated
	 */
	EReference getCooperative_Villages();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Cooperative#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members</em>'.
	 * @see xiaokang.industry.model.Cooperative#getMembers()
	 * @see #getCooperative()
	 * @generated
	 */
	EAttribute getCooperative_Members();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Cooperative#getPoorMemberHouseholds <em>Poor Member Households</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Poor Member Households</em>'.
	 * @see xiaokang.industry.model.Cooperative#getPoorMemberHouseholds()
	 * @see #getCooperative()
	 * @generated
	 */
	EAttribute getCooperative_PoorMemberHouseholds();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.Cooperative#getMainProducts <em>Main Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Main Products</em>'.
	 * @see xiaokang.industry.model.Cooperative#getMainProducts()
	 * @see #getCooperative()
	 * @generated
	 */
	EAttribute getCooperative_MainProducts();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.Cooperative#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see xiaokang.industry.model.Cooperative#getEnterprise()
	 * @see #getCooperative()
	 * @generated
	 */
	EReference getCooperative_Enterprise();

	/**
	 * Returns the meta object for class '{@link xiaokang.industry.model.IndustryBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Base</em>'.
	 * @see xiaokang.industry.model.IndustryBase
	 * @generated
	 */
	EClass getIndustryBase();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.IndustryBase#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getName()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EAttribute getIndustryBase_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.IndustryBase#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getProduct()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EAttribute getIndustryBase_Product();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.IndustryBase#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getArea()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EAttribute getIndustryBase_Area();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.IndustryBase#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getTownship()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EReference getIndustryBase_Township();

	/**
	 * Returns the meta object for the reference list '{@link xiaokang.industry.model.IndustryBase#getVillages <em>Villages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Villages</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getVillages()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EReference getIndustryBase_Villages();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.IndustryBase#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getEnterprise()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EReference getIndustryBase_Enterprise();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.IndustryBase#getCooperative <em>Cooperative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cooperative</em>'.
	 * @see xiaokang.industry.model.IndustryBase#getCooperative()
	 * @see #getIndustryBase()
	 * @generated
	 */
	EReference getIndustryBase_Cooperative();

	/**
	 * Returns the meta object for class '{@link xiaokang.industry.model.BenefitLink <em>Benefit Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benefit Link</em>'.
	 * @see xiaokang.industry.model.BenefitLink
	 * @generated
	 */
	EClass getBenefitLink();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.BenefitLink#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getHousehold()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EReference getBenefitLink_Household();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.BenefitLink#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getMode()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EAttribute getBenefitLink_Mode();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.BenefitLink#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getYear()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EAttribute getBenefitLink_Year();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.BenefitLink#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getEnterprise()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EReference getBenefitLink_Enterprise();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.BenefitLink#getCooperative <em>Cooperative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cooperative</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getCooperative()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EReference getBenefitLink_Cooperative();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.BenefitLink#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Base</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getBase()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EReference getBenefitLink_Base();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.BenefitLink#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>People</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getPeople()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EAttribute getBenefitLink_People();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.BenefitLink#getIncomeGain <em>Income Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Income Gain</em>'.
	 * @see xiaokang.industry.model.BenefitLink#getIncomeGain()
	 * @see #getBenefitLink()
	 * @generated
	 */
	EAttribute getBenefitLink_IncomeGain();

	/**
	 * Returns the meta object for class '{@link xiaokang.industry.model.SubsidyGrant <em>Subsidy Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subsidy Grant</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant
	 * @generated
	 */
	EClass getSubsidyGrant();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.SubsidyGrant#getRecipientKind <em>Recipient Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient Kind</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getRecipientKind()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EAttribute getSubsidyGrant_RecipientKind();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.SubsidyGrant#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getHousehold()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EReference getSubsidyGrant_Household();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.SubsidyGrant#getCooperative <em>Cooperative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cooperative</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getCooperative()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EReference getSubsidyGrant_Cooperative();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.SubsidyGrant#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getEnterprise()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EReference getSubsidyGrant_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.SubsidyGrant#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getAmount()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EAttribute getSubsidyGrant_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.SubsidyGrant#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getYear()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EAttribute getSubsidyGrant_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.SubsidyGrant#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see xiaokang.industry.model.SubsidyGrant#getPolicy()
	 * @see #getSubsidyGrant()
	 * @generated
	 */
	EAttribute getSubsidyGrant_Policy();

	/**
	 * Returns the meta object for class '{@link xiaokang.industry.model.ConsumptionSale <em>Consumption Sale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consumption Sale</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale
	 * @generated
	 */
	EClass getConsumptionSale();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.ConsumptionSale#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getProduct()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EAttribute getConsumptionSale_Product();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.ConsumptionSale#getCooperative <em>Cooperative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cooperative</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getCooperative()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EReference getConsumptionSale_Cooperative();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.industry.model.ConsumptionSale#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getEnterprise()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EReference getConsumptionSale_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.ConsumptionSale#getBuyerKind <em>Buyer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buyer Kind</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getBuyerKind()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EAttribute getConsumptionSale_BuyerKind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.ConsumptionSale#getBuyer <em>Buyer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buyer</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getBuyer()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EAttribute getConsumptionSale_Buyer();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.ConsumptionSale#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getAmount()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EAttribute getConsumptionSale_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.industry.model.ConsumptionSale#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.industry.model.ConsumptionSale#getDate()
	 * @see #getConsumptionSale()
	 * @generated
	 */
	EAttribute getConsumptionSale_Date();

	/**
	 * Returns the meta object for enum '{@link xiaokang.industry.model.EnterpriseKind <em>Enterprise Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enterprise Kind</em>'.
	 * @see xiaokang.industry.model.EnterpriseKind
	 * @generated
	 */
	EEnum getEnterpriseKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.industry.model.LinkMode <em>Link Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Mode</em>'.
	 * @see xiaokang.industry.model.LinkMode
	 * @generated
	 */
	EEnum getLinkMode();

	/**
	 * Returns the meta object for enum '{@link xiaokang.industry.model.RecipientKind <em>Recipient Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recipient Kind</em>'.
	 * @see xiaokang.industry.model.RecipientKind
	 * @generated
	 */
	EEnum getRecipientKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.industry.model.BuyerKind <em>Buyer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buyer Kind</em>'.
	 * @see xiaokang.industry.model.BuyerKind
	 * @generated
	 */
	EEnum getBuyerKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	IndustryFactory getIndustryFactory();

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
		 * The meta object literal for the '{@link xiaokang.industry.model.impl.EnterpriseImpl <em>Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.impl.EnterpriseImpl
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getEnterprise()
		 * @generated
		 */
		EClass ENTERPRISE = eINSTANCE.getEnterprise();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__NAME = eINSTANCE.getEnterprise_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__KIND = eINSTANCE.getEnterprise_Kind();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE__TOWNSHIP = eINSTANCE.getEnterprise_Township();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__PRODUCTS = eINSTANCE.getEnterprise_Products();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.impl.CooperativeImpl <em>Cooperative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.impl.CooperativeImpl
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getCooperative()
		 * @generated
		 */
		EClass COOPERATIVE = eINSTANCE.getCooperative();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATIVE__NAME = eINSTANCE.getCooperative_Name();

		/**
		 * The meta object literal for the '<em><b>Registration Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATIVE__REGISTRATION_NUMBER = eINSTANCE.getCooperative_RegistrationNumber();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COOPERATIVE__TOWNSHIP = eINSTANCE.getCooperative_Township();

		/**
		 * The meta object literal for the '<em><b>Villages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COOPERATIVE__VILLAGES = eINSTANCE.getCooperative_Villages();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATIVE__MEMBERS = eINSTANCE.getCooperative_Members();

		/**
		 * The meta object literal for the '<em><b>Poor Member Households</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATIVE__POOR_MEMBER_HOUSEHOLDS = eINSTANCE.getCooperative_PoorMemberHouseholds();

		/**
		 * The meta object literal for the '<em><b>Main Products</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATIVE__MAIN_PRODUCTS = eINSTANCE.getCooperative_MainProducts();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COOPERATIVE__ENTERPRISE = eINSTANCE.getCooperative_Enterprise();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.impl.IndustryBaseImpl <em>Base</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.impl.IndustryBaseImpl
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getIndustryBase()
		 * @generated
		 */
		EClass INDUSTRY_BASE = eINSTANCE.getIndustryBase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_BASE__NAME = eINSTANCE.getIndustryBase_Name();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_BASE__PRODUCT = eINSTANCE.getIndustryBase_Product();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_BASE__AREA = eINSTANCE.getIndustryBase_Area();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_BASE__TOWNSHIP = eINSTANCE.getIndustryBase_Township();

		/**
		 * The meta object literal for the '<em><b>Villages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_BASE__VILLAGES = eINSTANCE.getIndustryBase_Villages();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_BASE__ENTERPRISE = eINSTANCE.getIndustryBase_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Cooperative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRY_BASE__COOPERATIVE = eINSTANCE.getIndustryBase_Cooperative();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.impl.BenefitLinkImpl <em>Benefit Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.impl.BenefitLinkImpl
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getBenefitLink()
		 * @generated
		 */
		EClass BENEFIT_LINK = eINSTANCE.getBenefitLink();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT_LINK__HOUSEHOLD = eINSTANCE.getBenefitLink_Household();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINK__MODE = eINSTANCE.getBenefitLink_Mode();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINK__YEAR = eINSTANCE.getBenefitLink_Year();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT_LINK__ENTERPRISE = eINSTANCE.getBenefitLink_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Cooperative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT_LINK__COOPERATIVE = eINSTANCE.getBenefitLink_Cooperative();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT_LINK__BASE = eINSTANCE.getBenefitLink_Base();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINK__PEOPLE = eINSTANCE.getBenefitLink_People();

		/**
		 * The meta object literal for the '<em><b>Income Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINK__INCOME_GAIN = eINSTANCE.getBenefitLink_IncomeGain();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.impl.SubsidyGrantImpl <em>Subsidy Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.impl.SubsidyGrantImpl
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getSubsidyGrant()
		 * @generated
		 */
		EClass SUBSIDY_GRANT = eINSTANCE.getSubsidyGrant();

		/**
		 * The meta object literal for the '<em><b>Recipient Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSIDY_GRANT__RECIPIENT_KIND = eINSTANCE.getSubsidyGrant_RecipientKind();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSIDY_GRANT__HOUSEHOLD = eINSTANCE.getSubsidyGrant_Household();

		/**
		 * The meta object literal for the '<em><b>Cooperative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSIDY_GRANT__COOPERATIVE = eINSTANCE.getSubsidyGrant_Cooperative();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSIDY_GRANT__ENTERPRISE = eINSTANCE.getSubsidyGrant_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSIDY_GRANT__AMOUNT = eINSTANCE.getSubsidyGrant_Amount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSIDY_GRANT__YEAR = eINSTANCE.getSubsidyGrant_Year();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSIDY_GRANT__POLICY = eINSTANCE.getSubsidyGrant_Policy();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.impl.ConsumptionSaleImpl <em>Consumption Sale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.impl.ConsumptionSaleImpl
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getConsumptionSale()
		 * @generated
		 */
		EClass CONSUMPTION_SALE = eINSTANCE.getConsumptionSale();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_SALE__PRODUCT = eINSTANCE.getConsumptionSale_Product();

		/**
		 * The meta object literal for the '<em><b>Cooperative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSUMPTION_SALE__COOPERATIVE = eINSTANCE.getConsumptionSale_Cooperative();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSUMPTION_SALE__ENTERPRISE = eINSTANCE.getConsumptionSale_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Buyer Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_SALE__BUYER_KIND = eINSTANCE.getConsumptionSale_BuyerKind();

		/**
		 * The meta object literal for the '<em><b>Buyer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_SALE__BUYER = eINSTANCE.getConsumptionSale_Buyer();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_SALE__AMOUNT = eINSTANCE.getConsumptionSale_Amount();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_SALE__DATE = eINSTANCE.getConsumptionSale_Date();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.EnterpriseKind <em>Enterprise Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.EnterpriseKind
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getEnterpriseKind()
		 * @generated
		 */
		EEnum ENTERPRISE_KIND = eINSTANCE.getEnterpriseKind();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.LinkMode <em>Link Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.LinkMode
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getLinkMode()
		 * @generated
		 */
		EEnum LINK_MODE = eINSTANCE.getLinkMode();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.RecipientKind <em>Recipient Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.RecipientKind
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getRecipientKind()
		 * @generated
		 */
		EEnum RECIPIENT_KIND = eINSTANCE.getRecipientKind();

		/**
		 * The meta object literal for the '{@link xiaokang.industry.model.BuyerKind <em>Buyer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.industry.model.BuyerKind
		 * @see xiaokang.industry.model.impl.IndustryPackageImpl#getBuyerKind()
		 * @generated
		 */
		EEnum BUYER_KIND = eINSTANCE.getBuyerKind();

	}

} //IndustryPackage
