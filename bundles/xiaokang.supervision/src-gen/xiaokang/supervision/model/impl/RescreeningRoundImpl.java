/**
 */
package xiaokang.supervision.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import xiaokang.core.model.HouseholdStatus;

import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.ScreeningRecord;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rescreening Round</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.impl.RescreeningRoundImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.RescreeningRoundImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.RescreeningRoundImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.RescreeningRoundImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.RescreeningRoundImpl#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RescreeningRoundImpl extends MinimalEObjectImpl.Container implements RescreeningRound {
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
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<HouseholdStatus> groups;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<ScreeningRecord> records;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RescreeningRoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SupervisionPackage.Literals.RESCREENING_ROUND;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.RESCREENING_ROUND__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.RESCREENING_ROUND__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.RESCREENING_ROUND__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HouseholdStatus> getGroups() {
		if (groups == null) {
			groups = new EDataTypeUniqueEList<HouseholdStatus>(HouseholdStatus.class, this, SupervisionPackage.RESCREENING_ROUND__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScreeningRecord> getRecords() {
		if (records == null) {
			records = new EObjectContainmentEList<ScreeningRecord>(ScreeningRecord.class, this, SupervisionPackage.RESCREENING_ROUND__RECORDS);
		}
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SupervisionPackage.RESCREENING_ROUND__RECORDS:
				return ((InternalEList<?>)getRecords()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SupervisionPackage.RESCREENING_ROUND__NAME:
				return getName();
			case SupervisionPackage.RESCREENING_ROUND__START_DATE:
				return getStartDate();
			case SupervisionPackage.RESCREENING_ROUND__END_DATE:
				return getEndDate();
			case SupervisionPackage.RESCREENING_ROUND__GROUPS:
				return getGroups();
			case SupervisionPackage.RESCREENING_ROUND__RECORDS:
				return getRecords();
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
			case SupervisionPackage.RESCREENING_ROUND__NAME:
				setName((String)newValue);
				return;
			case SupervisionPackage.RESCREENING_ROUND__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case SupervisionPackage.RESCREENING_ROUND__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case SupervisionPackage.RESCREENING_ROUND__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends HouseholdStatus>)newValue);
				return;
			case SupervisionPackage.RESCREENING_ROUND__RECORDS:
				getRecords().clear();
				getRecords().addAll((Collection<? extends ScreeningRecord>)newValue);
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
			case SupervisionPackage.RESCREENING_ROUND__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SupervisionPackage.RESCREENING_ROUND__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case SupervisionPackage.RESCREENING_ROUND__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case SupervisionPackage.RESCREENING_ROUND__GROUPS:
				getGroups().clear();
				return;
			case SupervisionPackage.RESCREENING_ROUND__RECORDS:
				getRecords().clear();
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
			case SupervisionPackage.RESCREENING_ROUND__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SupervisionPackage.RESCREENING_ROUND__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SupervisionPackage.RESCREENING_ROUND__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case SupervisionPackage.RESCREENING_ROUND__GROUPS:
				return groups != null && !groups.isEmpty();
			case SupervisionPackage.RESCREENING_ROUND__RECORDS:
				return records != null && !records.isEmpty();
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
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", groups: ");
		result.append(groups);
		result.append(')');
		return result.toString();
	}

} //RescreeningRoundImpl
