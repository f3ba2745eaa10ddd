/**
 */
package xiaokang.employment.model;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person on a course, and whether they earned its certificate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.Participant#getPerson <em>Person</em>}</li>
 *   <li>{@link xiaokang.employment.model.Participant#isCertified <em>Certified</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see xiaokang.employment.model.EmploymentPackage#getParticipant_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Participant#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certified</em>' attribute.
	 * @see #setCertified(boolean)
	 * @see xiaokang.employment.model.EmploymentPackage#getParticipant_Certified()
	 * @model
	 * @generated
	 */
	boolean isCertified();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Participant#isCertified <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certified</em>' attribute.
	 * @see #isCertified()
	 * @generated
	 */
	void setCertified(boolean value);

} // Participant
