/**
 */
package xiaokang.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 后盾单位: a work unit; villages name the unit answerable for them (单位包村); cadres belong to one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.WorkUnit#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.WorkUnit#getCadres <em>Cadres</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getWorkUnit()
 * @model
 * @generated
 */
public interface WorkUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.core.model.CorePackage#getWorkUnit_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.WorkUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Cadres</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.Cadre}.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Cadre#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cadres</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getWorkUnit_Cadres()
	 * @see xiaokang.core.model.Cadre#getUnit
	 * @model opposite="unit" containment="true"
	 * @generated
	 */
	EList<Cadre> getCadres();

} // WorkUnit
