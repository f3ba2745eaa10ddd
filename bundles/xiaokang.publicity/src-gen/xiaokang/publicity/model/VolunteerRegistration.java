/**
 */
package xiaokang.publicity.model;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volunteer Registration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 志愿者注册: volunteers registered on the national social-help network in a township and year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.VolunteerRegistration#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.publicity.model.VolunteerRegistration#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.publicity.model.VolunteerRegistration#getRegistered <em>Registered</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getVolunteerRegistration()
 * @model
 * @generated
 */
public interface VolunteerRegistration extends EObject {
	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.publicity.model.PublicityPackage#getVolunteerRegistration_Township()
	 * @model required="true"
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.VolunteerRegistration#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.publicity.model.PublicityPackage#getVolunteerRegistration_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.VolunteerRegistration#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registered</em>' attribute.
	 * @see #setRegistered(int)
	 * @see xiaokang.publicity.model.PublicityPackage#getVolunteerRegistration_Registered()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getRegistered();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.VolunteerRegistration#getRegistered <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered</em>' attribute.
	 * @see #getRegistered()
	 * @generated
	 */
	void setRegistered(int value);

} // VolunteerRegistration
