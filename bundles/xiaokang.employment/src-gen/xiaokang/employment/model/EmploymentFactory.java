/**
 */
package xiaokang.employment.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.employment.model.EmploymentPackage
 * @generated
 */
public interface EmploymentFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EmploymentFactory eINSTANCE = xiaokang.employment.model.impl.EmploymentFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Workshop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workshop</em>'.
	 * @generated
	 */
	Workshop createWorkshop();

	/**
	 * Returns a new object of class '<em>Employment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Employment</em>'.
	 * @generated
	 */
	Employment createEmployment();

	/**
	 * Returns a new object of class '<em>Return Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Return Campaign</em>'.
	 * @generated
	 */
	ReturnCampaign createReturnCampaign();

	/**
	 * Returns a new object of class '<em>Return Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Return Entry</em>'.
	 * @generated
	 */
	ReturnEntry createReturnEntry();

	/**
	 * Returns a new object of class '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training</em>'.
	 * @generated
	 */
	Training createTraining();

	/**
	 * Returns a new object of class '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Participant</em>'.
	 * @generated
	 */
	Participant createParticipant();

	/**
	 * Returns a new object of class '<em>Entrepreneurship Subsidy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Entrepreneurship Subsidy</em>'.
	 * @generated
	 */
	EntrepreneurshipSubsidy createEntrepreneurshipSubsidy();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EmploymentPackage getEmploymentPackage();

} //EmploymentFactory
