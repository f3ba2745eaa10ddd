/**
 */
package xiaokang.industry.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cooperative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 农业专业合作社: a farmers' cooperative, the villages it serves and its poor member households.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.Cooperative#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getRegistrationNumber <em>Registration Number</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getVillages <em>Villages</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getMembers <em>Members</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getPoorMemberHouseholds <em>Poor Member Households</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getMainProducts <em>Main Products</em>}</li>
 *   <li>{@link xiaokang.industry.model.Cooperative#getEnterprise <em>Enterprise</em>}</li>
 * </ul>
 *
 * @see xiaokang.industry.model.IndustryPackage#getCooperative()
 * @model
 * @generated
 */
public interface Cooperative extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Registration Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 统一社会信用代码 or registration number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration Number</em>' attribute.
	 * @see #setRegistrationNumber(String)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_RegistrationNumber()
	 * @model annotation="http://xiaokang/store index='true'"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getRegistrationNumber();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getRegistrationNumber <em>Registration Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration Number</em>' attribute.
	 * @see #getRegistrationNumber()
	 * @generated
	 */
	void setRegistrationNumber(String value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getTownship <em>Township</em>}' reference.
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
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_Villages()
	 * @model
	 * @generated
	 */
	EList<Village> getVillages();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' attribute.
	 * @see #setMembers(int)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_Members()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getMembers();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getMembers <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members</em>' attribute.
	 * @see #getMembers()
	 * @generated
	 */
	void setMembers(int value);

	/**
	 * Returns the value of the '<em><b>Poor Member Households</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Poor Member Households</em>' attribute.
	 * @see #setPoorMemberHouseholds(int)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_PoorMemberHouseholds()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getPoorMemberHouseholds();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getPoorMemberHouseholds <em>Poor Member Households</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Poor Member Households</em>' attribute.
	 * @see #getPoorMemberHouseholds()
	 * @generated
	 */
	void setPoorMemberHouseholds(int value);

	/**
	 * Returns the value of the '<em><b>Main Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Main Products</em>' attribute.
	 * @see #setMainProducts(String)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_MainProducts()
	 * @model
	 * @generated
	 */
	String getMainProducts();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getMainProducts <em>Main Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Main Products</em>' attribute.
	 * @see #getMainProducts()
	 * @generated
	 */
	void setMainProducts(String value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The leading enterprise it works with (公司+合作社+基地+贫困户).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see xiaokang.industry.model.IndustryPackage#getCooperative_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.Cooperative#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

} // Cooperative
