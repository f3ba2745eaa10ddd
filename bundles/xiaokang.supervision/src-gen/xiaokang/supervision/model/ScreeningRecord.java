/**
 */
package xiaokang.supervision.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Screening Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One household screened in a round: when, by whom, and the result.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.ScreeningRecord#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ScreeningRecord#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ScreeningRecord#getScreener <em>Screener</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ScreeningRecord#isPassed <em>Passed</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ScreeningRecord#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see xiaokang.supervision.model.SupervisionPackage#getScreeningRecord()
 * @model
 * @generated
 */
public interface ScreeningRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.supervision.model.SupervisionPackage#getScreeningRecord_Household()
	 * @model required="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ScreeningRecord#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getScreeningRecord_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ScreeningRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Screener</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screener</em>' attribute.
	 * @see #setScreener(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getScreeningRecord_Screener()
	 * @model
	 * @generated
	 */
	String getScreener();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ScreeningRecord#getScreener <em>Screener</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screener</em>' attribute.
	 * @see #getScreener()
	 * @generated
	 */
	void setScreener(String value);

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see #setPassed(boolean)
	 * @see xiaokang.supervision.model.SupervisionPackage#getScreeningRecord_Passed()
	 * @model
	 * @generated
	 */
	boolean isPassed();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ScreeningRecord#isPassed <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passed</em>' attribute.
	 * @see #isPassed()
	 * @generated
	 */
	void setPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getScreeningRecord_Findings()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ScreeningRecord#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

} // ScreeningRecord
