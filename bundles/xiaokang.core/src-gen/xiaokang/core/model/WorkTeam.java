/**
 */
package xiaokang.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 驻村帮扶工作队: the resident work team of a village, sent by a work unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.WorkTeam#getLeaderName <em>Leader Name</em>}</li>
 *   <li>{@link xiaokang.core.model.WorkTeam#getSize <em>Size</em>}</li>
 *   <li>{@link xiaokang.core.model.WorkTeam#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getWorkTeam()
 * @model
 * @generated
 */
public interface WorkTeam extends EObject {
	/**
	 * Returns the value of the '<em><b>Leader Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leader Name</em>' attribute.
	 * @see #setLeaderName(String)
	 * @see xiaokang.core.model.CorePackage#getWorkTeam_LeaderName()
	 * @model required="true"
	 * @generated
	 */
	String getLeaderName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.WorkTeam#getLeaderName <em>Leader Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader Name</em>' attribute.
	 * @see #getLeaderName()
	 * @generated
	 */
	void setLeaderName(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see xiaokang.core.model.CorePackage#getWorkTeam_Size()
	 * @model annotation="http://xiaokang/form min='1'"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.WorkTeam#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(WorkUnit)
	 * @see xiaokang.core.model.CorePackage#getWorkTeam_Unit()
	 * @model
	 * @generated
	 */
	WorkUnit getUnit();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.WorkTeam#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(WorkUnit value);

} // WorkTeam
