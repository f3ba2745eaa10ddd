/**
 */
package xiaokang.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Township</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 乡镇（街道、场）.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.Township#getCity <em>City</em>}</li>
 *   <li>{@link xiaokang.core.model.Township#getCode <em>Code</em>}</li>
 *   <li>{@link xiaokang.core.model.Township#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.Township#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.core.model.Township#getLeader <em>Leader</em>}</li>
 *   <li>{@link xiaokang.core.model.Township#getVillages <em>Villages</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getTownship()
 * @model annotation="http://xiaokang/store scope='township'"
 * @generated
 */
public interface Township extends EObject {
	/**
	 * Returns the value of the '<em><b>City</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.City#getTownships <em>Townships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' container reference.
	 * @see #setCity(City)
	 * @see xiaokang.core.model.CorePackage#getTownship_City()
	 * @see xiaokang.core.model.City#getTownships
	 * @model opposite="townships"
	 * @generated
	 */
	City getCity();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Township#getCity <em>City</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' container reference.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(City value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see xiaokang.core.model.CorePackage#getTownship_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Township#getCode <em>Code</em>}' attribute.
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
	 * @see xiaokang.core.model.CorePackage#getTownship_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Township#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.TownshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.core.model.TownshipKind
	 * @see #setKind(TownshipKind)
	 * @see xiaokang.core.model.CorePackage#getTownship_Kind()
	 * @model required="true"
	 * @generated
	 */
	TownshipKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Township#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.core.model.TownshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TownshipKind value);

	/**
	 * Returns the value of the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 领导包乡: the city leader answerable for this township.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leader</em>' reference.
	 * @see #setLeader(CityLeader)
	 * @see xiaokang.core.model.CorePackage#getTownship_Leader()
	 * @model
	 * @generated
	 */
	CityLeader getLeader();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Township#getLeader <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' reference.
	 * @see #getLeader()
	 * @generated
	 */
	void setLeader(CityLeader value);

	/**
	 * Returns the value of the '<em><b>Villages</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.Village}.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Village#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Villages</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getTownship_Villages()
	 * @see xiaokang.core.model.Village#getTownship
	 * @model opposite="township" containment="true"
	 * @generated
	 */
	EList<Village> getVillages();

} // Township
