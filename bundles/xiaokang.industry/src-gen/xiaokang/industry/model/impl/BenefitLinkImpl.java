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

import xiaokang.industry.model.BenefitLink;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.IndustryBase;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.industry.model.LinkMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Benefit Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getCooperative <em>Cooperative</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getBase <em>Base</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getPeople <em>People</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.BenefitLinkImpl#getIncomeGain <em>Income Gain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BenefitLinkImpl extends MinimalEObjectImpl.Container implements BenefitLink {
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
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final LinkMode MODE_EDEFAULT = LinkMode.LABOUR;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected LinkMode mode = MODE_EDEFAULT;

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
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

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
	 * The cached value of the '{@link #getBase() <em>Base</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected IndustryBase base;

	/**
	 * The default value of the '{@link #getPeople() <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected static final int PEOPLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected int people = PEOPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncomeGain() <em>Income Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeGain()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INCOME_GAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncomeGain() <em>Income Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeGain()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal incomeGain = INCOME_GAIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BenefitLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndustryPackage.Literals.BENEFIT_LINK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.BENEFIT_LINK__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__HOUSEHOLD, oldHousehold, household));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(LinkMode newMode) {
		LinkMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__MODE, oldMode, mode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__YEAR, oldYear, year));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.BENEFIT_LINK__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__ENTERPRISE, oldEnterprise, enterprise));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.BENEFIT_LINK__COOPERATIVE, oldCooperative, cooperative));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__COOPERATIVE, oldCooperative, cooperative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustryBase getBase() {
		if (base != null && base.eIsProxy()) {
			InternalEObject oldBase = (InternalEObject)base;
			base = (IndustryBase)eResolveProxy(oldBase);
			if (base != oldBase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.BENEFIT_LINK__BASE, oldBase, base));
			}
		}
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndustryBase basicGetBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(IndustryBase newBase) {
		IndustryBase oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeople() {
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeople(int newPeople) {
		int oldPeople = people;
		people = newPeople;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__PEOPLE, oldPeople, people));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncomeGain() {
		return incomeGain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncomeGain(BigDecimal newIncomeGain) {
		BigDecimal oldIncomeGain = incomeGain;
		incomeGain = newIncomeGain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.BENEFIT_LINK__INCOME_GAIN, oldIncomeGain, incomeGain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndustryPackage.BENEFIT_LINK__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case IndustryPackage.BENEFIT_LINK__MODE:
				return getMode();
			case IndustryPackage.BENEFIT_LINK__YEAR:
				return getYear();
			case IndustryPackage.BENEFIT_LINK__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case IndustryPackage.BENEFIT_LINK__COOPERATIVE:
				if (resolve) return getCooperative();
				return basicGetCooperative();
			case IndustryPackage.BENEFIT_LINK__BASE:
				if (resolve) return getBase();
				return basicGetBase();
			case IndustryPackage.BENEFIT_LINK__PEOPLE:
				return getPeople();
			case IndustryPackage.BENEFIT_LINK__INCOME_GAIN:
				return getIncomeGain();
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
			case IndustryPackage.BENEFIT_LINK__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__MODE:
				setMode((LinkMode)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__YEAR:
				setYear((Integer)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__COOPERATIVE:
				setCooperative((Cooperative)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__BASE:
				setBase((IndustryBase)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__PEOPLE:
				setPeople((Integer)newValue);
				return;
			case IndustryPackage.BENEFIT_LINK__INCOME_GAIN:
				setIncomeGain((BigDecimal)newValue);
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
			case IndustryPackage.BENEFIT_LINK__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case IndustryPackage.BENEFIT_LINK__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case IndustryPackage.BENEFIT_LINK__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case IndustryPackage.BENEFIT_LINK__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case IndustryPackage.BENEFIT_LINK__COOPERATIVE:
				setCooperative((Cooperative)null);
				return;
			case IndustryPackage.BENEFIT_LINK__BASE:
				setBase((IndustryBase)null);
				return;
			case IndustryPackage.BENEFIT_LINK__PEOPLE:
				setPeople(PEOPLE_EDEFAULT);
				return;
			case IndustryPackage.BENEFIT_LINK__INCOME_GAIN:
				setIncomeGain(INCOME_GAIN_EDEFAULT);
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
			case IndustryPackage.BENEFIT_LINK__HOUSEHOLD:
				return household != null;
			case IndustryPackage.BENEFIT_LINK__MODE:
				return mode != MODE_EDEFAULT;
			case IndustryPackage.BENEFIT_LINK__YEAR:
				return year != YEAR_EDEFAULT;
			case IndustryPackage.BENEFIT_LINK__ENTERPRISE:
				return enterprise != null;
			case IndustryPackage.BENEFIT_LINK__COOPERATIVE:
				return cooperative != null;
			case IndustryPackage.BENEFIT_LINK__BASE:
				return base != null;
			case IndustryPackage.BENEFIT_LINK__PEOPLE:
				return people != PEOPLE_EDEFAULT;
			case IndustryPackage.BENEFIT_LINK__INCOME_GAIN:
				return INCOME_GAIN_EDEFAULT == null ? incomeGain != null : !INCOME_GAIN_EDEFAULT.equals(incomeGain);
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", year: ");
		result.append(year);
		result.append(", people: ");
		result.append(people);
		result.append(", incomeGain: ");
		result.append(incomeGain);
		result.append(')');
		return result.toString();
	}

} //BenefitLinkImpl
