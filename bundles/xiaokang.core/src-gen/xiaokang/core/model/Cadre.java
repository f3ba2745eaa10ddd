/**
 */
package xiaokang.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cadre</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 结对帮扶干部: a cadre of a work unit; households name the cadre answerable for them (干部包户).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.Cadre#getUnit <em>Unit</em>}</li>
 *   <li>{@link xiaokang.core.model.Cadre#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.Cadre#getPhone <em>Phone</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getCadre()
 * @model
 * @generated
 */
public interface Cadre extends EObject {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.WorkUnit#getCadres <em>Cadres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' container reference.
	 * @see #setUnit(WorkUnit)
	 * @see xiaokang.core.model.CorePackage#getCadre_Unit()
	 * @see xiaokang.core.model.WorkUnit#getCadres
	 * @model opposite="cadres"
	 * @generated
	 */
	WorkUnit getUnit();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Cadre#getUnit <em>Unit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' container reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(WorkUnit value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.core.model.CorePackage#getCadre_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Cadre#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see xiaokang.core.model.CorePackage#getCadre_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Cadre#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

} // Cadre
