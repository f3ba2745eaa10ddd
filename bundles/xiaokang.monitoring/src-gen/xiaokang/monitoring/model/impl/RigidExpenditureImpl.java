/**
 */
package xiaokang.monitoring.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Household;

import xiaokang.monitoring.model.ExpenditureKind;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.RigidExpenditure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rigid Expenditure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl#isResolved <em>Resolved</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.RigidExpenditureImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RigidExpenditureImpl extends MinimalEObjectImpl.Container implements RigidExpenditure {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ExpenditureKind KIND_EDEFAULT = ExpenditureKind.MEDICAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ExpenditureKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #isResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResolved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESOLVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResolved()
	 * @generated
	 * @ordered
	 */
	protected boolean resolved = RESOLVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RigidExpenditureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MonitoringPackage.Literals.RIGID_EXPENDITURE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MonitoringPackage.RIGID_EXPENDITURE__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.RIGID_EXPENDITURE__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.RIGID_EXPENDITURE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpenditureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ExpenditureKind newKind) {
		ExpenditureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.RIGID_EXPENDITURE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.RIGID_EXPENDITURE__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResolved() {
		return resolved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolved(boolean newResolved) {
		boolean oldResolved = resolved;
		resolved = newResolved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.RIGID_EXPENDITURE__RESOLVED, oldResolved, resolved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.RIGID_EXPENDITURE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MonitoringPackage.RIGID_EXPENDITURE__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case MonitoringPackage.RIGID_EXPENDITURE__DATE:
				return getDate();
			case MonitoringPackage.RIGID_EXPENDITURE__KIND:
				return getKind();
			case MonitoringPackage.RIGID_EXPENDITURE__AMOUNT:
				return getAmount();
			case MonitoringPackage.RIGID_EXPENDITURE__RESOLVED:
				return isResolved();
			case MonitoringPackage.RIGID_EXPENDITURE__NOTE:
				return getNote();
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
			case MonitoringPackage.RIGID_EXPENDITURE__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__DATE:
				setDate((LocalDate)newValue);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__KIND:
				setKind((ExpenditureKind)newValue);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__RESOLVED:
				setResolved((Boolean)newValue);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__NOTE:
				setNote((String)newValue);
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
			case MonitoringPackage.RIGID_EXPENDITURE__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__RESOLVED:
				setResolved(RESOLVED_EDEFAULT);
				return;
			case MonitoringPackage.RIGID_EXPENDITURE__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case MonitoringPackage.RIGID_EXPENDITURE__HOUSEHOLD:
				return household != null;
			case MonitoringPackage.RIGID_EXPENDITURE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case MonitoringPackage.RIGID_EXPENDITURE__KIND:
				return kind != KIND_EDEFAULT;
			case MonitoringPackage.RIGID_EXPENDITURE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case MonitoringPackage.RIGID_EXPENDITURE__RESOLVED:
				return resolved != RESOLVED_EDEFAULT;
			case MonitoringPackage.RIGID_EXPENDITURE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", kind: ");
		result.append(kind);
		result.append(", amount: ");
		result.append(amount);
		result.append(", resolved: ");
		result.append(resolved);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RigidExpenditureImpl
