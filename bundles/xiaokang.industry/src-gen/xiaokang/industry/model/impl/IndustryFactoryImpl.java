/**
 */
package xiaokang.industry.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import xiaokang.industry.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IndustryFactoryImpl extends EFactoryImpl implements IndustryFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static IndustryFactory init() {
		try {
			IndustryFactory theIndustryFactory = (IndustryFactory)EPackage.Registry.INSTANCE.getEFactory(IndustryPackage.eNS_URI);
			if (theIndustryFactory != null) {
				return theIndustryFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new IndustryFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndustryFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case IndustryPackage.ENTERPRISE: return createEnterprise();
			case IndustryPackage.COOPERATIVE: return createCooperative();
			case IndustryPackage.INDUSTRY_BASE: return createIndustryBase();
			case IndustryPackage.BENEFIT_LINK: return createBenefitLink();
			case IndustryPackage.SUBSIDY_GRANT: return createSubsidyGrant();
			case IndustryPackage.CONSUMPTION_SALE: return createConsumptionSale();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case IndustryPackage.ENTERPRISE_KIND:
				return createEnterpriseKindFromString(eDataType, initialValue);
			case IndustryPackage.LINK_MODE:
				return createLinkModeFromString(eDataType, initialValue);
			case IndustryPackage.RECIPIENT_KIND:
				return createRecipientKindFromString(eDataType, initialValue);
			case IndustryPackage.BUYER_KIND:
				return createBuyerKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case IndustryPackage.ENTERPRISE_KIND:
				return convertEnterpriseKindToString(eDataType, instanceValue);
			case IndustryPackage.LINK_MODE:
				return convertLinkModeToString(eDataType, instanceValue);
			case IndustryPackage.RECIPIENT_KIND:
				return convertRecipientKindToString(eDataType, instanceValue);
			case IndustryPackage.BUYER_KIND:
				return convertBuyerKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise createEnterprise() {
		EnterpriseImpl enterprise = new EnterpriseImpl();
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cooperative createCooperative() {
		CooperativeImpl cooperative = new CooperativeImpl();
		return cooperative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustryBase createIndustryBase() {
		IndustryBaseImpl industryBase = new IndustryBaseImpl();
		return industryBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenefitLink createBenefitLink() {
		BenefitLinkImpl benefitLink = new BenefitLinkImpl();
		return benefitLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubsidyGrant createSubsidyGrant() {
		SubsidyGrantImpl subsidyGrant = new SubsidyGrantImpl();
		return subsidyGrant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsumptionSale createConsumptionSale() {
		ConsumptionSaleImpl consumptionSale = new ConsumptionSaleImpl();
		return consumptionSale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnterpriseKind createEnterpriseKindFromString(EDataType eDataType, String initialValue) {
		EnterpriseKind result = EnterpriseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnterpriseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkMode createLinkModeFromString(EDataType eDataType, String initialValue) {
		LinkMode result = LinkMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecipientKind createRecipientKindFromString(EDataType eDataType, String initialValue) {
		RecipientKind result = RecipientKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecipientKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BuyerKind createBuyerKindFromString(EDataType eDataType, String initialValue) {
		BuyerKind result = BuyerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuyerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustryPackage getIndustryPackage() {
		return (IndustryPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static IndustryPackage getPackage() {
		return IndustryPackage.eINSTANCE;
	}

} //IndustryFactoryImpl
