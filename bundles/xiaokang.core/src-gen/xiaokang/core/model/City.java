/**
 */
package xiaokang.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>City</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 市: the county-level city; one per installation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.City#getCode <em>Code</em>}</li>
 *   <li>{@link xiaokang.core.model.City#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.City#getTownships <em>Townships</em>}</li>
 *   <li>{@link xiaokang.core.model.City#getLeaders <em>Leaders</em>}</li>
 *   <li>{@link xiaokang.core.model.City#getWorkUnits <em>Work Units</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getCity()
 * @model
 * @generated
 */
public interface City extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see xiaokang.core.model.CorePackage#getCity_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.City#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.core.model.CorePackage#getCity_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.City#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Townships</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.Township}.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Township#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Townships</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getCity_Townships()
	 * @see xiaokang.core.model.Township#getCity
	 * @model opposite="city" containment="true"
	 * @generated
	 */
	EList<Township> getTownships();

	/**
	 * Returns the value of the '<em><b>Leaders</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.CityLeader}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leaders</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getCity_Leaders()
	 * @model containment="true"
	 * @generated
	 */
	EList<CityLeader> getLeaders();

	/**
	 * Returns the value of the '<em><b>Work Units</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.WorkUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Units</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getCity_WorkUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkUnit> getWorkUnits();

} // City
