/**
 */
package xiaokang.employment.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 培训: a course, its kind, township, dates and participants.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.Training#getCourse <em>Course</em>}</li>
 *   <li>{@link xiaokang.employment.model.Training#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.employment.model.Training#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.employment.model.Training#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link xiaokang.employment.model.Training#getEndDate <em>End Date</em>}</li>
 *   <li>{@link xiaokang.employment.model.Training#getParticipants <em>Participants</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getTraining()
 * @model
 * @generated
 */
public interface Training extends EObject {
	/**
	 * Returns the value of the '<em><b>Course</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course</em>' attribute.
	 * @see #setCourse(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getTraining_Course()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	String getCourse();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Training#getCourse <em>Course</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' attribute.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.employment.model.TrainingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.employment.model.TrainingKind
	 * @see #setKind(TrainingKind)
	 * @see xiaokang.employment.model.EmploymentPackage#getTraining_Kind()
	 * @model required="true"
	 * @generated
	 */
	TrainingKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Training#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.employment.model.TrainingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TrainingKind value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.employment.model.EmploymentPackage#getTraining_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Training#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getTraining_StartDate()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Training#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getTraining_EndDate()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Training#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.employment.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see xiaokang.employment.model.EmploymentPackage#getTraining_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

} // Training
