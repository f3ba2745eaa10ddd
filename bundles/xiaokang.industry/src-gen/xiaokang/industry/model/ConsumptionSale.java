/**
 */
package xiaokang.industry.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consumption Sale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 消费扶贫: a sale of poverty-alleviation products, by buyer kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getProduct <em>Product</em>}</li>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getCooperative <em>Cooperative</em>}</li>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getBuyerKind <em>Buyer Kind</em>}</li>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getBuyer <em>Buyer</em>}</li>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.industry.model.ConsumptionSale#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale()
 * @model
 * @generated
 */
public interface ConsumptionSale extends EObject {
	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_Product()
	 * @model required="true"
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Cooperative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cooperative</em>' reference.
	 * @see #setCooperative(Cooperative)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_Cooperative()
	 * @model
	 * @generated
	 */
	Cooperative getCooperative();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getCooperative <em>Cooperative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cooperative</em>' reference.
	 * @see #getCooperative()
	 * @generated
	 */
	void setCooperative(Cooperative value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Buyer Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.industry.model.BuyerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buyer Kind</em>' attribute.
	 * @see xiaokang.industry.model.BuyerKind
	 * @see #setBuyerKind(BuyerKind)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_BuyerKind()
	 * @model required="true"
	 * @generated
	 */
	BuyerKind getBuyerKind();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getBuyerKind <em>Buyer Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buyer Kind</em>' attribute.
	 * @see xiaokang.industry.model.BuyerKind
	 * @see #getBuyerKind()
	 * @generated
	 */
	void setBuyerKind(BuyerKind value);

	/**
	 * Returns the value of the '<em><b>Buyer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buyer</em>' attribute.
	 * @see #setBuyer(String)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_Buyer()
	 * @model
	 * @generated
	 */
	String getBuyer();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getBuyer <em>Buyer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buyer</em>' attribute.
	 * @see #getBuyer()
	 * @generated
	 */
	void setBuyer(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_Amount()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.industry.model.IndustryPackage#getConsumptionSale_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.industry.model.ConsumptionSale#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // ConsumptionSale
