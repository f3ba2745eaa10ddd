/**
 */
package xiaokang.education.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.education.model.EducationPackage
 * @generated
 */
public interface EducationFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EducationFactory eINSTANCE = xiaokang.education.model.impl.EducationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Enrolment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enrolment</em>'.
	 * @generated
	 */
	Enrolment createEnrolment();

	/**
	 * Returns a new object of class '<em>Aid Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aid Grant</em>'.
	 * @generated
	 */
	AidGrant createAidGrant();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EducationPackage getEducationPackage();

} //EducationFactory
