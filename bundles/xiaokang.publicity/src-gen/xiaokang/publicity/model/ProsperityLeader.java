/**
 */
package xiaokang.publicity.model;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prosperity Leader</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 致富带头人: a villager whose business helps poor households.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.ProsperityLeader#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.publicity.model.ProsperityLeader#getBusiness <em>Business</em>}</li>
 *   <li>{@link xiaokang.publicity.model.ProsperityLeader#getHouseholdsHelped <em>Households Helped</em>}</li>
 *   <li>{@link xiaokang.publicity.model.ProsperityLeader#getVillage <em>Village</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getProsperityLeader()
 * @model
 * @generated
 */
public interface ProsperityLeader extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getProsperityLeader_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.ProsperityLeader#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business</em>' attribute.
	 * @see #setBusiness(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getProsperityLeader_Business()
	 * @model
	 * @generated
	 */
	String getBusiness();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.ProsperityLeader#getBusiness <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business</em>' attribute.
	 * @see #getBusiness()
	 * @generated
	 */
	void setBusiness(String value);

	/**
	 * Returns the value of the '<em><b>Households Helped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Households Helped</em>' attribute.
	 * @see #setHouseholdsHelped(int)
	 * @see xiaokang.publicity.model.PublicityPackage#getProsperityLeader_HouseholdsHelped()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getHouseholdsHelped();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.ProsperityLeader#getHouseholdsHelped <em>Households Helped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Households Helped</em>' attribute.
	 * @see #getHouseholdsHelped()
	 * @generated
	 */
	void setHouseholdsHelped(int value);

	/**
	 * Returns the value of the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.publicity.model.PublicityPackage#getProsperityLeader_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.ProsperityLeader#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

} // ProsperityLeader
