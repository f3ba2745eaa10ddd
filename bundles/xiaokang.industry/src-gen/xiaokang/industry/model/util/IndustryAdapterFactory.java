/**
 */
package xiaokang.industry.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import xiaokang.industry.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.industry.model.IndustryPackage
 * @generated
 */
public class IndustryAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static IndustryPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndustryAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = IndustryPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndustrySwitch<Adapter> modelSwitch =
		new IndustrySwitch<Adapter>() {
			@Override
			public Adapter caseEnterprise(Enterprise object) {
				return createEnterpriseAdapter();
			}
			@Override
			public Adapter caseCooperative(Cooperative object) {
				return createCooperativeAdapter();
			}
			@Override
			public Adapter caseIndustryBase(IndustryBase object) {
				return createIndustryBaseAdapter();
			}
			@Override
			public Adapter caseBenefitLink(BenefitLink object) {
				return createBenefitLinkAdapter();
			}
			@Override
			public Adapter caseSubsidyGrant(SubsidyGrant object) {
				return createSubsidyGrantAdapter();
			}
			@Override
			public Adapter caseConsumptionSale(ConsumptionSale object) {
				return createConsumptionSaleAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.industry.model.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.industry.model.Enterprise
	 * @generated
	 */
	public Adapter createEnterpriseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.industry.model.Cooperative <em>Cooperative</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.industry.model.Cooperative
	 * @generated
	 */
	public Adapter createCooperativeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.industry.model.IndustryBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.industry.model.IndustryBase
	 * @generated
	 */
	public Adapter createIndustryBaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.industry.model.BenefitLink <em>Benefit Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.industry.model.BenefitLink
	 * @generated
	 */
	public Adapter createBenefitLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.industry.model.SubsidyGrant <em>Subsidy Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.industry.model.SubsidyGrant
	 * @generated
	 */
	public Adapter createSubsidyGrantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.industry.model.ConsumptionSale <em>Consumption Sale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.industry.model.ConsumptionSale
	 * @generated
	 */
	public Adapter createConsumptionSaleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //IndustryAdapterFactory
