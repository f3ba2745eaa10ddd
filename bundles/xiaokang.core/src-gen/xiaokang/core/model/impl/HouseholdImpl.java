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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.AssistanceMeasure;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Person;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Village;
import xiaokang.core.model.VillageGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Household</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getVillageGroup <em>Village Group</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#isRegistered <em>Registered</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getYearRegistered <em>Year Registered</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getYearLifted <em>Year Lifted</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getCadre <em>Cadre</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getIncomes <em>Incomes</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.HouseholdImpl#getAssistance <em>Assistance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HouseholdImpl extends MinimalEObjectImpl.Container implements Household {
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
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVillageGroup() <em>Village Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillageGroup()
	 * @generated
	 * @ordered
	 */
	protected VillageGroup villageGroup;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final HouseholdStatus STATUS_EDEFAULT = HouseholdStatus.NOT_YET_LIFTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected HouseholdStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegistered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REGISTERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegistered()
	 * @generated
	 * @ordered
	 */
	protected boolean registered = REGISTERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearRegistered() <em>Year Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearRegistered()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_REGISTERED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYearRegistered() <em>Year Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearRegistered()
	 * @generated
	 * @ordered
	 */
	protected Integer yearRegistered = YEAR_REGISTERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearLifted() <em>Year Lifted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearLifted()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_LIFTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYearLifted() <em>Year Lifted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearLifted()
	 * @generated
	 * @ordered
	 */
	protected Integer yearLifted = YEAR_LIFTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<PovertyCause> causes;

	/**
	 * The cached value of the '{@link #getCadre() <em>Cadre</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadre()
	 * @generated
	 * @ordered
	 */
	protected Cadre cadre;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> members;

	/**
	 * The cached value of the '{@link #getIncomes() <em>Incomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomes()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnualIncome> incomes;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getAssistance() <em>Assistance</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssistance()
	 * @generated
	 * @ordered
	 */
	protected EList<AssistanceMeasure> assistance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HouseholdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.HOUSEHOLD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Village getVillage() {
		if (eContainerFeatureID() != CorePackage.HOUSEHOLD__VILLAGE) return null;
		return (Village)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVillage(Village newVillage, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newVillage, CorePackage.HOUSEHOLD__VILLAGE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVillage(Village newVillage) {
		if (newVillage != eInternalContainer() || (eContainerFeatureID() != CorePackage.HOUSEHOLD__VILLAGE && newVillage != null)) {
			if (EcoreUtil.isAncestor(this, newVillage))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newVillage != null)
				msgs = ((InternalEObject)newVillage).eInverseAdd(this, CorePackage.VILLAGE__HOUSEHOLDS, Village.class, msgs);
			msgs = basicSetVillage(newVillage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__VILLAGE, newVillage, newVillage));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VillageGroup getVillageGroup() {
		if (villageGroup != null && villageGroup.eIsProxy()) {
			InternalEObject oldVillageGroup = (InternalEObject)villageGroup;
			villageGroup = (VillageGroup)eResolveProxy(oldVillageGroup);
			if (villageGroup != oldVillageGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.HOUSEHOLD__VILLAGE_GROUP, oldVillageGroup, villageGroup));
			}
		}
		return villageGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VillageGroup basicGetVillageGroup() {
		return villageGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVillageGroup(VillageGroup newVillageGroup) {
		VillageGroup oldVillageGroup = villageGroup;
		villageGroup = newVillageGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__VILLAGE_GROUP, oldVillageGroup, villageGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HouseholdStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(HouseholdStatus newStatus) {
		HouseholdStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRegistered() {
		return registered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistered(boolean newRegistered) {
		boolean oldRegistered = registered;
		registered = newRegistered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__REGISTERED, oldRegistered, registered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYearRegistered() {
		return yearRegistered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearRegistered(Integer newYearRegistered) {
		Integer oldYearRegistered = yearRegistered;
		yearRegistered = newYearRegistered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__YEAR_REGISTERED, oldYearRegistered, yearRegistered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYearLifted() {
		return yearLifted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearLifted(Integer newYearLifted) {
		Integer oldYearLifted = yearLifted;
		yearLifted = newYearLifted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__YEAR_LIFTED, oldYearLifted, yearLifted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PovertyCause> getCauses() {
		if (causes == null) {
			causes = new EDataTypeUniqueEList<PovertyCause>(PovertyCause.class, this, CorePackage.HOUSEHOLD__CAUSES);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cadre getCadre() {
		if (cadre != null && cadre.eIsProxy()) {
			InternalEObject oldCadre = (InternalEObject)cadre;
			cadre = (Cadre)eResolveProxy(oldCadre);
			if (cadre != oldCadre) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.HOUSEHOLD__CADRE, oldCadre, cadre));
			}
		}
		return cadre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cadre basicGetCadre() {
		return cadre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCadre(Cadre newCadre) {
		Cadre oldCadre = cadre;
		cadre = newCadre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HOUSEHOLD__CADRE, oldCadre, cadre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getMembers() {
		if (members == null) {
			members = new EObjectContainmentWithInverseEList<Person>(Person.class, this, CorePackage.HOUSEHOLD__MEMBERS, CorePackage.PERSON__HOUSEHOLD);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnualIncome> getIncomes() {
		if (incomes == null) {
			incomes = new EObjectContainmentEList<AnnualIncome>(AnnualIncome.class, this, CorePackage.HOUSEHOLD__INCOMES);
		}
		return incomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, CorePackage.HOUSEHOLD__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssistanceMeasure> getAssistance() {
		if (assistance == null) {
			assistance = new EObjectContainmentEList<AssistanceMeasure>(AssistanceMeasure.class, this, CorePackage.HOUSEHOLD__ASSISTANCE);
		}
		return assistance;
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetVillage((Village)otherEnd, msgs);
			case CorePackage.HOUSEHOLD__MEMBERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembers()).basicAdd(otherEnd, msgs);
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				return basicSetVillage(null, msgs);
			case CorePackage.HOUSEHOLD__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case CorePackage.HOUSEHOLD__INCOMES:
				return ((InternalEList<?>)getIncomes()).basicRemove(otherEnd, msgs);
			case CorePackage.HOUSEHOLD__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case CorePackage.HOUSEHOLD__ASSISTANCE:
				return ((InternalEList<?>)getAssistance()).basicRemove(otherEnd, msgs);
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				return eInternalContainer().eInverseRemove(this, CorePackage.VILLAGE__HOUSEHOLDS, Village.class, msgs);
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				return getVillage();
			case CorePackage.HOUSEHOLD__NUMBER:
				return getNumber();
			case CorePackage.HOUSEHOLD__ADDRESS:
				return getAddress();
			case CorePackage.HOUSEHOLD__VILLAGE_GROUP:
				if (resolve) return getVillageGroup();
				return basicGetVillageGroup();
			case CorePackage.HOUSEHOLD__PHONE:
				return getPhone();
			case CorePackage.HOUSEHOLD__STATUS:
				return getStatus();
			case CorePackage.HOUSEHOLD__REGISTERED:
				return isRegistered();
			case CorePackage.HOUSEHOLD__YEAR_REGISTERED:
				return getYearRegistered();
			case CorePackage.HOUSEHOLD__YEAR_LIFTED:
				return getYearLifted();
			case CorePackage.HOUSEHOLD__CAUSES:
				return getCauses();
			case CorePackage.HOUSEHOLD__CADRE:
				if (resolve) return getCadre();
				return basicGetCadre();
			case CorePackage.HOUSEHOLD__MEMBERS:
				return getMembers();
			case CorePackage.HOUSEHOLD__INCOMES:
				return getIncomes();
			case CorePackage.HOUSEHOLD__ASSESSMENTS:
				return getAssessments();
			case CorePackage.HOUSEHOLD__ASSISTANCE:
				return getAssistance();
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				setVillage((Village)newValue);
				return;
			case CorePackage.HOUSEHOLD__NUMBER:
				setNumber((String)newValue);
				return;
			case CorePackage.HOUSEHOLD__ADDRESS:
				setAddress((String)newValue);
				return;
			case CorePackage.HOUSEHOLD__VILLAGE_GROUP:
				setVillageGroup((VillageGroup)newValue);
				return;
			case CorePackage.HOUSEHOLD__PHONE:
				setPhone((String)newValue);
				return;
			case CorePackage.HOUSEHOLD__STATUS:
				setStatus((HouseholdStatus)newValue);
				return;
			case CorePackage.HOUSEHOLD__REGISTERED:
				setRegistered((Boolean)newValue);
				return;
			case CorePackage.HOUSEHOLD__YEAR_REGISTERED:
				setYearRegistered((Integer)newValue);
				return;
			case CorePackage.HOUSEHOLD__YEAR_LIFTED:
				setYearLifted((Integer)newValue);
				return;
			case CorePackage.HOUSEHOLD__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends PovertyCause>)newValue);
				return;
			case CorePackage.HOUSEHOLD__CADRE:
				setCadre((Cadre)newValue);
				return;
			case CorePackage.HOUSEHOLD__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Person>)newValue);
				return;
			case CorePackage.HOUSEHOLD__INCOMES:
				getIncomes().clear();
				getIncomes().addAll((Collection<? extends AnnualIncome>)newValue);
				return;
			case CorePackage.HOUSEHOLD__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case CorePackage.HOUSEHOLD__ASSISTANCE:
				getAssistance().clear();
				getAssistance().addAll((Collection<? extends AssistanceMeasure>)newValue);
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				setVillage((Village)null);
				return;
			case CorePackage.HOUSEHOLD__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__VILLAGE_GROUP:
				setVillageGroup((VillageGroup)null);
				return;
			case CorePackage.HOUSEHOLD__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__REGISTERED:
				setRegistered(REGISTERED_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__YEAR_REGISTERED:
				setYearRegistered(YEAR_REGISTERED_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__YEAR_LIFTED:
				setYearLifted(YEAR_LIFTED_EDEFAULT);
				return;
			case CorePackage.HOUSEHOLD__CAUSES:
				getCauses().clear();
				return;
			case CorePackage.HOUSEHOLD__CADRE:
				setCadre((Cadre)null);
				return;
			case CorePackage.HOUSEHOLD__MEMBERS:
				getMembers().clear();
				return;
			case CorePackage.HOUSEHOLD__INCOMES:
				getIncomes().clear();
				return;
			case CorePackage.HOUSEHOLD__ASSESSMENTS:
				getAssessments().clear();
				return;
			case CorePackage.HOUSEHOLD__ASSISTANCE:
				getAssistance().clear();
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
			case CorePackage.HOUSEHOLD__VILLAGE:
				return getVillage() != null;
			case CorePackage.HOUSEHOLD__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CorePackage.HOUSEHOLD__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case CorePackage.HOUSEHOLD__VILLAGE_GROUP:
				return villageGroup != null;
			case CorePackage.HOUSEHOLD__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case CorePackage.HOUSEHOLD__STATUS:
				return status != STATUS_EDEFAULT;
			case CorePackage.HOUSEHOLD__REGISTERED:
				return registered != REGISTERED_EDEFAULT;
			case CorePackage.HOUSEHOLD__YEAR_REGISTERED:
				return YEAR_REGISTERED_EDEFAULT == null ? yearRegistered != null : !YEAR_REGISTERED_EDEFAULT.equals(yearRegistered);
			case CorePackage.HOUSEHOLD__YEAR_LIFTED:
				return YEAR_LIFTED_EDEFAULT == null ? yearLifted != null : !YEAR_LIFTED_EDEFAULT.equals(yearLifted);
			case CorePackage.HOUSEHOLD__CAUSES:
				return causes != null && !causes.isEmpty();
			case CorePackage.HOUSEHOLD__CADRE:
				return cadre != null;
			case CorePackage.HOUSEHOLD__MEMBERS:
				return members != null && !members.isEmpty();
			case CorePackage.HOUSEHOLD__INCOMES:
				return incomes != null && !incomes.isEmpty();
			case CorePackage.HOUSEHOLD__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case CorePackage.HOUSEHOLD__ASSISTANCE:
				return assistance != null && !assistance.isEmpty();
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
		result.append(", address: ");
		result.append(address);
		result.append(", phone: ");
		result.append(phone);
		result.append(", status: ");
		result.append(status);
		result.append(", registered: ");
		result.append(registered);
		result.append(", yearRegistered: ");
		result.append(yearRegistered);
		result.append(", yearLifted: ");
		result.append(yearLifted);
		result.append(", causes: ");
		result.append(causes);
		result.append(')');
		return result.toString();
	}

} //HouseholdImpl
