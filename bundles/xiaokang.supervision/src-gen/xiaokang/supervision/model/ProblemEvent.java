/**
 */
package xiaokang.supervision.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a problem's lifecycle: who moved it, when, and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.ProblemEvent#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ProblemEvent#getTransition <em>Transition</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ProblemEvent#getActor <em>Actor</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ProblemEvent#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see xiaokang.supervision.model.SupervisionPackage#getProblemEvent()
 * @model
 * @generated
 */
public interface ProblemEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblemEvent_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ProblemEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Transition</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.supervision.model.ProblemTransition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transition</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemTransition
	 * @see #setTransition(ProblemTransition)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblemEvent_Transition()
	 * @model required="true"
	 * @generated
	 */
	ProblemTransition getTransition();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ProblemEvent#getTransition <em>Transition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transition</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemTransition
	 * @see #getTransition()
	 * @generated
	 */
	void setTransition(ProblemTransition value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblemEvent_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ProblemEvent#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblemEvent_Note()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ProblemEvent#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ProblemEvent
