/**
 */
package xiaokang.publicity.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.publicity.model.PublicityPackage
 * @generated
 */
public interface PublicityFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PublicityFactory eINSTANCE = xiaokang.publicity.model.impl.PublicityFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Media Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Media Report</em>'.
	 * @generated
	 */
	MediaReport createMediaReport();

	/**
	 * Returns a new object of class '<em>Award</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Award</em>'.
	 * @generated
	 */
	Award createAward();

	/**
	 * Returns a new object of class '<em>Commendation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Commendation</em>'.
	 * @generated
	 */
	Commendation createCommendation();

	/**
	 * Returns a new object of class '<em>Four Ones Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Four Ones Activity</em>'.
	 * @generated
	 */
	FourOnesActivity createFourOnesActivity();

	/**
	 * Returns a new object of class '<em>Prosperity Leader</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prosperity Leader</em>'.
	 * @generated
	 */
	ProsperityLeader createProsperityLeader();

	/**
	 * Returns a new object of class '<em>Volunteer Registration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volunteer Registration</em>'.
	 * @generated
	 */
	VolunteerRegistration createVolunteerRegistration();

	/**
	 * Returns a new object of class '<em>Charity Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Charity Event</em>'.
	 * @generated
	 */
	CharityEvent createCharityEvent();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PublicityPackage getPublicityPackage();

} //PublicityFactory
