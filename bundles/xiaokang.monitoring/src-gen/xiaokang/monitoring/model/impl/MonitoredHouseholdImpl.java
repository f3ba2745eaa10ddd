/**
 */
package xiaokang.monitoring.model.impl;

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

import xiaokang.core.model.Household;

import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringEvent;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.RiskType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monitored Household</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getFoundOn <em>Found On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getFoundBy <em>Found By</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getStageDue <em>Stage Due</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#isAuthorisationSigned <em>Authorisation Signed</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getPublicisedOn <em>Publicised On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getIdentifiedOn <em>Identified On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getEliminatedOn <em>Eliminated On</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.MonitoredHouseholdImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonitoredHouseholdImpl extends MinimalEObjectImpl.Container implements MonitoredHousehold {
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final MonitoringCategory CATEGORY_EDEFAULT = MonitoringCategory.UNSTABLE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected MonitoringCategory category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskType> risks;

	/**
	 * The default value of the '{@link #getFoundOn() <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOUND_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundOn() <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate foundOn = FOUND_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoundBy() <em>Found By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundBy()
	 * @generated
	 * @ordered
	 */
	protected static final HowFound FOUND_BY_EDEFAULT = HowFound.SELF_REPORT;

	/**
	 * The cached value of the '{@link #getFoundBy() <em>Found By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundBy()
	 * @generated
	 * @ordered
	 */
	protected HowFound foundBy = FOUND_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final MonitoringStage STAGE_EDEFAULT = MonitoringStage.WARNED;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected MonitoringStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStageDue() <em>Stage Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STAGE_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStageDue() <em>Stage Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate stageDue = STAGE_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAuthorisationSigned() <em>Authorisation Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthorisationSigned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTHORISATION_SIGNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAuthorisationSigned() <em>Authorisation Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthorisationSigned()
	 * @generated
	 * @ordered
	 */
	protected boolean authorisationSigned = AUTHORISATION_SIGNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicisedOn() <em>Publicised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicisedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLICISED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicisedOn() <em>Publicised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicisedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate publicisedOn = PUBLICISED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentifiedOn() <em>Identified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate IDENTIFIED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentifiedOn() <em>Identified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate identifiedOn = IDENTIFIED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEliminatedOn() <em>Eliminated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEliminatedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ELIMINATED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEliminatedOn() <em>Eliminated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEliminatedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate eliminatedOn = ELIMINATED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<MonitoringEvent> events;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<HelpMeasure> measures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonitoredHouseholdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MonitoringPackage.Literals.MONITORED_HOUSEHOLD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MonitoringPackage.MONITORED_HOUSEHOLD__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__HOUSEHOLD, oldHousehold, household));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(MonitoringCategory newCategory) {
		MonitoringCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskType> getRisks() {
		if (risks == null) {
			risks = new EDataTypeUniqueEList<RiskType>(RiskType.class, this, MonitoringPackage.MONITORED_HOUSEHOLD__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFoundOn() {
		return foundOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundOn(LocalDate newFoundOn) {
		LocalDate oldFoundOn = foundOn;
		foundOn = newFoundOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_ON, oldFoundOn, foundOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HowFound getFoundBy() {
		return foundBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundBy(HowFound newFoundBy) {
		HowFound oldFoundBy = foundBy;
		foundBy = newFoundBy == null ? FOUND_BY_EDEFAULT : newFoundBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_BY, oldFoundBy, foundBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(MonitoringStage newStage) {
		MonitoringStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStageDue() {
		return stageDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStageDue(LocalDate newStageDue) {
		LocalDate oldStageDue = stageDue;
		stageDue = newStageDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__STAGE_DUE, oldStageDue, stageDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAuthorisationSigned() {
		return authorisationSigned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorisationSigned(boolean newAuthorisationSigned) {
		boolean oldAuthorisationSigned = authorisationSigned;
		authorisationSigned = newAuthorisationSigned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED, oldAuthorisationSigned, authorisationSigned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublicisedOn() {
		return publicisedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicisedOn(LocalDate newPublicisedOn) {
		LocalDate oldPublicisedOn = publicisedOn;
		publicisedOn = newPublicisedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__PUBLICISED_ON, oldPublicisedOn, publicisedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIdentifiedOn() {
		return identifiedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifiedOn(LocalDate newIdentifiedOn) {
		LocalDate oldIdentifiedOn = identifiedOn;
		identifiedOn = newIdentifiedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__IDENTIFIED_ON, oldIdentifiedOn, identifiedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEliminatedOn() {
		return eliminatedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEliminatedOn(LocalDate newEliminatedOn) {
		LocalDate oldEliminatedOn = eliminatedOn;
		eliminatedOn = newEliminatedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.MONITORED_HOUSEHOLD__ELIMINATED_ON, oldEliminatedOn, eliminatedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonitoringEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<MonitoringEvent>(MonitoringEvent.class, this, MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HelpMeasure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<HelpMeasure>(HelpMeasure.class, this, MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
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
			case MonitoringPackage.MONITORED_HOUSEHOLD__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case MonitoringPackage.MONITORED_HOUSEHOLD__CATEGORY:
				return getCategory();
			case MonitoringPackage.MONITORED_HOUSEHOLD__RISKS:
				return getRisks();
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_ON:
				return getFoundOn();
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_BY:
				return getFoundBy();
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE:
				return getStage();
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE_DUE:
				return getStageDue();
			case MonitoringPackage.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED:
				return isAuthorisationSigned();
			case MonitoringPackage.MONITORED_HOUSEHOLD__PUBLICISED_ON:
				return getPublicisedOn();
			case MonitoringPackage.MONITORED_HOUSEHOLD__IDENTIFIED_ON:
				return getIdentifiedOn();
			case MonitoringPackage.MONITORED_HOUSEHOLD__ELIMINATED_ON:
				return getEliminatedOn();
			case MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS:
				return getEvents();
			case MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES:
				return getMeasures();
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
			case MonitoringPackage.MONITORED_HOUSEHOLD__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__CATEGORY:
				setCategory((MonitoringCategory)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends RiskType>)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_ON:
				setFoundOn((LocalDate)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_BY:
				setFoundBy((HowFound)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE:
				setStage((MonitoringStage)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE_DUE:
				setStageDue((LocalDate)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED:
				setAuthorisationSigned((Boolean)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__PUBLICISED_ON:
				setPublicisedOn((LocalDate)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__IDENTIFIED_ON:
				setIdentifiedOn((LocalDate)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__ELIMINATED_ON:
				setEliminatedOn((LocalDate)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends MonitoringEvent>)newValue);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends HelpMeasure>)newValue);
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
			case MonitoringPackage.MONITORED_HOUSEHOLD__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__RISKS:
				getRisks().clear();
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_ON:
				setFoundOn(FOUND_ON_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_BY:
				setFoundBy(FOUND_BY_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE_DUE:
				setStageDue(STAGE_DUE_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED:
				setAuthorisationSigned(AUTHORISATION_SIGNED_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__PUBLICISED_ON:
				setPublicisedOn(PUBLICISED_ON_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__IDENTIFIED_ON:
				setIdentifiedOn(IDENTIFIED_ON_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__ELIMINATED_ON:
				setEliminatedOn(ELIMINATED_ON_EDEFAULT);
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS:
				getEvents().clear();
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES:
				getMeasures().clear();
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
			case MonitoringPackage.MONITORED_HOUSEHOLD__HOUSEHOLD:
				return household != null;
			case MonitoringPackage.MONITORED_HOUSEHOLD__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case MonitoringPackage.MONITORED_HOUSEHOLD__RISKS:
				return risks != null && !risks.isEmpty();
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_ON:
				return FOUND_ON_EDEFAULT == null ? foundOn != null : !FOUND_ON_EDEFAULT.equals(foundOn);
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_BY:
				return foundBy != FOUND_BY_EDEFAULT;
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE:
				return stage != STAGE_EDEFAULT;
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE_DUE:
				return STAGE_DUE_EDEFAULT == null ? stageDue != null : !STAGE_DUE_EDEFAULT.equals(stageDue);
			case MonitoringPackage.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED:
				return authorisationSigned != AUTHORISATION_SIGNED_EDEFAULT;
			case MonitoringPackage.MONITORED_HOUSEHOLD__PUBLICISED_ON:
				return PUBLICISED_ON_EDEFAULT == null ? publicisedOn != null : !PUBLICISED_ON_EDEFAULT.equals(publicisedOn);
			case MonitoringPackage.MONITORED_HOUSEHOLD__IDENTIFIED_ON:
				return IDENTIFIED_ON_EDEFAULT == null ? identifiedOn != null : !IDENTIFIED_ON_EDEFAULT.equals(identifiedOn);
			case MonitoringPackage.MONITORED_HOUSEHOLD__ELIMINATED_ON:
				return ELIMINATED_ON_EDEFAULT == null ? eliminatedOn != null : !ELIMINATED_ON_EDEFAULT.equals(eliminatedOn);
			case MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS:
				return events != null && !events.isEmpty();
			case MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES:
				return measures != null && !measures.isEmpty();
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
		result.append(" (category: ");
		result.append(category);
		result.append(", risks: ");
		result.append(risks);
		result.append(", foundOn: ");
		result.append(foundOn);
		result.append(", foundBy: ");
		result.append(foundBy);
		result.append(", stage: ");
		result.append(stage);
		result.append(", stageDue: ");
		result.append(stageDue);
		result.append(", authorisationSigned: ");
		result.append(authorisationSigned);
		result.append(", publicisedOn: ");
		result.append(publicisedOn);
		result.append(", identifiedOn: ");
		result.append(identifiedOn);
		result.append(", eliminatedOn: ");
		result.append(eliminatedOn);
		result.append(')');
		return result.toString();
	}

} //MonitoredHouseholdImpl
