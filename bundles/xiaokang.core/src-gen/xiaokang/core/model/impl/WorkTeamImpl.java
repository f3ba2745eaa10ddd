/**
 */
package xiaokang.core.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.WorkTeam;
import xiaokang.core.model.WorkUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Team</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.WorkTeamImpl#getLeaderName <em>Leader Name</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.WorkTeamImpl#getSize <em>Size</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.WorkTeamImpl#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkTeamImpl extends MinimalEObjectImpl.Container implements WorkTeam {
	/**
	 * The default value of the '{@link #getLeaderName() <em>Leader Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaderName()
	 * @generated
	 * @ordered
	 */
	protected static final String LEADER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaderName() <em>Leader Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaderName()
	 * @generated
	 * @ordered
	 */
	protected String leaderName = LEADER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected WorkUnit unit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkTeamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.WORK_TEAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeaderName() {
		return leaderName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaderName(String newLeaderName) {
		String oldLeaderName = leaderName;
		leaderName = newLeaderName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.WORK_TEAM__LEADER_NAME, oldLeaderName, leaderName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.WORK_TEAM__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkUnit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (WorkUnit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.WORK_TEAM__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkUnit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(WorkUnit newUnit) {
		WorkUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.WORK_TEAM__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.WORK_TEAM__LEADER_NAME:
				return getLeaderName();
			case CorePackage.WORK_TEAM__SIZE:
				return getSize();
			case CorePackage.WORK_TEAM__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
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
			case CorePackage.WORK_TEAM__LEADER_NAME:
				setLeaderName((String)newValue);
				return;
			case CorePackage.WORK_TEAM__SIZE:
				setSize((Integer)newValue);
				return;
			case CorePackage.WORK_TEAM__UNIT:
				setUnit((WorkUnit)newValue);
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
			case CorePackage.WORK_TEAM__LEADER_NAME:
				setLeaderName(LEADER_NAME_EDEFAULT);
				return;
			case CorePackage.WORK_TEAM__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case CorePackage.WORK_TEAM__UNIT:
				setUnit((WorkUnit)null);
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
			case CorePackage.WORK_TEAM__LEADER_NAME:
				return LEADER_NAME_EDEFAULT == null ? leaderName != null : !LEADER_NAME_EDEFAULT.equals(leaderName);
			case CorePackage.WORK_TEAM__SIZE:
				return size != SIZE_EDEFAULT;
			case CorePackage.WORK_TEAM__UNIT:
				return unit != null;
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
		result.append(" (leaderName: ");
		result.append(leaderName);
		result.append(", size: ");
		result.append(size);
		result.append(')');
		return result.toString();
	}

} //WorkTeamImpl
