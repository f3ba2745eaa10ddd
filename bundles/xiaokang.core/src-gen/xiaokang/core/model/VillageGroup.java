/**
 */
package xiaokang.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Village Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 村民小组.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.VillageGroup#getNumber <em>Number</em>}</li>
 *   <li>{@link xiaokang.core.model.VillageGroup#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getVillageGroup()
 * @model
 * @generated
 */
public interface VillageGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see xiaokang.core.model.CorePackage#getVillageGroup_Number()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='1'"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.VillageGroup#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.core.model.CorePackage#getVillageGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.VillageGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // VillageGroup
