/**
 */
package xiaokang.publicity.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import xiaokang.publicity.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.publicity.model.PublicityPackage
 * @generated
 */
public class PublicityAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PublicityPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicityAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PublicityPackage.eINSTANCE;
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
	protected PublicitySwitch<Adapter> modelSwitch =
		new PublicitySwitch<Adapter>() {
			@Override
			public Adapter caseMediaReport(MediaReport object) {
				return createMediaReportAdapter();
			}
			@Override
			public Adapter caseAward(Award object) {
				return createAwardAdapter();
			}
			@Override
			public Adapter caseCommendation(Commendation object) {
				return createCommendationAdapter();
			}
			@Override
			public Adapter caseFourOnesActivity(FourOnesActivity object) {
				return createFourOnesActivityAdapter();
			}
			@Override
			public Adapter caseProsperityLeader(ProsperityLeader object) {
				return createProsperityLeaderAdapter();
			}
			@Override
			public Adapter caseVolunteerRegistration(VolunteerRegistration object) {
				return createVolunteerRegistrationAdapter();
			}
			@Override
			public Adapter caseCharityEvent(CharityEvent object) {
				return createCharityEventAdapter();
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
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.MediaReport <em>Media Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.MediaReport
	 * @generated
	 */
	public Adapter createMediaReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.Award <em>Award</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.Award
	 * @generated
	 */
	public Adapter createAwardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.Commendation <em>Commendation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.Commendation
	 * @generated
	 */
	public Adapter createCommendationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.FourOnesActivity <em>Four Ones Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.FourOnesActivity
	 * @generated
	 */
	public Adapter createFourOnesActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.ProsperityLeader <em>Prosperity Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.ProsperityLeader
	 * @generated
	 */
	public Adapter createProsperityLeaderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.VolunteerRegistration <em>Volunteer Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.VolunteerRegistration
	 * @generated
	 */
	public Adapter createVolunteerRegistrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.publicity.model.CharityEvent <em>Charity Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.publicity.model.CharityEvent
	 * @generated
	 */
	public Adapter createCharityEventAdapter() {
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

} //PublicityAdapterFactory
