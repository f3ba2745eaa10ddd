/**
 */
package xiaokang.supervision.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.supervision.model.SupervisionPackage
 * @generated
 */
public interface SupervisionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SupervisionFactory eINSTANCE = xiaokang.supervision.model.impl.SupervisionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Listed Supervision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listed Supervision</em>'.
	 * @generated
	 */
	ListedSupervision createListedSupervision();

	/**
	 * Returns a new object of class '<em>Inspection Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Inspection Group</em>'.
	 * @generated
	 */
	InspectionGroup createInspectionGroup();

	/**
	 * Returns a new object of class '<em>Inspection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Inspection</em>'.
	 * @generated
	 */
	Inspection createInspection();

	/**
	 * Returns a new object of class '<em>Problem</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Problem</em>'.
	 * @generated
	 */
	Problem createProblem();

	/**
	 * Returns a new object of class '<em>Problem Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Problem Event</em>'.
	 * @generated
	 */
	ProblemEvent createProblemEvent();

	/**
	 * Returns a new object of class '<em>Rescreening Round</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rescreening Round</em>'.
	 * @generated
	 */
	RescreeningRound createRescreeningRound();

	/**
	 * Returns a new object of class '<em>Screening Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Screening Record</em>'.
	 * @generated
	 */
	ScreeningRecord createScreeningRecord();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SupervisionPackage getSupervisionPackage();

} //SupervisionFactory
