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
import org.eclipse.emf.ecore.util.InternalEList;

import xiaokang.core.model.City;
import xiaokang.core.model.CityLeader;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.WorkUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>City</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.CityImpl#getCode <em>Code</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.CityImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.CityImpl#getTownships <em>Townships</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.CityImpl#getLeaders <em>Leaders</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.CityImpl#getWorkUnits <em>Work Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CityImpl extends MinimalEObjectImpl.Container implements City {
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
	 * The cached value of the '{@link #getTownships() <em>Townships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownships()
	 * @generated
	 * @ordered
	 */
	protected EList<Township> townships;

	/**
	 * The cached value of the '{@link #getLeaders() <em>Leaders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaders()
	 * @generated
	 * @ordered
	 */
	protected EList<CityLeader> leaders;

	/**
	 * The cached value of the '{@link #getWorkUnits() <em>Work Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkUnit> workUnits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.CITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.CITY__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.CITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Township> getTownships() {
		if (townships == null) {
			townships = new EObjectContainmentWithInverseEList<Township>(Township.class, this, CorePackage.CITY__TOWNSHIPS, CorePackage.TOWNSHIP__CITY);
		}
		return townships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CityLeader> getLeaders() {
		if (leaders == null) {
			leaders = new EObjectContainmentEList<CityLeader>(CityLeader.class, this, CorePackage.CITY__LEADERS);
		}
		return leaders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkUnit> getWorkUnits() {
		if (workUnits == null) {
			workUnits = new EObjectContainmentEList<WorkUnit>(WorkUnit.class, this, CorePackage.CITY__WORK_UNITS);
		}
		return workUnits;
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
			case CorePackage.CITY__TOWNSHIPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTownships()).basicAdd(otherEnd, msgs);
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
			case CorePackage.CITY__TOWNSHIPS:
				return ((InternalEList<?>)getTownships()).basicRemove(otherEnd, msgs);
			case CorePackage.CITY__LEADERS:
				return ((InternalEList<?>)getLeaders()).basicRemove(otherEnd, msgs);
			case CorePackage.CITY__WORK_UNITS:
				return ((InternalEList<?>)getWorkUnits()).basicRemove(otherEnd, msgs);
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
			case CorePackage.CITY__CODE:
				return getCode();
			case CorePackage.CITY__NAME:
				return getName();
			case CorePackage.CITY__TOWNSHIPS:
				return getTownships();
			case CorePackage.CITY__LEADERS:
				return getLeaders();
			case CorePackage.CITY__WORK_UNITS:
				return getWorkUnits();
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
			case CorePackage.CITY__CODE:
				setCode((String)newValue);
				return;
			case CorePackage.CITY__NAME:
				setName((String)newValue);
				return;
			case CorePackage.CITY__TOWNSHIPS:
				getTownships().clear();
				getTownships().addAll((Collection<? extends Township>)newValue);
				return;
			case CorePackage.CITY__LEADERS:
				getLeaders().clear();
				getLeaders().addAll((Collection<? extends CityLeader>)newValue);
				return;
			case CorePackage.CITY__WORK_UNITS:
				getWorkUnits().clear();
				getWorkUnits().addAll((Collection<? extends WorkUnit>)newValue);
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
			case CorePackage.CITY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CorePackage.CITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorePackage.CITY__TOWNSHIPS:
				getTownships().clear();
				return;
			case CorePackage.CITY__LEADERS:
				getLeaders().clear();
				return;
			case CorePackage.CITY__WORK_UNITS:
				getWorkUnits().clear();
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
			case CorePackage.CITY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CorePackage.CITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorePackage.CITY__TOWNSHIPS:
				return townships != null && !townships.isEmpty();
			case CorePackage.CITY__LEADERS:
				return leaders != null && !leaders.isEmpty();
			case CorePackage.CITY__WORK_UNITS:
				return workUnits != null && !workUnits.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //CityImpl
