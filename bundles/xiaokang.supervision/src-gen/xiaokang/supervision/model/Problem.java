/**
 */
package xiaokang.supervision.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 问题台账: a problem found, assigned, rectified and closed against the ledger (对账销号).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.Problem#getNumber <em>Number</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getFound <em>Found</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getSource <em>Source</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getArea <em>Area</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getRule <em>Rule</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getDescription <em>Description</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getRectification <em>Rectification</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link xiaokang.supervision.model.Problem#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see xiaokang.supervision.model.SupervisionPackage#getProblem()
 * @model
 * @generated
 */
public interface Problem extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Number()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true' unique='true'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Found</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Found</em>' attribute.
	 * @see #setFound(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Found()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getFound();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getFound <em>Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found</em>' attribute.
	 * @see #getFound()
	 * @generated
	 */
	void setFound(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.supervision.model.ProblemSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemSource
	 * @see #setSource(ProblemSource)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Source()
	 * @model required="true"
	 * @generated
	 */
	ProblemSource getSource();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ProblemSource value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.supervision.model.ProblemArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemArea
	 * @see #setArea(ProblemArea)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Area()
	 * @model required="true"
	 * @generated
	 */
	ProblemArea getArea();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemArea
	 * @see #getArea()
	 * @generated
	 */
	void setArea(ProblemArea value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Household()
	 * @model
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the rule whose breach opened this problem (re-screening), so a round opens no duplicate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Rule()
	 * @model annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Description()
	 * @model required="true"
	 *        annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' reference.
	 * @see #setResponsibleUnit(WorkUnit)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	WorkUnit getResponsibleUnit();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getResponsibleUnit <em>Responsible Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' reference.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(WorkUnit value);

	/**
	 * Returns the value of the '<em><b>Responsible Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Person</em>' attribute.
	 * @see #setResponsiblePerson(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_ResponsiblePerson()
	 * @model
	 * @generated
	 */
	String getResponsiblePerson();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getResponsiblePerson <em>Responsible Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Person</em>' attribute.
	 * @see #getResponsiblePerson()
	 * @generated
	 */
	void setResponsiblePerson(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Deadline()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.supervision.model.ProblemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemStatus
	 * @see #setStatus(ProblemStatus)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Status()
	 * @model required="true"
	 * @generated
	 */
	ProblemStatus getStatus();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see xiaokang.supervision.model.ProblemStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProblemStatus value);

	/**
	 * Returns the value of the '<em><b>Rectification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rectification</em>' attribute.
	 * @see #setRectification(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Rectification()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getRectification();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getRectification <em>Rectification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rectification</em>' attribute.
	 * @see #getRectification()
	 * @generated
	 */
	void setRectification(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Evidence()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' attribute list.
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Attachments()
	 * @model
	 * @generated
	 */
	EList<String> getAttachments();

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_ClosedOn()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.Problem#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.supervision.model.ProblemEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see xiaokang.supervision.model.SupervisionPackage#getProblem_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProblemEvent> getEvents();

} // Problem
