/**
 */
package xiaokang.supervision.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.CityLeader;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

import xiaokang.supervision.model.ListedSupervision;
import xiaokang.supervision.model.ListingStatus;
import xiaokang.supervision.model.SupervisionLevel;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listed Supervision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getListedOn <em>Listed On</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getListedUntil <em>Listed Until</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getLeader <em>Leader</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ListedSupervisionImpl#getReasons <em>Reasons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListedSupervisionImpl extends MinimalEObjectImpl.Container implements ListedSupervision {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SupervisionLevel LEVEL_EDEFAULT = SupervisionLevel.PROVINCE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected SupervisionLevel level = LEVEL_EDEFAULT;

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
	 * The cached value of the '{@link #getVillage() <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillage()
	 * @generated
	 * @ordered
	 */
	protected Village village;

	/**
	 * The default value of the '{@link #getListedOn() <em>Listed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LISTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListedOn() <em>Listed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate listedOn = LISTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getListedUntil() <em>Listed Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LISTED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListedUntil() <em>Listed Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListedUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate listedUntil = LISTED_UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeader() <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeader()
	 * @generated
	 * @ordered
	 */
	protected CityLeader leader;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ListingStatus STATUS_EDEFAULT = ListingStatus.LISTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ListingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasons() <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected static final String REASONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasons() <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected String reasons = REASONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListedSupervisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SupervisionPackage.Literals.LISTED_SUPERVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(SupervisionLevel newLevel) {
		SupervisionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__LEVEL, oldLevel, level));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.LISTED_SUPERVISION__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__TOWNSHIP, oldTownship, township));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.LISTED_SUPERVISION__VILLAGE, oldVillage, village));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__VILLAGE, oldVillage, village));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getListedOn() {
		return listedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListedOn(LocalDate newListedOn) {
		LocalDate oldListedOn = listedOn;
		listedOn = newListedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__LISTED_ON, oldListedOn, listedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getListedUntil() {
		return listedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListedUntil(LocalDate newListedUntil) {
		LocalDate oldListedUntil = listedUntil;
		listedUntil = newListedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__LISTED_UNTIL, oldListedUntil, listedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CityLeader getLeader() {
		if (leader != null && leader.eIsProxy()) {
			InternalEObject oldLeader = (InternalEObject)leader;
			leader = (CityLeader)eResolveProxy(oldLeader);
			if (leader != oldLeader) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.LISTED_SUPERVISION__LEADER, oldLeader, leader));
			}
		}
		return leader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CityLeader basicGetLeader() {
		return leader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeader(CityLeader newLeader) {
		CityLeader oldLeader = leader;
		leader = newLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__LEADER, oldLeader, leader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ListingStatus newStatus) {
		ListingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasons() {
		return reasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasons(String newReasons) {
		String oldReasons = reasons;
		reasons = newReasons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.LISTED_SUPERVISION__REASONS, oldReasons, reasons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SupervisionPackage.LISTED_SUPERVISION__LEVEL:
				return getLevel();
			case SupervisionPackage.LISTED_SUPERVISION__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case SupervisionPackage.LISTED_SUPERVISION__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_ON:
				return getListedOn();
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_UNTIL:
				return getListedUntil();
			case SupervisionPackage.LISTED_SUPERVISION__LEADER:
				if (resolve) return getLeader();
				return basicGetLeader();
			case SupervisionPackage.LISTED_SUPERVISION__STATUS:
				return getStatus();
			case SupervisionPackage.LISTED_SUPERVISION__REASONS:
				return getReasons();
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
			case SupervisionPackage.LISTED_SUPERVISION__LEVEL:
				setLevel((SupervisionLevel)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__VILLAGE:
				setVillage((Village)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_ON:
				setListedOn((LocalDate)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_UNTIL:
				setListedUntil((LocalDate)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__LEADER:
				setLeader((CityLeader)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__STATUS:
				setStatus((ListingStatus)newValue);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__REASONS:
				setReasons((String)newValue);
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
			case SupervisionPackage.LISTED_SUPERVISION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__TOWNSHIP:
				setTownship((Township)null);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__VILLAGE:
				setVillage((Village)null);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_ON:
				setListedOn(LISTED_ON_EDEFAULT);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_UNTIL:
				setListedUntil(LISTED_UNTIL_EDEFAULT);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__LEADER:
				setLeader((CityLeader)null);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SupervisionPackage.LISTED_SUPERVISION__REASONS:
				setReasons(REASONS_EDEFAULT);
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
			case SupervisionPackage.LISTED_SUPERVISION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case SupervisionPackage.LISTED_SUPERVISION__TOWNSHIP:
				return township != null;
			case SupervisionPackage.LISTED_SUPERVISION__VILLAGE:
				return village != null;
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_ON:
				return LISTED_ON_EDEFAULT == null ? listedOn != null : !LISTED_ON_EDEFAULT.equals(listedOn);
			case SupervisionPackage.LISTED_SUPERVISION__LISTED_UNTIL:
				return LISTED_UNTIL_EDEFAULT == null ? listedUntil != null : !LISTED_UNTIL_EDEFAULT.equals(listedUntil);
			case SupervisionPackage.LISTED_SUPERVISION__LEADER:
				return leader != null;
			case SupervisionPackage.LISTED_SUPERVISION__STATUS:
				return status != STATUS_EDEFAULT;
			case SupervisionPackage.LISTED_SUPERVISION__REASONS:
				return REASONS_EDEFAULT == null ? reasons != null : !REASONS_EDEFAULT.equals(reasons);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", listedOn: ");
		result.append(listedOn);
		result.append(", listedUntil: ");
		result.append(listedUntil);
		result.append(", status: ");
		result.append(status);
		result.append(", reasons: ");
		result.append(reasons);
		result.append(')');
		return result.toString();
	}

} //ListedSupervisionImpl
