/**
 */
package xiaokang.employment.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import xiaokang.employment.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.employment.model.EmploymentPackage
 * @generated
 */
public class EmploymentAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EmploymentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmploymentAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EmploymentPackage.eINSTANCE;
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
	protected EmploymentSwitch<Adapter> modelSwitch =
		new EmploymentSwitch<Adapter>() {
			@Override
			public Adapter caseWorkshop(Workshop object) {
				return createWorkshopAdapter();
			}
			@Override
			public Adapter caseEmployment(Employment object) {
				return createEmploymentAdapter();
			}
			@Override
			public Adapter caseReturnCampaign(ReturnCampaign object) {
				return createReturnCampaignAdapter();
			}
			@Override
			public Adapter caseReturnEntry(ReturnEntry object) {
				return createReturnEntryAdapter();
			}
			@Override
			public Adapter caseTraining(Training object) {
				return createTrainingAdapter();
			}
			@Override
			public Adapter caseParticipant(Participant object) {
				return createParticipantAdapter();
			}
			@Override
			public Adapter caseEntrepreneurshipSubsidy(EntrepreneurshipSubsidy object) {
				return createEntrepreneurshipSubsidyAdapter();
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
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.Workshop <em>Workshop</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.Workshop
	 * @generated
	 */
	public Adapter createWorkshopAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.Employment <em>Employment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.Employment
	 * @generated
	 */
	public Adapter createEmploymentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.ReturnCampaign <em>Return Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.ReturnCampaign
	 * @generated
	 */
	public Adapter createReturnCampaignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.ReturnEntry <em>Return Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.ReturnEntry
	 * @generated
	 */
	public Adapter createReturnEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.Training <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.Training
	 * @generated
	 */
	public Adapter createTrainingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.Participant
	 * @generated
	 */
	public Adapter createParticipantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.employment.model.EntrepreneurshipSubsidy <em>Entrepreneurship Subsidy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.employment.model.EntrepreneurshipSubsidy
	 * @generated
	 */
	public Adapter createEntrepreneurshipSubsidyAdapter() {
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

} //EmploymentAdapterFactory
