/**
 */
package xiaokang.employment.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Person;

import xiaokang.employment.model.EmploymentPackage;
import xiaokang.employment.model.EntrepreneurshipSubsidy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entrepreneurship Subsidy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl#getBusiness <em>Business</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EntrepreneurshipSubsidyImpl#getYear <em>Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntrepreneurshipSubsidyImpl extends MinimalEObjectImpl.Container implements EntrepreneurshipSubsidy {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getBusiness() <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusiness()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusiness() <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusiness()
	 * @generated
	 * @ordered
	 */
	protected String business = BUSINESS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntrepreneurshipSubsidyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EmploymentPackage.Literals.ENTREPRENEURSHIP_SUBSIDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusiness() {
		return business;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusiness(String newBusiness) {
		String oldBusiness = business;
		business = newBusiness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__BUSINESS, oldBusiness, business));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__AMOUNT, oldAmount, amount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__BUSINESS:
				return getBusiness();
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__AMOUNT:
				return getAmount();
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__YEAR:
				return getYear();
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
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__PERSON:
				setPerson((Person)newValue);
				return;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__BUSINESS:
				setBusiness((String)newValue);
				return;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__YEAR:
				setYear((Integer)newValue);
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
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__PERSON:
				setPerson((Person)null);
				return;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__BUSINESS:
				setBusiness(BUSINESS_EDEFAULT);
				return;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__YEAR:
				setYear(YEAR_EDEFAULT);
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
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__PERSON:
				return person != null;
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__BUSINESS:
				return BUSINESS_EDEFAULT == null ? business != null : !BUSINESS_EDEFAULT.equals(business);
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY__YEAR:
				return year != YEAR_EDEFAULT;
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
		result.append(" (business: ");
		result.append(business);
		result.append(", amount: ");
		result.append(amount);
		result.append(", year: ");
		result.append(year);
		result.append(')');
		return result.toString();
	}

} //EntrepreneurshipSubsidyImpl
