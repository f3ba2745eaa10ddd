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

import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.Warning;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Warning</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getFigure <em>Figure</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getVisitBy <em>Visit By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getDecideBy <em>Decide By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getHandledBy <em>Handled By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getHandledOn <em>Handled On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getNote <em>Note</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.WarningImpl#getMonitored <em>Monitored</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WarningImpl extends MinimalEObjectImpl.Container implements Warning {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final WarningKind KIND_EDEFAULT = WarningKind.BELOW_LINE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected WarningKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getRaisedOn() <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAISED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedOn() <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate raisedOn = RAISED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FIGURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal figure = FIGURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitBy() <em>Visit By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitBy()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VISIT_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVisitBy() <em>Visit By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitBy()
	 * @generated
	 * @ordered
	 */
	protected LocalDate visitBy = VISIT_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecideBy() <em>Decide By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecideBy()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDE_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecideBy() <em>Decide By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecideBy()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decideBy = DECIDE_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final WarningStatus STATUS_EDEFAULT = WarningStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected WarningStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandledBy() <em>Handled By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledBy()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandledBy() <em>Handled By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledBy()
	 * @generated
	 * @ordered
	 */
	protected String handledBy = HANDLED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandledOn() <em>Handled On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate HANDLED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandledOn() <em>Handled On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate handledOn = HANDLED_ON_EDEFAULT;

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
	 * The cached value of the '{@link #getMonitored() <em>Monitored</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitored()
	 * @generated
	 * @ordered
	 */
	protected MonitoredHousehold monitored;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WarningImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MonitoringPackage.Literals.WARNING;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MonitoringPackage.WARNING__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__HOUSEHOLD, oldHousehold, household));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WarningKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(WarningKind newKind) {
		WarningKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedOn(LocalDate newRaisedOn) {
		LocalDate oldRaisedOn = raisedOn;
		raisedOn = newRaisedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__RAISED_ON, oldRaisedOn, raisedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFigure() {
		return figure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFigure(BigDecimal newFigure) {
		BigDecimal oldFigure = figure;
		figure = newFigure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__FIGURE, oldFigure, figure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(BigDecimal newThreshold) {
		BigDecimal oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getVisitBy() {
		return visitBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitBy(LocalDate newVisitBy) {
		LocalDate oldVisitBy = visitBy;
		visitBy = newVisitBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__VISIT_BY, oldVisitBy, visitBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecideBy() {
		return decideBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecideBy(LocalDate newDecideBy) {
		LocalDate oldDecideBy = decideBy;
		decideBy = newDecideBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__DECIDE_BY, oldDecideBy, decideBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WarningStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(WarningStatus newStatus) {
		WarningStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandledBy() {
		return handledBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandledBy(String newHandledBy) {
		String oldHandledBy = handledBy;
		handledBy = newHandledBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__HANDLED_BY, oldHandledBy, handledBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getHandledOn() {
		return handledOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandledOn(LocalDate newHandledOn) {
		LocalDate oldHandledOn = handledOn;
		handledOn = newHandledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__HANDLED_ON, oldHandledOn, handledOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoredHousehold getMonitored() {
		if (monitored != null && monitored.eIsProxy()) {
			InternalEObject oldMonitored = (InternalEObject)monitored;
			monitored = (MonitoredHousehold)eResolveProxy(oldMonitored);
			if (monitored != oldMonitored) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MonitoringPackage.WARNING__MONITORED, oldMonitored, monitored));
			}
		}
		return monitored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoredHousehold basicGetMonitored() {
		return monitored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitored(MonitoredHousehold newMonitored) {
		MonitoredHousehold oldMonitored = monitored;
		monitored = newMonitored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.WARNING__MONITORED, oldMonitored, monitored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MonitoringPackage.WARNING__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case MonitoringPackage.WARNING__KIND:
				return getKind();
			case MonitoringPackage.WARNING__YEAR:
				return getYear();
			case MonitoringPackage.WARNING__RAISED_ON:
				return getRaisedOn();
			case MonitoringPackage.WARNING__REASON:
				return getReason();
			case MonitoringPackage.WARNING__FIGURE:
				return getFigure();
			case MonitoringPackage.WARNING__THRESHOLD:
				return getThreshold();
			case MonitoringPackage.WARNING__VISIT_BY:
				return getVisitBy();
			case MonitoringPackage.WARNING__DECIDE_BY:
				return getDecideBy();
			case MonitoringPackage.WARNING__STATUS:
				return getStatus();
			case MonitoringPackage.WARNING__HANDLED_BY:
				return getHandledBy();
			case MonitoringPackage.WARNING__HANDLED_ON:
				return getHandledOn();
			case MonitoringPackage.WARNING__NOTE:
				return getNote();
			case MonitoringPackage.WARNING__MONITORED:
				if (resolve) return getMonitored();
				return basicGetMonitored();
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
			case MonitoringPackage.WARNING__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case MonitoringPackage.WARNING__KIND:
				setKind((WarningKind)newValue);
				return;
			case MonitoringPackage.WARNING__YEAR:
				setYear((Integer)newValue);
				return;
			case MonitoringPackage.WARNING__RAISED_ON:
				setRaisedOn((LocalDate)newValue);
				return;
			case MonitoringPackage.WARNING__REASON:
				setReason((String)newValue);
				return;
			case MonitoringPackage.WARNING__FIGURE:
				setFigure((BigDecimal)newValue);
				return;
			case MonitoringPackage.WARNING__THRESHOLD:
				setThreshold((BigDecimal)newValue);
				return;
			case MonitoringPackage.WARNING__VISIT_BY:
				setVisitBy((LocalDate)newValue);
				return;
			case MonitoringPackage.WARNING__DECIDE_BY:
				setDecideBy((LocalDate)newValue);
				return;
			case MonitoringPackage.WARNING__STATUS:
				setStatus((WarningStatus)newValue);
				return;
			case MonitoringPackage.WARNING__HANDLED_BY:
				setHandledBy((String)newValue);
				return;
			case MonitoringPackage.WARNING__HANDLED_ON:
				setHandledOn((LocalDate)newValue);
				return;
			case MonitoringPackage.WARNING__NOTE:
				setNote((String)newValue);
				return;
			case MonitoringPackage.WARNING__MONITORED:
				setMonitored((MonitoredHousehold)newValue);
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
			case MonitoringPackage.WARNING__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case MonitoringPackage.WARNING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__RAISED_ON:
				setRaisedOn(RAISED_ON_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__FIGURE:
				setFigure(FIGURE_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__VISIT_BY:
				setVisitBy(VISIT_BY_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__DECIDE_BY:
				setDecideBy(DECIDE_BY_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__HANDLED_BY:
				setHandledBy(HANDLED_BY_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__HANDLED_ON:
				setHandledOn(HANDLED_ON_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case MonitoringPackage.WARNING__MONITORED:
				setMonitored((MonitoredHousehold)null);
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
			case MonitoringPackage.WARNING__HOUSEHOLD:
				return household != null;
			case MonitoringPackage.WARNING__KIND:
				return kind != KIND_EDEFAULT;
			case MonitoringPackage.WARNING__YEAR:
				return year != YEAR_EDEFAULT;
			case MonitoringPackage.WARNING__RAISED_ON:
				return RAISED_ON_EDEFAULT == null ? raisedOn != null : !RAISED_ON_EDEFAULT.equals(raisedOn);
			case MonitoringPackage.WARNING__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case MonitoringPackage.WARNING__FIGURE:
				return FIGURE_EDEFAULT == null ? figure != null : !FIGURE_EDEFAULT.equals(figure);
			case MonitoringPackage.WARNING__THRESHOLD:
				return THRESHOLD_EDEFAULT == null ? threshold != null : !THRESHOLD_EDEFAULT.equals(threshold);
			case MonitoringPackage.WARNING__VISIT_BY:
				return VISIT_BY_EDEFAULT == null ? visitBy != null : !VISIT_BY_EDEFAULT.equals(visitBy);
			case MonitoringPackage.WARNING__DECIDE_BY:
				return DECIDE_BY_EDEFAULT == null ? decideBy != null : !DECIDE_BY_EDEFAULT.equals(decideBy);
			case MonitoringPackage.WARNING__STATUS:
				return status != STATUS_EDEFAULT;
			case MonitoringPackage.WARNING__HANDLED_BY:
				return HANDLED_BY_EDEFAULT == null ? handledBy != null : !HANDLED_BY_EDEFAULT.equals(handledBy);
			case MonitoringPackage.WARNING__HANDLED_ON:
				return HANDLED_ON_EDEFAULT == null ? handledOn != null : !HANDLED_ON_EDEFAULT.equals(handledOn);
			case MonitoringPackage.WARNING__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case MonitoringPackage.WARNING__MONITORED:
				return monitored != null;
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
		result.append(", year: ");
		result.append(year);
		result.append(", raisedOn: ");
		result.append(raisedOn);
		result.append(", reason: ");
		result.append(reason);
		result.append(", figure: ");
		result.append(figure);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", visitBy: ");
		result.append(visitBy);
		result.append(", decideBy: ");
		result.append(decideBy);
		result.append(", status: ");
		result.append(status);
		result.append(", handledBy: ");
		result.append(handledBy);
		result.append(", handledOn: ");
		result.append(handledOn);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //WarningImpl
