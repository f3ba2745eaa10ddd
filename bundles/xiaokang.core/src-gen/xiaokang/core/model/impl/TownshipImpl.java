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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import xiaokang.core.model.City;
import xiaokang.core.model.CityLeader;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Township</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.TownshipImpl#getCity <em>City</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.TownshipImpl#getCode <em>Code</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.TownshipImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.TownshipImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.TownshipImpl#getLeader <em>Leader</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.TownshipImpl#getVillages <em>Villages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TownshipImpl extends MinimalEObjectImpl.Container implements Township {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TownshipKind KIND_EDEFAULT = TownshipKind.TOWN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TownshipKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getVillages() <em>Villages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillages()
	 * @generated
	 * @ordered
	 */
	protected EList<Village> villages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TownshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.TOWNSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public City getCity() {
		if (eContainerFeatureID() != CorePackage.TOWNSHIP__CITY) return null;
		return (City)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCity(City newCity, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCity, CorePackage.TOWNSHIP__CITY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(City newCity) {
		if (newCity != eInternalContainer() || (eContainerFeatureID() != CorePackage.TOWNSHIP__CITY && newCity != null)) {
			if (EcoreUtil.isAncestor(this, newCity))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCity != null)
				msgs = ((InternalEObject)newCity).eInverseAdd(this, CorePackage.CITY__TOWNSHIPS, City.class, msgs);
			msgs = basicSetCity(newCity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TOWNSHIP__CITY, newCity, newCity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TOWNSHIP__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TOWNSHIP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TownshipKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TownshipKind newKind) {
		TownshipKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TOWNSHIP__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.TOWNSHIP__LEADER, oldLeader, leader));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TOWNSHIP__LEADER, oldLeader, leader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Village> getVillages() {
		if (villages == null) {
			villages = new EObjectContainmentWithInverseEList<Village>(Village.class, this, CorePackage.TOWNSHIP__VILLAGES, CorePackage.VILLAGE__TOWNSHIP);
		}
		return villages;
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
			case CorePackage.TOWNSHIP__CITY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCity((City)otherEnd, msgs);
			case CorePackage.TOWNSHIP__VILLAGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVillages()).basicAdd(otherEnd, msgs);
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
			case CorePackage.TOWNSHIP__CITY:
				return basicSetCity(null, msgs);
			case CorePackage.TOWNSHIP__VILLAGES:
				return ((InternalEList<?>)getVillages()).basicRemove(otherEnd, msgs);
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
			case CorePackage.TOWNSHIP__CITY:
				return eInternalContainer().eInverseRemove(this, CorePackage.CITY__TOWNSHIPS, City.class, msgs);
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
			case CorePackage.TOWNSHIP__CITY:
				return getCity();
			case CorePackage.TOWNSHIP__CODE:
				return getCode();
			case CorePackage.TOWNSHIP__NAME:
				return getName();
			case CorePackage.TOWNSHIP__KIND:
				return getKind();
			case CorePackage.TOWNSHIP__LEADER:
				if (resolve) return getLeader();
				return basicGetLeader();
			case CorePackage.TOWNSHIP__VILLAGES:
				return getVillages();
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
			case CorePackage.TOWNSHIP__CITY:
				setCity((City)newValue);
				return;
			case CorePackage.TOWNSHIP__CODE:
				setCode((String)newValue);
				return;
			case CorePackage.TOWNSHIP__NAME:
				setName((String)newValue);
				return;
			case CorePackage.TOWNSHIP__KIND:
				setKind((TownshipKind)newValue);
				return;
			case CorePackage.TOWNSHIP__LEADER:
				setLeader((CityLeader)newValue);
				return;
			case CorePackage.TOWNSHIP__VILLAGES:
				getVillages().clear();
				getVillages().addAll((Collection<? extends Village>)newValue);
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
			case CorePackage.TOWNSHIP__CITY:
				setCity((City)null);
				return;
			case CorePackage.TOWNSHIP__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CorePackage.TOWNSHIP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorePackage.TOWNSHIP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CorePackage.TOWNSHIP__LEADER:
				setLeader((CityLeader)null);
				return;
			case CorePackage.TOWNSHIP__VILLAGES:
				getVillages().clear();
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
			case CorePackage.TOWNSHIP__CITY:
				return getCity() != null;
			case CorePackage.TOWNSHIP__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CorePackage.TOWNSHIP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorePackage.TOWNSHIP__KIND:
				return kind != KIND_EDEFAULT;
			case CorePackage.TOWNSHIP__LEADER:
				return leader != null;
			case CorePackage.TOWNSHIP__VILLAGES:
				return villages != null && !villages.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //TownshipImpl
