/**
 */
package xiaokang.monitoring.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoringPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Help Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getPlannedOn <em>Planned On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getGivenOn <em>Given On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.HelpMeasureImpl#getLinkedRecord <em>Linked Record</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HelpMeasureImpl extends MinimalEObjectImpl.Container implements HelpMeasure {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureKind KIND_EDEFAULT = MeasureKind.INDUSTRY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeasureKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedOn() <em>Planned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedOn() <em>Planned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedOn = PLANNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenOn() <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate GIVEN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenOn() <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate givenOn = GIVEN_ON_EDEFAULT;

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
	 * The default value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected String responsible = RESPONSIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinkedRecord() <em>Linked Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedRecord()
	 * @generated
	 * @ordered
	 */
	protected static final String LINKED_RECORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLinkedRecord() <em>Linked Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedRecord()
	 * @generated
	 * @ordered
	 */
	protected String linkedRecord = LINKED_RECORD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HelpMeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MonitoringPackage.Literals.HELP_MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeasureKind newKind) {
		MeasureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedOn(LocalDate newPlannedOn) {
		LocalDate oldPlannedOn = plannedOn;
		plannedOn = newPlannedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__PLANNED_ON, oldPlannedOn, plannedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getGivenOn() {
		return givenOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenOn(LocalDate newGivenOn) {
		LocalDate oldGivenOn = givenOn;
		givenOn = newGivenOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__GIVEN_ON, oldGivenOn, givenOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsible() {
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(String newResponsible) {
		String oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLinkedRecord() {
		return linkedRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkedRecord(String newLinkedRecord) {
		String oldLinkedRecord = linkedRecord;
		linkedRecord = newLinkedRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.HELP_MEASURE__LINKED_RECORD, oldLinkedRecord, linkedRecord));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MonitoringPackage.HELP_MEASURE__KIND:
				return getKind();
			case MonitoringPackage.HELP_MEASURE__DESCRIPTION:
				return getDescription();
			case MonitoringPackage.HELP_MEASURE__PLANNED_ON:
				return getPlannedOn();
			case MonitoringPackage.HELP_MEASURE__GIVEN_ON:
				return getGivenOn();
			case MonitoringPackage.HELP_MEASURE__AMOUNT:
				return getAmount();
			case MonitoringPackage.HELP_MEASURE__RESPONSIBLE:
				return getResponsible();
			case MonitoringPackage.HELP_MEASURE__LINKED_RECORD:
				return getLinkedRecord();
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
			case MonitoringPackage.HELP_MEASURE__KIND:
				setKind((MeasureKind)newValue);
				return;
			case MonitoringPackage.HELP_MEASURE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case MonitoringPackage.HELP_MEASURE__PLANNED_ON:
				setPlannedOn((LocalDate)newValue);
				return;
			case MonitoringPackage.HELP_MEASURE__GIVEN_ON:
				setGivenOn((LocalDate)newValue);
				return;
			case MonitoringPackage.HELP_MEASURE__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case MonitoringPackage.HELP_MEASURE__RESPONSIBLE:
				setResponsible((String)newValue);
				return;
			case MonitoringPackage.HELP_MEASURE__LINKED_RECORD:
				setLinkedRecord((String)newValue);
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
			case MonitoringPackage.HELP_MEASURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MonitoringPackage.HELP_MEASURE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case MonitoringPackage.HELP_MEASURE__PLANNED_ON:
				setPlannedOn(PLANNED_ON_EDEFAULT);
				return;
			case MonitoringPackage.HELP_MEASURE__GIVEN_ON:
				setGivenOn(GIVEN_ON_EDEFAULT);
				return;
			case MonitoringPackage.HELP_MEASURE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case MonitoringPackage.HELP_MEASURE__RESPONSIBLE:
				setResponsible(RESPONSIBLE_EDEFAULT);
				return;
			case MonitoringPackage.HELP_MEASURE__LINKED_RECORD:
				setLinkedRecord(LINKED_RECORD_EDEFAULT);
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
			case MonitoringPackage.HELP_MEASURE__KIND:
				return kind != KIND_EDEFAULT;
			case MonitoringPackage.HELP_MEASURE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case MonitoringPackage.HELP_MEASURE__PLANNED_ON:
				return PLANNED_ON_EDEFAULT == null ? plannedOn != null : !PLANNED_ON_EDEFAULT.equals(plannedOn);
			case MonitoringPackage.HELP_MEASURE__GIVEN_ON:
				return GIVEN_ON_EDEFAULT == null ? givenOn != null : !GIVEN_ON_EDEFAULT.equals(givenOn);
			case MonitoringPackage.HELP_MEASURE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case MonitoringPackage.HELP_MEASURE__RESPONSIBLE:
				return RESPONSIBLE_EDEFAULT == null ? responsible != null : !RESPONSIBLE_EDEFAULT.equals(responsible);
			case MonitoringPackage.HELP_MEASURE__LINKED_RECORD:
				return LINKED_RECORD_EDEFAULT == null ? linkedRecord != null : !LINKED_RECORD_EDEFAULT.equals(linkedRecord);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", plannedOn: ");
		result.append(plannedOn);
		result.append(", givenOn: ");
		result.append(givenOn);
		result.append(", amount: ");
		result.append(amount);
		result.append(", responsible: ");
		result.append(responsible);
		result.append(", linkedRecord: ");
		result.append(linkedRecord);
		result.append(')');
		return result.toString();
	}

} //HelpMeasureImpl
