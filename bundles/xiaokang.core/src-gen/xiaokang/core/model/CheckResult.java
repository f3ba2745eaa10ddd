/**
 */
package xiaokang.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Check Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.CheckResult#getCheck <em>Check</em>}</li>
 *   <li>{@link xiaokang.core.model.CheckResult#isPassed <em>Passed</em>}</li>
 *   <li>{@link xiaokang.core.model.CheckResult#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getCheckResult()
 * @model
 * @generated
 */
public interface CheckResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Check</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.Check}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Check</em>' attribute.
	 * @see xiaokang.core.model.Check
	 * @see #setCheck(Check)
	 * @see xiaokang.core.model.CorePackage#getCheckResult_Check()
	 * @model required="true"
	 * @generated
	 */
	Check getCheck();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.CheckResult#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check</em>' attribute.
	 * @see xiaokang.core.model.Check
	 * @see #getCheck()
	 * @generated
	 */
	void setCheck(Check value);

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see #setPassed(boolean)
	 * @see xiaokang.core.model.CorePackage#getCheckResult_Passed()
	 * @model
	 * @generated
	 */
	boolean isPassed();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.CheckResult#isPassed <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passed</em>' attribute.
	 * @see #isPassed()
	 * @generated
	 */
	void setPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see xiaokang.core.model.CorePackage#getCheckResult_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.CheckResult#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // CheckResult
