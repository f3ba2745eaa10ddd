/**
 */
package xiaokang.monitoring.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import xiaokang.monitoring.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage
 * @generated
 */
public class MonitoringAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MonitoringPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MonitoringPackage.eINSTANCE;
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
	protected MonitoringSwitch<Adapter> modelSwitch =
		new MonitoringSwitch<Adapter>() {
			@Override
			public Adapter casePolicyYear(PolicyYear object) {
				return createPolicyYearAdapter();
			}
			@Override
			public Adapter caseIncomeCard(IncomeCard object) {
				return createIncomeCardAdapter();
			}
			@Override
			public Adapter caseRigidExpenditure(RigidExpenditure object) {
				return createRigidExpenditureAdapter();
			}
			@Override
			public Adapter caseDepartmentRecord(DepartmentRecord object) {
				return createDepartmentRecordAdapter();
			}
			@Override
			public Adapter caseWarning(Warning object) {
				return createWarningAdapter();
			}
			@Override
			public Adapter caseMonitoredHousehold(MonitoredHousehold object) {
				return createMonitoredHouseholdAdapter();
			}
			@Override
			public Adapter caseMonitoringEvent(MonitoringEvent object) {
				return createMonitoringEventAdapter();
			}
			@Override
			public Adapter caseHelpMeasure(HelpMeasure object) {
				return createHelpMeasureAdapter();
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
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.PolicyYear <em>Policy Year</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.PolicyYear
	 * @generated
	 */
	public Adapter createPolicyYearAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.IncomeCard <em>Income Card</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.IncomeCard
	 * @generated
	 */
	public Adapter createIncomeCardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.RigidExpenditure <em>Rigid Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.RigidExpenditure
	 * @generated
	 */
	public Adapter createRigidExpenditureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.DepartmentRecord <em>Department Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.DepartmentRecord
	 * @generated
	 */
	public Adapter createDepartmentRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.Warning <em>Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.Warning
	 * @generated
	 */
	public Adapter createWarningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.MonitoredHousehold <em>Monitored Household</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.MonitoredHousehold
	 * @generated
	 */
	public Adapter createMonitoredHouseholdAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.MonitoringEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.MonitoringEvent
	 * @generated
	 */
	public Adapter createMonitoringEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link xiaokang.monitoring.model.HelpMeasure <em>Help Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see xiaokang.monitoring.model.HelpMeasure
	 * @generated
	 */
	public Adapter createHelpMeasureAdapter() {
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

} //MonitoringAdapterFactory
