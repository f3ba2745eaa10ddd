/**
 */
package xiaokang.monitoring.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.monitoring.model.MonitoringPackage
 * @generated
 */
public interface MonitoringFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MonitoringFactory eINSTANCE = xiaokang.monitoring.model.impl.MonitoringFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Policy Year</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Year</em>'.
	 * @generated
	 */
	PolicyYear createPolicyYear();

	/**
	 * Returns a new object of class '<em>Income Card</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Income Card</em>'.
	 * @generated
	 */
	IncomeCard createIncomeCard();

	/**
	 * Returns a new object of class '<em>Rigid Expenditure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rigid Expenditure</em>'.
	 * @generated
	 */
	RigidExpenditure createRigidExpenditure();

	/**
	 * Returns a new object of class '<em>Department Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Department Record</em>'.
	 * @generated
	 */
	DepartmentRecord createDepartmentRecord();

	/**
	 * Returns a new object of class '<em>Warning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Warning</em>'.
	 * @generated
	 */
	Warning createWarning();

	/**
	 * Returns a new object of class '<em>Monitored Household</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Monitored Household</em>'.
	 * @generated
	 */
	MonitoredHousehold createMonitoredHousehold();

	/**
	 * Returns a new object of class '<em>Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event</em>'.
	 * @generated
	 */
	MonitoringEvent createMonitoringEvent();

	/**
	 * Returns a new object of class '<em>Help Measure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Help Measure</em>'.
	 * @generated
	 */
	HelpMeasure createHelpMeasure();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MonitoringPackage getMonitoringPackage();

} //MonitoringFactory
