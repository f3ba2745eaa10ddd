/**
 */
package xiaokang.publicity.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Township;

import xiaokang.publicity.model.PublicityPackage;
import xiaokang.publicity.model.VolunteerRegistration;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volunteer Registration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.VolunteerRegistrationImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.VolunteerRegistrationImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.VolunteerRegistrationImpl#getRegistered <em>Registered</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolunteerRegistrationImpl extends MinimalEObjectImpl.Container implements VolunteerRegistration {
	/**
	 * The cached value of the '{@link #getTownship() <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownship()
	 * @generated
	 * @ordered
	 */
	protected Township township;

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
	 * The default value of the '{@link #getRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistered()
	 * @generated
	 * @ordered
	 */
	protected static final int REGISTERED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistered()
	 * @generated
	 * @ordered
	 */
	protected int registered = REGISTERED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolunteerRegistrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.VOLUNTEER_REGISTRATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Township getTownship() {
		if (township != null && township.eIsProxy()) {
			InternalEObject oldTownship = (InternalEObject)township;
			township = (Township)eResolveProxy(oldTownship);
			if (township != oldTownship) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.VOLUNTEER_REGISTRATION__TOWNSHIP, oldTownship, township));
			}
		}
		return township;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Township basicGetTownship() {
		return township;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTownship(Township newTownship) {
		Township oldTownship = township;
		township = newTownship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.VOLUNTEER_REGISTRATION__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.VOLUNTEER_REGISTRATION__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRegistered() {
		return registered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistered(int newRegistered) {
		int oldRegistered = registered;
		registered = newRegistered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.VOLUNTEER_REGISTRATION__REGISTERED, oldRegistered, registered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.VOLUNTEER_REGISTRATION__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case PublicityPackage.VOLUNTEER_REGISTRATION__YEAR:
				return getYear();
			case PublicityPackage.VOLUNTEER_REGISTRATION__REGISTERED:
				return getRegistered();
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
			case PublicityPackage.VOLUNTEER_REGISTRATION__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case PublicityPackage.VOLUNTEER_REGISTRATION__YEAR:
				setYear((Integer)newValue);
				return;
			case PublicityPackage.VOLUNTEER_REGISTRATION__REGISTERED:
				setRegistered((Integer)newValue);
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
			case PublicityPackage.VOLUNTEER_REGISTRATION__TOWNSHIP:
				setTownship((Township)null);
				return;
			case PublicityPackage.VOLUNTEER_REGISTRATION__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case PublicityPackage.VOLUNTEER_REGISTRATION__REGISTERED:
				setRegistered(REGISTERED_EDEFAULT);
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
			case PublicityPackage.VOLUNTEER_REGISTRATION__TOWNSHIP:
				return township != null;
			case PublicityPackage.VOLUNTEER_REGISTRATION__YEAR:
				return year != YEAR_EDEFAULT;
			case PublicityPackage.VOLUNTEER_REGISTRATION__REGISTERED:
				return registered != REGISTERED_EDEFAULT;
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
		result.append(" (year: ");
		result.append(year);
		result.append(", registered: ");
		result.append(registered);
		result.append(')');
		return result.toString();
	}

} //VolunteerRegistrationImpl
