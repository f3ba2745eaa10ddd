/**
 */
package xiaokang.supervision.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 常态化督查组: an inspection group and the townships it covers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.InspectionGroup#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.supervision.model.InspectionGroup#getLeaderName <em>Leader Name</em>}</li>
 *   <li>{@link xiaokang.supervision.model.InspectionGroup#getMembers <em>Members</em>}</li>
 *   <li>{@link xiaokang.supervision.model.InspectionGroup#getTownships <em>Townships</em>}</li>
 *   <li>{@link xiaokang.supervision.model.InspectionGroup#getInspections <em>Inspections</em>}</li>
 * </ul>
 *
 * @see xiaokang.supervision.model.SupervisionPackage#getInspectionGroup()
 * @model
 * @generated
 */
public interface InspectionGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getInspectionGroup_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.InspectionGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Leader Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leader Name</em>' attribute.
	 * @see #setLeaderName(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getInspectionGroup_LeaderName()
	 * @model
	 * @generated
	 */
	String getLeaderName();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.InspectionGroup#getLeaderName <em>Leader Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader Name</em>' attribute.
	 * @see #getLeaderName()
	 * @generated
	 */
	void setLeaderName(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' attribute list.
	 * @see xiaokang.supervision.model.SupervisionPackage#getInspectionGroup_Members()
	 * @model
	 * @generated
	 */
	EList<String> getMembers();

	/**
	 * Returns the value of the '<em><b>Townships</b></em>' reference list.
	 * The list contents are of type {@link xiaokang.core.model.Township}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Townships</em>' reference list.
	 * @see xiaokang.supervision.model.SupervisionPackage#getInspectionGroup_Townships()
	 * @model
	 * @generated
	 */
	EList<Township> getTownships();

	/**
	 * Returns the value of the '<em><b>Inspections</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.supervision.model.Inspection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspections</em>' containment reference list.
	 * @see xiaokang.supervision.model.SupervisionPackage#getInspectionGroup_Inspections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Inspection> getInspections();

} // InspectionGroup
