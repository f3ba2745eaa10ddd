/**
 */
package xiaokang.industry.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.industry.model.BuyerKind;
import xiaokang.industry.model.ConsumptionSale;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.IndustryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consumption Sale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getCooperative <em>Cooperative</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getBuyerKind <em>Buyer Kind</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getBuyer <em>Buyer</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.ConsumptionSaleImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsumptionSaleImpl extends MinimalEObjectImpl.Container implements ConsumptionSale {
	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCooperative() <em>Cooperative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCooperative()
	 * @generated
	 * @ordered
	 */
	protected Cooperative cooperative;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

	/**
	 * The default value of the '{@link #getBuyerKind() <em>Buyer Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyerKind()
	 * @generated
	 * @ordered
	 */
	protected static final BuyerKind BUYER_KIND_EDEFAULT = BuyerKind.PARTY_MEMBERS;

	/**
	 * The cached value of the '{@link #getBuyerKind() <em>Buyer Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyerKind()
	 * @generated
	 * @ordered
	 */
	protected BuyerKind buyerKind = BUYER_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuyer() <em>Buyer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyer()
	 * @generated
	 * @ordered
	 */
	protected static final String BUYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuyer() <em>Buyer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyer()
	 * @generated
	 * @ordered
	 */
	protected String buyer = BUYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsumptionSaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndustryPackage.Literals.CONSUMPTION_SALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cooperative getCooperative() {
		if (cooperative != null && cooperative.eIsProxy()) {
			InternalEObject oldCooperative = (InternalEObject)cooperative;
			cooperative = (Cooperative)eResolveProxy(oldCooperative);
			if (cooperative != oldCooperative) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.CONSUMPTION_SALE__COOPERATIVE, oldCooperative, cooperative));
			}
		}
		return cooperative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cooperative basicGetCooperative() {
		return cooperative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCooperative(Cooperative newCooperative) {
		Cooperative oldCooperative = cooperative;
		cooperative = newCooperative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__COOPERATIVE, oldCooperative, cooperative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getEnterprise() {
		if (enterprise != null && enterprise.eIsProxy()) {
			InternalEObject oldEnterprise = (InternalEObject)enterprise;
			enterprise = (Enterprise)eResolveProxy(oldEnterprise);
			if (enterprise != oldEnterprise) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.CONSUMPTION_SALE__ENTERPRISE, oldEnterprise, enterprise));
			}
		}
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(Enterprise newEnterprise) {
		Enterprise oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyerKind getBuyerKind() {
		return buyerKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuyerKind(BuyerKind newBuyerKind) {
		BuyerKind oldBuyerKind = buyerKind;
		buyerKind = newBuyerKind == null ? BUYER_KIND_EDEFAULT : newBuyerKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__BUYER_KIND, oldBuyerKind, buyerKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuyer() {
		return buyer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuyer(String newBuyer) {
		String oldBuyer = buyer;
		buyer = newBuyer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__BUYER, oldBuyer, buyer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.CONSUMPTION_SALE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndustryPackage.CONSUMPTION_SALE__PRODUCT:
				return getProduct();
			case IndustryPackage.CONSUMPTION_SALE__COOPERATIVE:
				if (resolve) return getCooperative();
				return basicGetCooperative();
			case IndustryPackage.CONSUMPTION_SALE__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case IndustryPackage.CONSUMPTION_SALE__BUYER_KIND:
				return getBuyerKind();
			case IndustryPackage.CONSUMPTION_SALE__BUYER:
				return getBuyer();
			case IndustryPackage.CONSUMPTION_SALE__AMOUNT:
				return getAmount();
			case IndustryPackage.CONSUMPTION_SALE__DATE:
				return getDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IndustryPackage.CONSUMPTION_SALE__PRODUCT:
				setProduct((String)newValue);
				return;
			case IndustryPackage.CONSUMPTION_SALE__COOPERATIVE:
				setCooperative((Cooperative)newValue);
				return;
			case IndustryPackage.CONSUMPTION_SALE__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case IndustryPackage.CONSUMPTION_SALE__BUYER_KIND:
				setBuyerKind((BuyerKind)newValue);
				return;
			case IndustryPackage.CONSUMPTION_SALE__BUYER:
				setBuyer((String)newValue);
				return;
			case IndustryPackage.CONSUMPTION_SALE__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case IndustryPackage.CONSUMPTION_SALE__DATE:
				setDate((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IndustryPackage.CONSUMPTION_SALE__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case IndustryPackage.CONSUMPTION_SALE__COOPERATIVE:
				setCooperative((Cooperative)null);
				return;
			case IndustryPackage.CONSUMPTION_SALE__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case IndustryPackage.CONSUMPTION_SALE__BUYER_KIND:
				setBuyerKind(BUYER_KIND_EDEFAULT);
				return;
			case IndustryPackage.CONSUMPTION_SALE__BUYER:
				setBuyer(BUYER_EDEFAULT);
				return;
			case IndustryPackage.CONSUMPTION_SALE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case IndustryPackage.CONSUMPTION_SALE__DATE:
				setDate(DATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IndustryPackage.CONSUMPTION_SALE__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case IndustryPackage.CONSUMPTION_SALE__COOPERATIVE:
				return cooperative != null;
			case IndustryPackage.CONSUMPTION_SALE__ENTERPRISE:
				return enterprise != null;
			case IndustryPackage.CONSUMPTION_SALE__BUYER_KIND:
				return buyerKind != BUYER_KIND_EDEFAULT;
			case IndustryPackage.CONSUMPTION_SALE__BUYER:
				return BUYER_EDEFAULT == null ? buyer != null : !BUYER_EDEFAULT.equals(buyer);
			case IndustryPackage.CONSUMPTION_SALE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case IndustryPackage.CONSUMPTION_SALE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (product: ");
		result.append(product);
		result.append(", buyerKind: ");
		result.append(buyerKind);
		result.append(", buyer: ");
		result.append(buyer);
		result.append(", amount: ");
		result.append(amount);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //ConsumptionSaleImpl
