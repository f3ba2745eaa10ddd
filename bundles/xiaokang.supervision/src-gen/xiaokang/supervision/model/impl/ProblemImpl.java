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

import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;

import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemEvent;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getFound <em>Found</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getSource <em>Source</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getArea <em>Area</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getRectification <em>Rectification</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ProblemImpl#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProblemImpl extends MinimalEObjectImpl.Container implements Problem {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFound() <em>Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFound()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOUND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFound() <em>Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFound()
	 * @generated
	 * @ordered
	 */
	protected LocalDate found = FOUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final ProblemSource SOURCE_EDEFAULT = ProblemSource.INSPECTION;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ProblemSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final ProblemArea AREA_EDEFAULT = ProblemArea.FOOD;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected ProblemArea area = AREA_EDEFAULT;

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
	 * The cached value of the '{@link #getHousehold() <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousehold()
	 * @generated
	 * @ordered
	 */
	protected Household household;

	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

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
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected WorkUnit responsibleUnit;

	/**
	 * The default value of the '{@link #getResponsiblePerson() <em>Responsible Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePerson()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_PERSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsiblePerson() <em>Responsible Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePerson()
	 * @generated
	 * @ordered
	 */
	protected String responsiblePerson = RESPONSIBLE_PERSON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProblemStatus STATUS_EDEFAULT = ProblemStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProblemStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRectification() <em>Rectification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectification()
	 * @generated
	 * @ordered
	 */
	protected static final String RECTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRectification() <em>Rectification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectification()
	 * @generated
	 * @ordered
	 */
	protected String rectification = RECTIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> attachments;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<ProblemEvent> events;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProblemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SupervisionPackage.Literals.PROBLEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFound() {
		return found;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFound(LocalDate newFound) {
		LocalDate oldFound = found;
		found = newFound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__FOUND, oldFound, found));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ProblemSource newSource) {
		ProblemSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemArea getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(ProblemArea newArea) {
		ProblemArea oldArea = area;
		area = newArea == null ? AREA_EDEFAULT : newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__AREA, oldArea, area));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.PROBLEM__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__TOWNSHIP, oldTownship, township));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.PROBLEM__VILLAGE, oldVillage, village));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__VILLAGE, oldVillage, village));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.PROBLEM__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__HOUSEHOLD, oldHousehold, household));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__RULE, oldRule, rule));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkUnit getResponsibleUnit() {
		if (responsibleUnit != null && responsibleUnit.eIsProxy()) {
			InternalEObject oldResponsibleUnit = (InternalEObject)responsibleUnit;
			responsibleUnit = (WorkUnit)eResolveProxy(oldResponsibleUnit);
			if (responsibleUnit != oldResponsibleUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.PROBLEM__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
			}
		}
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkUnit basicGetResponsibleUnit() {
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(WorkUnit newResponsibleUnit) {
		WorkUnit oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsiblePerson() {
		return responsiblePerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsiblePerson(String newResponsiblePerson) {
		String oldResponsiblePerson = responsiblePerson;
		responsiblePerson = newResponsiblePerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__RESPONSIBLE_PERSON, oldResponsiblePerson, responsiblePerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProblemStatus newStatus) {
		ProblemStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRectification() {
		return rectification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRectification(String newRectification) {
		String oldRectification = rectification;
		rectification = newRectification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__RECTIFICATION, oldRectification, rectification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAttachments() {
		if (attachments == null) {
			attachments = new EDataTypeUniqueEList<String>(String.class, this, SupervisionPackage.PROBLEM__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn) {
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.PROBLEM__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProblemEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<ProblemEvent>(ProblemEvent.class, this, SupervisionPackage.PROBLEM__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SupervisionPackage.PROBLEM__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
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
			case SupervisionPackage.PROBLEM__NUMBER:
				return getNumber();
			case SupervisionPackage.PROBLEM__FOUND:
				return getFound();
			case SupervisionPackage.PROBLEM__SOURCE:
				return getSource();
			case SupervisionPackage.PROBLEM__AREA:
				return getArea();
			case SupervisionPackage.PROBLEM__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case SupervisionPackage.PROBLEM__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
			case SupervisionPackage.PROBLEM__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case SupervisionPackage.PROBLEM__RULE:
				return getRule();
			case SupervisionPackage.PROBLEM__DESCRIPTION:
				return getDescription();
			case SupervisionPackage.PROBLEM__RESPONSIBLE_UNIT:
				if (resolve) return getResponsibleUnit();
				return basicGetResponsibleUnit();
			case SupervisionPackage.PROBLEM__RESPONSIBLE_PERSON:
				return getResponsiblePerson();
			case SupervisionPackage.PROBLEM__DEADLINE:
				return getDeadline();
			case SupervisionPackage.PROBLEM__STATUS:
				return getStatus();
			case SupervisionPackage.PROBLEM__RECTIFICATION:
				return getRectification();
			case SupervisionPackage.PROBLEM__EVIDENCE:
				return getEvidence();
			case SupervisionPackage.PROBLEM__ATTACHMENTS:
				return getAttachments();
			case SupervisionPackage.PROBLEM__REVIEWER:
				return getReviewer();
			case SupervisionPackage.PROBLEM__CLOSED_ON:
				return getClosedOn();
			case SupervisionPackage.PROBLEM__EVENTS:
				return getEvents();
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
			case SupervisionPackage.PROBLEM__NUMBER:
				setNumber((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__FOUND:
				setFound((LocalDate)newValue);
				return;
			case SupervisionPackage.PROBLEM__SOURCE:
				setSource((ProblemSource)newValue);
				return;
			case SupervisionPackage.PROBLEM__AREA:
				setArea((ProblemArea)newValue);
				return;
			case SupervisionPackage.PROBLEM__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case SupervisionPackage.PROBLEM__VILLAGE:
				setVillage((Village)newValue);
				return;
			case SupervisionPackage.PROBLEM__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case SupervisionPackage.PROBLEM__RULE:
				setRule((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__RESPONSIBLE_UNIT:
				setResponsibleUnit((WorkUnit)newValue);
				return;
			case SupervisionPackage.PROBLEM__RESPONSIBLE_PERSON:
				setResponsiblePerson((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case SupervisionPackage.PROBLEM__STATUS:
				setStatus((ProblemStatus)newValue);
				return;
			case SupervisionPackage.PROBLEM__RECTIFICATION:
				setRectification((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends String>)newValue);
				return;
			case SupervisionPackage.PROBLEM__REVIEWER:
				setReviewer((String)newValue);
				return;
			case SupervisionPackage.PROBLEM__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
				return;
			case SupervisionPackage.PROBLEM__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends ProblemEvent>)newValue);
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
			case SupervisionPackage.PROBLEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__FOUND:
				setFound(FOUND_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__TOWNSHIP:
				setTownship((Township)null);
				return;
			case SupervisionPackage.PROBLEM__VILLAGE:
				setVillage((Village)null);
				return;
			case SupervisionPackage.PROBLEM__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case SupervisionPackage.PROBLEM__RULE:
				setRule(RULE_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__RESPONSIBLE_UNIT:
				setResponsibleUnit((WorkUnit)null);
				return;
			case SupervisionPackage.PROBLEM__RESPONSIBLE_PERSON:
				setResponsiblePerson(RESPONSIBLE_PERSON_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__RECTIFICATION:
				setRectification(RECTIFICATION_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__ATTACHMENTS:
				getAttachments().clear();
				return;
			case SupervisionPackage.PROBLEM__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case SupervisionPackage.PROBLEM__EVENTS:
				getEvents().clear();
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
			case SupervisionPackage.PROBLEM__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case SupervisionPackage.PROBLEM__FOUND:
				return FOUND_EDEFAULT == null ? found != null : !FOUND_EDEFAULT.equals(found);
			case SupervisionPackage.PROBLEM__SOURCE:
				return source != SOURCE_EDEFAULT;
			case SupervisionPackage.PROBLEM__AREA:
				return area != AREA_EDEFAULT;
			case SupervisionPackage.PROBLEM__TOWNSHIP:
				return township != null;
			case SupervisionPackage.PROBLEM__VILLAGE:
				return village != null;
			case SupervisionPackage.PROBLEM__HOUSEHOLD:
				return household != null;
			case SupervisionPackage.PROBLEM__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
			case SupervisionPackage.PROBLEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SupervisionPackage.PROBLEM__RESPONSIBLE_UNIT:
				return responsibleUnit != null;
			case SupervisionPackage.PROBLEM__RESPONSIBLE_PERSON:
				return RESPONSIBLE_PERSON_EDEFAULT == null ? responsiblePerson != null : !RESPONSIBLE_PERSON_EDEFAULT.equals(responsiblePerson);
			case SupervisionPackage.PROBLEM__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case SupervisionPackage.PROBLEM__STATUS:
				return status != STATUS_EDEFAULT;
			case SupervisionPackage.PROBLEM__RECTIFICATION:
				return RECTIFICATION_EDEFAULT == null ? rectification != null : !RECTIFICATION_EDEFAULT.equals(rectification);
			case SupervisionPackage.PROBLEM__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case SupervisionPackage.PROBLEM__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
			case SupervisionPackage.PROBLEM__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case SupervisionPackage.PROBLEM__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case SupervisionPackage.PROBLEM__EVENTS:
				return events != null && !events.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", found: ");
		result.append(found);
		result.append(", source: ");
		result.append(source);
		result.append(", area: ");
		result.append(area);
		result.append(", rule: ");
		result.append(rule);
		result.append(", description: ");
		result.append(description);
		result.append(", responsiblePerson: ");
		result.append(responsiblePerson);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", status: ");
		result.append(status);
		result.append(", rectification: ");
		result.append(rectification);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", attachments: ");
		result.append(attachments);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(')');
		return result.toString();
	}

} //ProblemImpl
