/**
 */
package xiaokang.employment.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Return Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 返岗就业: a campaign to bring poor workers back to work (e.g. after the 2020 epidemic).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.ReturnCampaign#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnCampaign#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnCampaign#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link xiaokang.employment.model.ReturnCampaign#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getReturnCampaign()
 * @model
 * @generated
 */
public interface ReturnCampaign extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnCampaign_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnCampaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnCampaign_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnCampaign#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnCampaign_StartDate()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.ReturnCampaign#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.employment.model.ReturnEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see xiaokang.employment.model.EmploymentPackage#getReturnCampaign_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReturnEntry> getEntries();

} // ReturnCampaign
