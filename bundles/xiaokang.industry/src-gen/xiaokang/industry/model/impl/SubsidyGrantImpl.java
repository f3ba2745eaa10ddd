/**
 */
package xiaokang.industry.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Household;

import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.industry.model.RecipientKind;
import xiaokang.industry.model.SubsidyGrant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subsidy Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getRecipientKind <em>Recipient Kind</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getCooperative <em>Cooperative</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.SubsidyGrantImpl#getPolicy <em>Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubsidyGrantImpl extends MinimalEObjectImpl.Container implements SubsidyGrant {
	/**
	 * The default value of the '{@link #getRecipientKind() <em>Recipient Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientKind()
	 * @generated
	 * @ordered
	 */
	protected static final RecipientKind RECIPIENT_KIND_EDEFAULT = RecipientKind.HOUSEHOLD;

	/**
	 * The cached value of the '{@link #getRecipientKind() <em>Recipient Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientKind()
	 * @generated
	 * @ordered
	 */
	protected RecipientKind recipientKind = RECIPIENT_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHousehold() <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousehold()
	 * @generated
	 * @ordered
	 */
	protected Household household;

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
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected String policy = POLICY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubsidyGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndustryPackage.Literals.SUBSIDY_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipientKind getRecipientKind() {
		return recipientKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipientKind(RecipientKind newRecipientKind) {
		RecipientKind oldRecipientKind = recipientKind;
		recipientKind = newRecipientKind == null ? RECIPIENT_KIND_EDEFAULT : newRecipientKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__RECIPIENT_KIND, oldRecipientKind, recipientKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household getHousehold() {
		if (household != null && household.eIsProxy()) {
			InternalEObject oldHousehold = (InternalEObject)household;
			household = (Household)eResolveProxy(oldHousehold);
			if (household != oldHousehold) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.SUBSIDY_GRANT__HOUSEHOLD, oldHousehold, household));
			}
		}
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Household basicGetHousehold() {
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHousehold(Household newHousehold) {
		Household oldHousehold = household;
		household = newHousehold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__HOUSEHOLD, oldHousehold, household));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.SUBSIDY_GRANT__COOPERATIVE, oldCooperative, cooperative));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__COOPERATIVE, oldCooperative, cooperative));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.SUBSIDY_GRANT__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(String newPolicy) {
		String oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.SUBSIDY_GRANT__POLICY, oldPolicy, policy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndustryPackage.SUBSIDY_GRANT__RECIPIENT_KIND:
				return getRecipientKind();
			case IndustryPackage.SUBSIDY_GRANT__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case IndustryPackage.SUBSIDY_GRANT__COOPERATIVE:
				if (resolve) return getCooperative();
				return basicGetCooperative();
			case IndustryPackage.SUBSIDY_GRANT__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case IndustryPackage.SUBSIDY_GRANT__AMOUNT:
				return getAmount();
			case IndustryPackage.SUBSIDY_GRANT__YEAR:
				return getYear();
			case IndustryPackage.SUBSIDY_GRANT__POLICY:
				return getPolicy();
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
			case IndustryPackage.SUBSIDY_GRANT__RECIPIENT_KIND:
				setRecipientKind((RecipientKind)newValue);
				return;
			case IndustryPackage.SUBSIDY_GRANT__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case IndustryPackage.SUBSIDY_GRANT__COOPERATIVE:
				setCooperative((Cooperative)newValue);
				return;
			case IndustryPackage.SUBSIDY_GRANT__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case IndustryPackage.SUBSIDY_GRANT__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case IndustryPackage.SUBSIDY_GRANT__YEAR:
				setYear((Integer)newValue);
				return;
			case IndustryPackage.SUBSIDY_GRANT__POLICY:
				setPolicy((String)newValue);
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
			case IndustryPackage.SUBSIDY_GRANT__RECIPIENT_KIND:
				setRecipientKind(RECIPIENT_KIND_EDEFAULT);
				return;
			case IndustryPackage.SUBSIDY_GRANT__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case IndustryPackage.SUBSIDY_GRANT__COOPERATIVE:
				setCooperative((Cooperative)null);
				return;
			case IndustryPackage.SUBSIDY_GRANT__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case IndustryPackage.SUBSIDY_GRANT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case IndustryPackage.SUBSIDY_GRANT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case IndustryPackage.SUBSIDY_GRANT__POLICY:
				setPolicy(POLICY_EDEFAULT);
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
			case IndustryPackage.SUBSIDY_GRANT__RECIPIENT_KIND:
				return recipientKind != RECIPIENT_KIND_EDEFAULT;
			case IndustryPackage.SUBSIDY_GRANT__HOUSEHOLD:
				return household != null;
			case IndustryPackage.SUBSIDY_GRANT__COOPERATIVE:
				return cooperative != null;
			case IndustryPackage.SUBSIDY_GRANT__ENTERPRISE:
				return enterprise != null;
			case IndustryPackage.SUBSIDY_GRANT__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case IndustryPackage.SUBSIDY_GRANT__YEAR:
				return year != YEAR_EDEFAULT;
			case IndustryPackage.SUBSIDY_GRANT__POLICY:
				return POLICY_EDEFAULT == null ? policy != null : !POLICY_EDEFAULT.equals(policy);
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
		result.append(" (recipientKind: ");
		result.append(recipientKind);
		result.append(", amount: ");
		result.append(amount);
		result.append(", year: ");
		result.append(year);
		result.append(", policy: ");
		result.append(policy);
		result.append(')');
		return result.toString();
	}

} //SubsidyGrantImpl
