/**
 */
package xiaokang.industry.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Base</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 产业基地: a planting or breeding base (一村一品、一乡一特).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getProduct <em>Product</em>}</li>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getArea <em>Area</em>}</li>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getVillages <em>Villages</em>}</li>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.IndustryBase#getCooperative <em>Cooperative</em>}</li>
 * </ul>
 *
 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase()
 * @model
 * @generated
 */
public interface IndustryBase extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.IndustryBase#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Product()
	 * @model required="true"
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.IndustryBase#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Area in mu (亩).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(BigDecimal)
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Area()
	 * @model annotation="http://xiaokang/form unit='\u4ea9' min='0'"
	 * @generated
	 */
	BigDecimal getArea();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.IndustryBase#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.IndustryBase#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Villages</b></em>' reference list.
	 * The list contents are of type {@link xiaokang.core.model.Village}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Villages</em>' reference list.
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Villages()
	 * @model
	 * @generated
	 */
	EList<Village> getVillages();

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operating enterprise, if an enterprise operates it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.IndustryBase#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operating cooperative, if a cooperative operates it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cooperative</em>' reference.
	 * @see #setCooperative(Cooperative)
	 * @see xiaokang.industry.model.IndustryPackage#getIndustryBase_Cooperative()
	 * @model
	 * @generated
	 */
	Cooperative getCooperative();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.IndustryBase#getCooperative <em>Cooperative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cooperative</em>' reference.
	 * @see #getCooperative()
	 * @generated
	 */
	void setCooperative(Cooperative value);

} // IndustryBase
