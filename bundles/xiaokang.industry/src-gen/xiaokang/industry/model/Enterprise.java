/**
 */
package xiaokang.industry.model;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 企业: a leading agricultural enterprise (龙头企业) or another company taking part.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.Enterprise#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.industry.model.Enterprise#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.industry.model.Enterprise#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.industry.model.Enterprise#getProducts <em>Products</em>}</li>
 * </ul>
 *
 * @see xiaokang.industry.model.IndustryPackage#getEnterprise()
 * @model
 * @generated
 */
public interface Enterprise extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.industry.model.IndustryPackage#getEnterprise_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Enterprise#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.industry.model.EnterpriseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.industry.model.EnterpriseKind
	 * @see #setKind(EnterpriseKind)
	 * @see xiaokang.industry.model.IndustryPackage#getEnterprise_Kind()
	 * @model required="true"
	 * @generated
	 */
	EnterpriseKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Enterprise#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.industry.model.EnterpriseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EnterpriseKind value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.industry.model.IndustryPackage#getEnterprise_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Enterprise#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' attribute.
	 * @see #setProducts(String)
	 * @see xiaokang.industry.model.IndustryPackage#getEnterprise_Products()
	 * @model
	 * @generated
	 */
	String getProducts();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Enterprise#getProducts <em>Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Products</em>' attribute.
	 * @see #getProducts()
	 * @generated
	 */
	void setProducts(String value);

} // Enterprise
