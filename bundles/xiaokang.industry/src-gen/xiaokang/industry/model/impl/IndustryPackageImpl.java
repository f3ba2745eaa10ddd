/**
 */
package xiaokang.industry.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.industry.model.BenefitLink;
import xiaokang.industry.model.BuyerKind;
import xiaokang.industry.model.ConsumptionSale;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.EnterpriseKind;
import xiaokang.industry.model.IndustryBase;
import xiaokang.industry.model.IndustryFactory;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.industry.model.LinkMode;
import xiaokang.industry.model.RecipientKind;
import xiaokang.industry.model.SubsidyGrant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IndustryPackageImpl extends EPackageImpl implements IndustryPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cooperativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass industryBaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass benefitLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subsidyGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consumptionSaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enterpriseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recipientKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum buyerKindEEnum = null;

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
	 * @see xiaokang.industry.model.IndustryPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private IndustryPackageImpl() {
		super(eNS_URI, IndustryFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link IndustryPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static IndustryPackage init() {
		if (isInited) return (IndustryPackage)EPackage.Registry.INSTANCE.getEPackage(IndustryPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredIndustryPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		IndustryPackageImpl theIndustryPackage = registeredIndustryPackage instanceof IndustryPackageImpl ? (IndustryPackageImpl)registeredIndustryPackage : new IndustryPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theIndustryPackage.createPackageContents();

		// Initialize created meta-data
		theIndustryPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theIndustryPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(IndustryPackage.eNS_URI, theIndustryPackage);
		return theIndustryPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterprise() {
		return enterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Name() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Kind() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterprise_Township() {
		return (EReference)enterpriseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Products() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCooperative() {
		return cooperativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperative_Name() {
		return (EAttribute)cooperativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperative_RegistrationNumber() {
		return (EAttribute)cooperativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCooperative_Township() {
		return (EReference)cooperativeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCooperative_Villages() {
		return (EReference)cooperativeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperative_Members() {
		return (EAttribute)cooperativeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperative_PoorMemberHouseholds() {
		return (EAttribute)cooperativeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperative_MainProducts() {
		return (EAttribute)cooperativeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCooperative_Enterprise() {
		return (EReference)cooperativeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndustryBase() {
		return industryBaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustryBase_Name() {
		return (EAttribute)industryBaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustryBase_Product() {
		return (EAttribute)industryBaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustryBase_Area() {
		return (EAttribute)industryBaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustryBase_Township() {
		return (EReference)industryBaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustryBase_Villages() {
		return (EReference)industryBaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustryBase_Enterprise() {
		return (EReference)industryBaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustryBase_Cooperative() {
		return (EReference)industryBaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBenefitLink() {
		return benefitLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBenefitLink_Household() {
		return (EReference)benefitLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLink_Mode() {
		return (EAttribute)benefitLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLink_Year() {
		return (EAttribute)benefitLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBenefitLink_Enterprise() {
		return (EReference)benefitLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBenefitLink_Cooperative() {
		return (EReference)benefitLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBenefitLink_Base() {
		return (EReference)benefitLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLink_People() {
		return (EAttribute)benefitLinkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLink_IncomeGain() {
		return (EAttribute)benefitLinkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubsidyGrant() {
		return subsidyGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsidyGrant_RecipientKind() {
		return (EAttribute)subsidyGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubsidyGrant_Household() {
		return (EReference)subsidyGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubsidyGrant_Cooperative() {
		return (EReference)subsidyGrantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubsidyGrant_Enterprise() {
		return (EReference)subsidyGrantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsidyGrant_Amount() {
		return (EAttribute)subsidyGrantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsidyGrant_Year() {
		return (EAttribute)subsidyGrantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsidyGrant_Policy() {
		return (EAttribute)subsidyGrantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsumptionSale() {
		return consumptionSaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionSale_Product() {
		return (EAttribute)consumptionSaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsumptionSale_Cooperative() {
		return (EReference)consumptionSaleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsumptionSale_Enterprise() {
		return (EReference)consumptionSaleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionSale_BuyerKind() {
		return (EAttribute)consumptionSaleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionSale_Buyer() {
		return (EAttribute)consumptionSaleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionSale_Amount() {
		return (EAttribute)consumptionSaleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionSale_Date() {
		return (EAttribute)consumptionSaleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnterpriseKind() {
		return enterpriseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkMode() {
		return linkModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecipientKind() {
		return recipientKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBuyerKind() {
		return buyerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustryFactory getIndustryFactory() {
		return (IndustryFactory)getEFactoryInstance();
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
		enterpriseEClass = createEClass(ENTERPRISE);
		createEAttribute(enterpriseEClass, ENTERPRISE__NAME);
		createEAttribute(enterpriseEClass, ENTERPRISE__KIND);
		createEReference(enterpriseEClass, ENTERPRISE__TOWNSHIP);
		createEAttribute(enterpriseEClass, ENTERPRISE__PRODUCTS);

		cooperativeEClass = createEClass(COOPERATIVE);
		createEAttribute(cooperativeEClass, COOPERATIVE__NAME);
		createEAttribute(cooperativeEClass, COOPERATIVE__REGISTRATION_NUMBER);
		createEReference(cooperativeEClass, COOPERATIVE__TOWNSHIP);
		createEReference(cooperativeEClass, COOPERATIVE__VILLAGES);
		createEAttribute(cooperativeEClass, COOPERATIVE__MEMBERS);
		createEAttribute(cooperativeEClass, COOPERATIVE__POOR_MEMBER_HOUSEHOLDS);
		createEAttribute(cooperativeEClass, COOPERATIVE__MAIN_PRODUCTS);
		createEReference(cooperativeEClass, COOPERATIVE__ENTERPRISE);

		industryBaseEClass = createEClass(INDUSTRY_BASE);
		createEAttribute(industryBaseEClass, INDUSTRY_BASE__NAME);
		createEAttribute(industryBaseEClass, INDUSTRY_BASE__PRODUCT);
		createEAttribute(industryBaseEClass, INDUSTRY_BASE__AREA);
		createEReference(industryBaseEClass, INDUSTRY_BASE__TOWNSHIP);
		createEReference(industryBaseEClass, INDUSTRY_BASE__VILLAGES);
		createEReference(industryBaseEClass, INDUSTRY_BASE__ENTERPRISE);
		createEReference(industryBaseEClass, INDUSTRY_BASE__COOPERATIVE);

		benefitLinkEClass = createEClass(BENEFIT_LINK);
		createEReference(benefitLinkEClass, BENEFIT_LINK__HOUSEHOLD);
		createEAttribute(benefitLinkEClass, BENEFIT_LINK__MODE);
		createEAttribute(benefitLinkEClass, BENEFIT_LINK__YEAR);
		createEReference(benefitLinkEClass, BENEFIT_LINK__ENTERPRISE);
		createEReference(benefitLinkEClass, BENEFIT_LINK__COOPERATIVE);
		createEReference(benefitLinkEClass, BENEFIT_LINK__BASE);
		createEAttribute(benefitLinkEClass, BENEFIT_LINK__PEOPLE);
		createEAttribute(benefitLinkEClass, BENEFIT_LINK__INCOME_GAIN);

		subsidyGrantEClass = createEClass(SUBSIDY_GRANT);
		createEAttribute(subsidyGrantEClass, SUBSIDY_GRANT__RECIPIENT_KIND);
		createEReference(subsidyGrantEClass, SUBSIDY_GRANT__HOUSEHOLD);
		createEReference(subsidyGrantEClass, SUBSIDY_GRANT__COOPERATIVE);
		createEReference(subsidyGrantEClass, SUBSIDY_GRANT__ENTERPRISE);
		createEAttribute(subsidyGrantEClass, SUBSIDY_GRANT__AMOUNT);
		createEAttribute(subsidyGrantEClass, SUBSIDY_GRANT__YEAR);
		createEAttribute(subsidyGrantEClass, SUBSIDY_GRANT__POLICY);

		consumptionSaleEClass = createEClass(CONSUMPTION_SALE);
		createEAttribute(consumptionSaleEClass, CONSUMPTION_SALE__PRODUCT);
		createEReference(consumptionSaleEClass, CONSUMPTION_SALE__COOPERATIVE);
		createEReference(consumptionSaleEClass, CONSUMPTION_SALE__ENTERPRISE);
		createEAttribute(consumptionSaleEClass, CONSUMPTION_SALE__BUYER_KIND);
		createEAttribute(consumptionSaleEClass, CONSUMPTION_SALE__BUYER);
		createEAttribute(consumptionSaleEClass, CONSUMPTION_SALE__AMOUNT);
		createEAttribute(consumptionSaleEClass, CONSUMPTION_SALE__DATE);

		// Create enums
		enterpriseKindEEnum = createEEnum(ENTERPRISE_KIND);
		linkModeEEnum = createEEnum(LINK_MODE);
		recipientKindEEnum = createEEnum(RECIPIENT_KIND);
		buyerKindEEnum = createEEnum(BUYER_KIND);
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
		initEClass(enterpriseEClass, Enterprise.class, "Enterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnterprise_Name(), ecorePackage.getEString(), "name", null, 1, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_Kind(), this.getEnterpriseKind(), "kind", null, 1, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterprise_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_Products(), ecorePackage.getEString(), "products", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cooperativeEClass, Cooperative.class, "Cooperative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCooperative_Name(), ecorePackage.getEString(), "name", null, 1, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCooperative_RegistrationNumber(), ecorePackage.getEString(), "registrationNumber", null, 0, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCooperative_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCooperative_Villages(), theCorePackage.getVillage(), null, "villages", null, 0, -1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCooperative_Members(), ecorePackage.getEInt(), "members", null, 0, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCooperative_PoorMemberHouseholds(), ecorePackage.getEInt(), "poorMemberHouseholds", null, 0, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCooperative_MainProducts(), ecorePackage.getEString(), "mainProducts", null, 0, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCooperative_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, Cooperative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(industryBaseEClass, IndustryBase.class, "IndustryBase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndustryBase_Name(), ecorePackage.getEString(), "name", null, 1, 1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustryBase_Product(), ecorePackage.getEString(), "product", null, 1, 1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustryBase_Area(), ecorePackage.getEBigDecimal(), "area", null, 0, 1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustryBase_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustryBase_Villages(), theCorePackage.getVillage(), null, "villages", null, 0, -1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustryBase_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustryBase_Cooperative(), this.getCooperative(), null, "cooperative", null, 0, 1, IndustryBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(benefitLinkEClass, BenefitLink.class, "BenefitLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBenefitLink_Household(), theCorePackage.getHousehold(), null, "household", null, 1, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLink_Mode(), this.getLinkMode(), "mode", null, 1, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLink_Year(), ecorePackage.getEInt(), "year", null, 1, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBenefitLink_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBenefitLink_Cooperative(), this.getCooperative(), null, "cooperative", null, 0, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBenefitLink_Base(), this.getIndustryBase(), null, "base", null, 0, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLink_People(), ecorePackage.getEInt(), "people", null, 0, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLink_IncomeGain(), ecorePackage.getEBigDecimal(), "incomeGain", null, 0, 1, BenefitLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subsidyGrantEClass, SubsidyGrant.class, "SubsidyGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubsidyGrant_RecipientKind(), this.getRecipientKind(), "recipientKind", null, 1, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubsidyGrant_Household(), theCorePackage.getHousehold(), null, "household", null, 0, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubsidyGrant_Cooperative(), this.getCooperative(), null, "cooperative", null, 0, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubsidyGrant_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsidyGrant_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 1, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsidyGrant_Year(), ecorePackage.getEInt(), "year", null, 1, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsidyGrant_Policy(), ecorePackage.getEString(), "policy", null, 0, 1, SubsidyGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consumptionSaleEClass, ConsumptionSale.class, "ConsumptionSale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsumptionSale_Product(), ecorePackage.getEString(), "product", null, 1, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsumptionSale_Cooperative(), this.getCooperative(), null, "cooperative", null, 0, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsumptionSale_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsumptionSale_BuyerKind(), this.getBuyerKind(), "buyerKind", null, 1, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsumptionSale_Buyer(), ecorePackage.getEString(), "buyer", null, 0, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsumptionSale_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 1, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsumptionSale_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, ConsumptionSale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(enterpriseKindEEnum, EnterpriseKind.class, "EnterpriseKind");
		addEEnumLiteral(enterpriseKindEEnum, EnterpriseKind.LEADING_AGRICULTURAL);
		addEEnumLiteral(enterpriseKindEEnum, EnterpriseKind.OTHER);

		initEEnum(linkModeEEnum, LinkMode.class, "LinkMode");
		addEEnumLiteral(linkModeEEnum, LinkMode.LABOUR);
		addEEnumLiteral(linkModeEEnum, LinkMode.CAPITAL_SHARE);
		addEEnumLiteral(linkModeEEnum, LinkMode.LAND_TRANSFER);
		addEEnumLiteral(linkModeEEnum, LinkMode.GUARANTEED_PURCHASE);

		initEEnum(recipientKindEEnum, RecipientKind.class, "RecipientKind");
		addEEnumLiteral(recipientKindEEnum, RecipientKind.HOUSEHOLD);
		addEEnumLiteral(recipientKindEEnum, RecipientKind.COOPERATIVE);
		addEEnumLiteral(recipientKindEEnum, RecipientKind.ENTERPRISE);

		initEEnum(buyerKindEEnum, BuyerKind.class, "BuyerKind");
		addEEnumLiteral(buyerKindEEnum, BuyerKind.PARTY_MEMBERS);
		addEEnumLiteral(buyerKindEEnum, BuyerKind.COMPANIES);
		addEEnumLiteral(buyerKindEEnum, BuyerKind.SCHOOLS);
		addEEnumLiteral(buyerKindEEnum, BuyerKind.OTHERS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://xiaokang/store
		createStoreAnnotations();
		// http://xiaokang/exchange
		createExchangeAnnotations();
		// http://xiaokang/form
		createFormAnnotations();
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
			   "documentation", "\u4ea7\u4e1a\u6276\u8d2b: enterprises, cooperatives, bases, the benefit links tying households to them, subsidies and consumption help."
		   });
		addAnnotation
		  (enterpriseEClass,
		   source,
		   new String[] {
			   "documentation", "\u4f01\u4e1a: a leading agricultural enterprise (\u9f99\u5934\u4f01\u4e1a) or another company taking part."
		   });
		addAnnotation
		  (cooperativeEClass,
		   source,
		   new String[] {
			   "documentation", "\u519c\u4e1a\u4e13\u4e1a\u5408\u4f5c\u793e: a farmers\' cooperative, the villages it serves and its poor member households."
		   });
		addAnnotation
		  (getCooperative_RegistrationNumber(),
		   source,
		   new String[] {
			   "documentation", "\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801 or registration number."
		   });
		addAnnotation
		  (getCooperative_Enterprise(),
		   source,
		   new String[] {
			   "documentation", "The leading enterprise it works with (\u516c\u53f8+\u5408\u4f5c\u793e+\u57fa\u5730+\u8d2b\u56f0\u6237)."
		   });
		addAnnotation
		  (industryBaseEClass,
		   source,
		   new String[] {
			   "documentation", "\u4ea7\u4e1a\u57fa\u5730: a planting or breeding base (\u4e00\u6751\u4e00\u54c1\u3001\u4e00\u4e61\u4e00\u7279)."
		   });
		addAnnotation
		  (getIndustryBase_Area(),
		   source,
		   new String[] {
			   "documentation", "Area in mu (\u4ea9)."
		   });
		addAnnotation
		  (getIndustryBase_Enterprise(),
		   source,
		   new String[] {
			   "documentation", "The operating enterprise, if an enterprise operates it."
		   });
		addAnnotation
		  (getIndustryBase_Cooperative(),
		   source,
		   new String[] {
			   "documentation", "The operating cooperative, if a cooperative operates it."
		   });
		addAnnotation
		  (benefitLinkEClass,
		   source,
		   new String[] {
			   "documentation", "\u5229\u76ca\u8054\u7ed3: a household tied to an enterprise, cooperative or base, and what it gains from the tie."
		   });
		addAnnotation
		  (getBenefitLink_People(),
		   source,
		   new String[] {
			   "documentation", "The household\'s members who gain from the link."
		   });
		addAnnotation
		  (getBenefitLink_IncomeGain(),
		   source,
		   new String[] {
			   "documentation", "Income gained in the year per person, in yuan; unknown until the year is counted."
		   });
		addAnnotation
		  (subsidyGrantEClass,
		   source,
		   new String[] {
			   "documentation", "\u4ea7\u4e1a\u5956\u8865: an industry subsidy paid to a household, cooperative or enterprise."
		   });
		addAnnotation
		  (consumptionSaleEClass,
		   source,
		   new String[] {
			   "documentation", "\u6d88\u8d39\u6276\u8d2b: a sale of poverty-alleviation products, by buyer kind."
		   });
		addAnnotation
		  (enterpriseKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Whether an enterprise is a recognised leading agricultural enterprise."
		   });
		addAnnotation
		  (linkModeEEnum,
		   source,
		   new String[] {
			   "documentation", "How a household is tied to the industry."
		   });
		addAnnotation
		  (recipientKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Who a subsidy is paid to."
		   });
		addAnnotation
		  (buyerKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Who bought in consumption help."
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
		  (getEnterprise_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCooperative_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCooperative_RegistrationNumber(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getIndustryBase_Name(),
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
		  (getEnterprise_Name(),
		   source,
		   new String[] {
			   "key", "true"
		   });
		addAnnotation
		  (getCooperative_RegistrationNumber(),
		   source,
		   new String[] {
			   "key", "true"
		   });
		addAnnotation
		  (getIndustryBase_Name(),
		   source,
		   new String[] {
			   "key", "true"
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
		  (getCooperative_Members(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getCooperative_PoorMemberHouseholds(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getIndustryBase_Area(),
		   source,
		   new String[] {
			   "unit", "\u4ea9",
			   "min", "0"
		   });
		addAnnotation
		  (getBenefitLink_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getBenefitLink_People(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getBenefitLink_IncomeGain(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getSubsidyGrant_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getSubsidyGrant_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getConsumptionSale_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
	}

} //IndustryPackageImpl
