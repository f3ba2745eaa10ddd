/**
 */
package xiaokang.core.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.VillageGroup;
import xiaokang.core.model.WorkTeam;
import xiaokang.core.model.WorkUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Village</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getCode <em>Code</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#isPoor <em>Poor</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getYearExited <em>Year Exited</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getSupportUnit <em>Support Unit</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getWorkTeam <em>Work Team</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.VillageImpl#getHouseholds <em>Households</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VillageImpl extends MinimalEObjectImpl.Container implements Village {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #isPoor() <em>Poor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPoor()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POOR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPoor() <em>Poor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPoor()
	 * @generated
	 * @ordered
	 */
	protected boolean poor = POOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearExited() <em>Year Exited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearExited()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EXITED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYearExited() <em>Year Exited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearExited()
	 * @generated
	 * @ordered
	 */
	protected Integer yearExited = YEAR_EXITED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupportUnit() <em>Support Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportUnit()
	 * @generated
	 * @ordered
	 */
	protected WorkUnit supportUnit;

	/**
	 * The cached value of the '{@link #getWorkTeam() <em>Work Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkTeam()
	 * @generated
	 * @ordered
	 */
	protected WorkTeam workTeam;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<VillageGroup> groups;

	/**
	 * The cached value of the '{@link #getHouseholds() <em>Households</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholds()
	 * @generated
	 * @ordered
	 */
	protected EList<Household> households;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VillageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.VILLAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Township getTownship() {
		if (eContainerFeatureID() != CorePackage.VILLAGE__TOWNSHIP) return null;
		return (Township)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTownship(Township newTownship, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTownship, CorePackage.VILLAGE__TOWNSHIP, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTownship(Township newTownship) {
		if (newTownship != eInternalContainer() || (eContainerFeatureID() != CorePackage.VILLAGE__TOWNSHIP && newTownship != null)) {
			if (EcoreUtil.isAncestor(this, newTownship))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTownship != null)
				msgs = ((InternalEObject)newTownship).eInverseAdd(this, CorePackage.TOWNSHIP__VILLAGES, Township.class, msgs);
			msgs = basicSetTownship(newTownship, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__TOWNSHIP, newTownship, newTownship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPoor() {
		return poor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoor(boolean newPoor) {
		boolean oldPoor = poor;
		poor = newPoor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__POOR, oldPoor, poor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYearExited() {
		return yearExited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearExited(Integer newYearExited) {
		Integer oldYearExited = yearExited;
		yearExited = newYearExited;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__YEAR_EXITED, oldYearExited, yearExited));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkUnit getSupportUnit() {
		if (supportUnit != null && supportUnit.eIsProxy()) {
			InternalEObject oldSupportUnit = (InternalEObject)supportUnit;
			supportUnit = (WorkUnit)eResolveProxy(oldSupportUnit);
			if (supportUnit != oldSupportUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.VILLAGE__SUPPORT_UNIT, oldSupportUnit, supportUnit));
			}
		}
		return supportUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkUnit basicGetSupportUnit() {
		return supportUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportUnit(WorkUnit newSupportUnit) {
		WorkUnit oldSupportUnit = supportUnit;
		supportUnit = newSupportUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__SUPPORT_UNIT, oldSupportUnit, supportUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkTeam getWorkTeam() {
		return workTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWorkTeam(WorkTeam newWorkTeam, NotificationChain msgs) {
		WorkTeam oldWorkTeam = workTeam;
		workTeam = newWorkTeam;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__WORK_TEAM, oldWorkTeam, newWorkTeam);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkTeam(WorkTeam newWorkTeam) {
		if (newWorkTeam != workTeam) {
			NotificationChain msgs = null;
			if (workTeam != null)
				msgs = ((InternalEObject)workTeam).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CorePackage.VILLAGE__WORK_TEAM, null, msgs);
			if (newWorkTeam != null)
				msgs = ((InternalEObject)newWorkTeam).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CorePackage.VILLAGE__WORK_TEAM, null, msgs);
			msgs = basicSetWorkTeam(newWorkTeam, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.VILLAGE__WORK_TEAM, newWorkTeam, newWorkTeam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VillageGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<VillageGroup>(VillageGroup.class, this, CorePackage.VILLAGE__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Household> getHouseholds() {
		if (households == null) {
			households = new EObjectContainmentWithInverseEList<Household>(Household.class, this, CorePackage.VILLAGE__HOUSEHOLDS, CorePackage.HOUSEHOLD__VILLAGE);
		}
		return households;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.VILLAGE__TOWNSHIP:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTownship((Township)otherEnd, msgs);
			case CorePackage.VILLAGE__HOUSEHOLDS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getHouseholds()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.VILLAGE__TOWNSHIP:
				return basicSetTownship(null, msgs);
			case CorePackage.VILLAGE__WORK_TEAM:
				return basicSetWorkTeam(null, msgs);
			case CorePackage.VILLAGE__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case CorePackage.VILLAGE__HOUSEHOLDS:
				return ((InternalEList<?>)getHouseholds()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CorePackage.VILLAGE__TOWNSHIP:
				return eInternalContainer().eInverseRemove(this, CorePackage.TOWNSHIP__VILLAGES, Township.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.VILLAGE__TOWNSHIP:
				return getTownship();
			case CorePackage.VILLAGE__CODE:
				return getCode();
			case CorePackage.VILLAGE__NAME:
				return getName();
			case CorePackage.VILLAGE__POOR:
				return isPoor();
			case CorePackage.VILLAGE__YEAR_EXITED:
				return getYearExited();
			case CorePackage.VILLAGE__SUPPORT_UNIT:
				if (resolve) return getSupportUnit();
				return basicGetSupportUnit();
			case CorePackage.VILLAGE__WORK_TEAM:
				return getWorkTeam();
			case CorePackage.VILLAGE__GROUPS:
				return getGroups();
			case CorePackage.VILLAGE__HOUSEHOLDS:
				return getHouseholds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorePackage.VILLAGE__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case CorePackage.VILLAGE__CODE:
				setCode((String)newValue);
				return;
			case CorePackage.VILLAGE__NAME:
				setName((String)newValue);
				return;
			case CorePackage.VILLAGE__POOR:
				setPoor((Boolean)newValue);
				return;
			case CorePackage.VILLAGE__YEAR_EXITED:
				setYearExited((Integer)newValue);
				return;
			case CorePackage.VILLAGE__SUPPORT_UNIT:
				setSupportUnit((WorkUnit)newValue);
				return;
			case CorePackage.VILLAGE__WORK_TEAM:
				setWorkTeam((WorkTeam)newValue);
				return;
			case CorePackage.VILLAGE__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends VillageGroup>)newValue);
				return;
			case CorePackage.VILLAGE__HOUSEHOLDS:
				getHouseholds().clear();
				getHouseholds().addAll((Collection<? extends Household>)newValue);
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
			case CorePackage.VILLAGE__TOWNSHIP:
				setTownship((Township)null);
				return;
			case CorePackage.VILLAGE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CorePackage.VILLAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorePackage.VILLAGE__POOR:
				setPoor(POOR_EDEFAULT);
				return;
			case CorePackage.VILLAGE__YEAR_EXITED:
				setYearExited(YEAR_EXITED_EDEFAULT);
				return;
			case CorePackage.VILLAGE__SUPPORT_UNIT:
				setSupportUnit((WorkUnit)null);
				return;
			case CorePackage.VILLAGE__WORK_TEAM:
				setWorkTeam((WorkTeam)null);
				return;
			case CorePackage.VILLAGE__GROUPS:
				getGroups().clear();
				return;
			case CorePackage.VILLAGE__HOUSEHOLDS:
				getHouseholds().clear();
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
			case CorePackage.VILLAGE__TOWNSHIP:
				return getTownship() != null;
			case CorePackage.VILLAGE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CorePackage.VILLAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorePackage.VILLAGE__POOR:
				return poor != POOR_EDEFAULT;
			case CorePackage.VILLAGE__YEAR_EXITED:
				return YEAR_EXITED_EDEFAULT == null ? yearExited != null : !YEAR_EXITED_EDEFAULT.equals(yearExited);
			case CorePackage.VILLAGE__SUPPORT_UNIT:
				return supportUnit != null;
			case CorePackage.VILLAGE__WORK_TEAM:
				return workTeam != null;
			case CorePackage.VILLAGE__GROUPS:
				return groups != null && !groups.isEmpty();
			case CorePackage.VILLAGE__HOUSEHOLDS:
				return households != null && !households.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", poor: ");
		result.append(poor);
		result.append(", yearExited: ");
		result.append(yearExited);
		result.append(')');
		return result.toString();
	}

} //VillageImpl
