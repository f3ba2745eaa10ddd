/**
 */
package xiaokang.employment.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Person;

import xiaokang.employment.model.Employment;
import xiaokang.employment.model.EmploymentPackage;
import xiaokang.employment.model.WorkPlace;
import xiaokang.employment.model.Workshop;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Employment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getWorkshop <em>Workshop</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getEnded <em>Ended</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getMonthlyWage <em>Monthly Wage</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.EmploymentImpl#getAnnualGain <em>Annual Gain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmploymentImpl extends MinimalEObjectImpl.Container implements Employment {
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
	 * The cached value of the '{@link #getWorkshop() <em>Workshop</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkshop()
	 * @generated
	 * @ordered
	 */
	protected Workshop workshop;

	/**
	 * The default value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPLOYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected String employer = EMPLOYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final WorkPlace PLACE_EDEFAULT = WorkPlace.WORKSHOP_AT_HOME;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected WorkPlace place = PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected LocalDate started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected LocalDate ended = ENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthlyWage() <em>Monthly Wage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyWage()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MONTHLY_WAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonthlyWage() <em>Monthly Wage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyWage()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal monthlyWage = MONTHLY_WAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualGain() <em>Annual Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualGain()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ANNUAL_GAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualGain() <em>Annual Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualGain()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal annualGain = ANNUAL_GAIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmploymentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EmploymentPackage.Literals.EMPLOYMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EmploymentPackage.EMPLOYMENT__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workshop getWorkshop() {
		if (workshop != null && workshop.eIsProxy()) {
			InternalEObject oldWorkshop = (InternalEObject)workshop;
			workshop = (Workshop)eResolveProxy(oldWorkshop);
			if (workshop != oldWorkshop) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EmploymentPackage.EMPLOYMENT__WORKSHOP, oldWorkshop, workshop));
			}
		}
		return workshop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Workshop basicGetWorkshop() {
		return workshop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkshop(Workshop newWorkshop) {
		Workshop oldWorkshop = workshop;
		workshop = newWorkshop;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__WORKSHOP, oldWorkshop, workshop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(String newEmployer) {
		String oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkPlace getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(WorkPlace newPlace) {
		WorkPlace oldPlace = place;
		place = newPlace == null ? PLACE_EDEFAULT : newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(LocalDate newStarted) {
		LocalDate oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnded() {
		return ended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnded(LocalDate newEnded) {
		LocalDate oldEnded = ended;
		ended = newEnded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__ENDED, oldEnded, ended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMonthlyWage() {
		return monthlyWage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyWage(BigDecimal newMonthlyWage) {
		BigDecimal oldMonthlyWage = monthlyWage;
		monthlyWage = newMonthlyWage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__MONTHLY_WAGE, oldMonthlyWage, monthlyWage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAnnualGain() {
		return annualGain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualGain(BigDecimal newAnnualGain) {
		BigDecimal oldAnnualGain = annualGain;
		annualGain = newAnnualGain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.EMPLOYMENT__ANNUAL_GAIN, oldAnnualGain, annualGain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EmploymentPackage.EMPLOYMENT__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case EmploymentPackage.EMPLOYMENT__WORKSHOP:
				if (resolve) return getWorkshop();
				return basicGetWorkshop();
			case EmploymentPackage.EMPLOYMENT__EMPLOYER:
				return getEmployer();
			case EmploymentPackage.EMPLOYMENT__PLACE:
				return getPlace();
			case EmploymentPackage.EMPLOYMENT__STARTED:
				return getStarted();
			case EmploymentPackage.EMPLOYMENT__ENDED:
				return getEnded();
			case EmploymentPackage.EMPLOYMENT__MONTHLY_WAGE:
				return getMonthlyWage();
			case EmploymentPackage.EMPLOYMENT__ANNUAL_GAIN:
				return getAnnualGain();
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
			case EmploymentPackage.EMPLOYMENT__PERSON:
				setPerson((Person)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__WORKSHOP:
				setWorkshop((Workshop)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__EMPLOYER:
				setEmployer((String)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__PLACE:
				setPlace((WorkPlace)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__STARTED:
				setStarted((LocalDate)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__ENDED:
				setEnded((LocalDate)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__MONTHLY_WAGE:
				setMonthlyWage((BigDecimal)newValue);
				return;
			case EmploymentPackage.EMPLOYMENT__ANNUAL_GAIN:
				setAnnualGain((BigDecimal)newValue);
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
			case EmploymentPackage.EMPLOYMENT__PERSON:
				setPerson((Person)null);
				return;
			case EmploymentPackage.EMPLOYMENT__WORKSHOP:
				setWorkshop((Workshop)null);
				return;
			case EmploymentPackage.EMPLOYMENT__EMPLOYER:
				setEmployer(EMPLOYER_EDEFAULT);
				return;
			case EmploymentPackage.EMPLOYMENT__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case EmploymentPackage.EMPLOYMENT__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case EmploymentPackage.EMPLOYMENT__ENDED:
				setEnded(ENDED_EDEFAULT);
				return;
			case EmploymentPackage.EMPLOYMENT__MONTHLY_WAGE:
				setMonthlyWage(MONTHLY_WAGE_EDEFAULT);
				return;
			case EmploymentPackage.EMPLOYMENT__ANNUAL_GAIN:
				setAnnualGain(ANNUAL_GAIN_EDEFAULT);
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
			case EmploymentPackage.EMPLOYMENT__PERSON:
				return person != null;
			case EmploymentPackage.EMPLOYMENT__WORKSHOP:
				return workshop != null;
			case EmploymentPackage.EMPLOYMENT__EMPLOYER:
				return EMPLOYER_EDEFAULT == null ? employer != null : !EMPLOYER_EDEFAULT.equals(employer);
			case EmploymentPackage.EMPLOYMENT__PLACE:
				return place != PLACE_EDEFAULT;
			case EmploymentPackage.EMPLOYMENT__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case EmploymentPackage.EMPLOYMENT__ENDED:
				return ENDED_EDEFAULT == null ? ended != null : !ENDED_EDEFAULT.equals(ended);
			case EmploymentPackage.EMPLOYMENT__MONTHLY_WAGE:
				return MONTHLY_WAGE_EDEFAULT == null ? monthlyWage != null : !MONTHLY_WAGE_EDEFAULT.equals(monthlyWage);
			case EmploymentPackage.EMPLOYMENT__ANNUAL_GAIN:
				return ANNUAL_GAIN_EDEFAULT == null ? annualGain != null : !ANNUAL_GAIN_EDEFAULT.equals(annualGain);
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
		result.append(" (employer: ");
		result.append(employer);
		result.append(", place: ");
		result.append(place);
		result.append(", started: ");
		result.append(started);
		result.append(", ended: ");
		result.append(ended);
		result.append(", monthlyWage: ");
		result.append(monthlyWage);
		result.append(", annualGain: ");
		result.append(annualGain);
		result.append(')');
		return result.toString();
	}

} //EmploymentImpl
