/**
 */
package xiaokang.publicity.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Village;

import xiaokang.publicity.model.Award;
import xiaokang.publicity.model.AwardLevel;
import xiaokang.publicity.model.PublicityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Award</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.AwardImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.AwardImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.AwardImpl#getAwardedTo <em>Awarded To</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.AwardImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.AwardImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AwardImpl extends MinimalEObjectImpl.Container implements Award {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AwardLevel LEVEL_EDEFAULT = AwardLevel.NATIONAL;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected AwardLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAwardedTo() <em>Awarded To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardedTo()
	 * @generated
	 * @ordered
	 */
	protected static final String AWARDED_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAwardedTo() <em>Awarded To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardedTo()
	 * @generated
	 * @ordered
	 */
	protected String awardedTo = AWARDED_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVillage() <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillage()
	 * @generated
	 * @ordered
	 */
	protected Village village;

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
	protected AwardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.AWARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.AWARD__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwardLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(AwardLevel newLevel) {
		AwardLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.AWARD__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAwardedTo() {
		return awardedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwardedTo(String newAwardedTo) {
		String oldAwardedTo = awardedTo;
		awardedTo = newAwardedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.AWARD__AWARDED_TO, oldAwardedTo, awardedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Village getVillage() {
		if (village != null && village.eIsProxy()) {
			InternalEObject oldVillage = (InternalEObject)village;
			village = (Village)eResolveProxy(oldVillage);
			if (village != oldVillage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.AWARD__VILLAGE, oldVillage, village));
			}
		}
		return village;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Village basicGetVillage() {
		return village;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVillage(Village newVillage) {
		Village oldVillage = village;
		village = newVillage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.AWARD__VILLAGE, oldVillage, village));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.AWARD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.AWARD__NAME:
				return getName();
			case PublicityPackage.AWARD__LEVEL:
				return getLevel();
			case PublicityPackage.AWARD__AWARDED_TO:
				return getAwardedTo();
			case PublicityPackage.AWARD__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
			case PublicityPackage.AWARD__DATE:
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
			case PublicityPackage.AWARD__NAME:
				setName((String)newValue);
				return;
			case PublicityPackage.AWARD__LEVEL:
				setLevel((AwardLevel)newValue);
				return;
			case PublicityPackage.AWARD__AWARDED_TO:
				setAwardedTo((String)newValue);
				return;
			case PublicityPackage.AWARD__VILLAGE:
				setVillage((Village)newValue);
				return;
			case PublicityPackage.AWARD__DATE:
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
			case PublicityPackage.AWARD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PublicityPackage.AWARD__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case PublicityPackage.AWARD__AWARDED_TO:
				setAwardedTo(AWARDED_TO_EDEFAULT);
				return;
			case PublicityPackage.AWARD__VILLAGE:
				setVillage((Village)null);
				return;
			case PublicityPackage.AWARD__DATE:
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
			case PublicityPackage.AWARD__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PublicityPackage.AWARD__LEVEL:
				return level != LEVEL_EDEFAULT;
			case PublicityPackage.AWARD__AWARDED_TO:
				return AWARDED_TO_EDEFAULT == null ? awardedTo != null : !AWARDED_TO_EDEFAULT.equals(awardedTo);
			case PublicityPackage.AWARD__VILLAGE:
				return village != null;
			case PublicityPackage.AWARD__DATE:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", level: ");
		result.append(level);
		result.append(", awardedTo: ");
		result.append(awardedTo);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //AwardImpl
