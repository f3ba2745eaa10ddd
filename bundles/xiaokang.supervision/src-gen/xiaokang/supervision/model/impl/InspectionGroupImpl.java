/**
 */
package xiaokang.supervision.model.impl;

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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import xiaokang.core.model.Township;

import xiaokang.supervision.model.Inspection;
import xiaokang.supervision.model.InspectionGroup;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.impl.InspectionGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.InspectionGroupImpl#getLeaderName <em>Leader Name</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.InspectionGroupImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.InspectionGroupImpl#getTownships <em>Townships</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.InspectionGroupImpl#getInspections <em>Inspections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionGroupImpl extends MinimalEObjectImpl.Container implements InspectionGroup {
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
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> members;

	/**
	 * The cached value of the '{@link #getTownships() <em>Townships</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownships()
	 * @generated
	 * @ordered
	 */
	protected EList<Township> townships;

	/**
	 * The cached value of the '{@link #getInspections() <em>Inspections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspections()
	 * @generated
	 * @ordered
	 */
	protected EList<Inspection> inspections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SupervisionPackage.Literals.INSPECTION_GROUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.INSPECTION_GROUP__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.INSPECTION_GROUP__LEADER_NAME, oldLeaderName, leaderName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMembers() {
		if (members == null) {
			members = new EDataTypeUniqueEList<String>(String.class, this, SupervisionPackage.INSPECTION_GROUP__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Township> getTownships() {
		if (townships == null) {
			townships = new EObjectResolvingEList<Township>(Township.class, this, SupervisionPackage.INSPECTION_GROUP__TOWNSHIPS);
		}
		return townships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inspection> getInspections() {
		if (inspections == null) {
			inspections = new EObjectContainmentEList<Inspection>(Inspection.class, this, SupervisionPackage.INSPECTION_GROUP__INSPECTIONS);
		}
		return inspections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SupervisionPackage.INSPECTION_GROUP__INSPECTIONS:
				return ((InternalEList<?>)getInspections()).basicRemove(otherEnd, msgs);
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
			case SupervisionPackage.INSPECTION_GROUP__NAME:
				return getName();
			case SupervisionPackage.INSPECTION_GROUP__LEADER_NAME:
				return getLeaderName();
			case SupervisionPackage.INSPECTION_GROUP__MEMBERS:
				return getMembers();
			case SupervisionPackage.INSPECTION_GROUP__TOWNSHIPS:
				return getTownships();
			case SupervisionPackage.INSPECTION_GROUP__INSPECTIONS:
				return getInspections();
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
			case SupervisionPackage.INSPECTION_GROUP__NAME:
				setName((String)newValue);
				return;
			case SupervisionPackage.INSPECTION_GROUP__LEADER_NAME:
				setLeaderName((String)newValue);
				return;
			case SupervisionPackage.INSPECTION_GROUP__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends String>)newValue);
				return;
			case SupervisionPackage.INSPECTION_GROUP__TOWNSHIPS:
				getTownships().clear();
				getTownships().addAll((Collection<? extends Township>)newValue);
				return;
			case SupervisionPackage.INSPECTION_GROUP__INSPECTIONS:
				getInspections().clear();
				getInspections().addAll((Collection<? extends Inspection>)newValue);
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
			case SupervisionPackage.INSPECTION_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SupervisionPackage.INSPECTION_GROUP__LEADER_NAME:
				setLeaderName(LEADER_NAME_EDEFAULT);
				return;
			case SupervisionPackage.INSPECTION_GROUP__MEMBERS:
				getMembers().clear();
				return;
			case SupervisionPackage.INSPECTION_GROUP__TOWNSHIPS:
				getTownships().clear();
				return;
			case SupervisionPackage.INSPECTION_GROUP__INSPECTIONS:
				getInspections().clear();
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
			case SupervisionPackage.INSPECTION_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SupervisionPackage.INSPECTION_GROUP__LEADER_NAME:
				return LEADER_NAME_EDEFAULT == null ? leaderName != null : !LEADER_NAME_EDEFAULT.equals(leaderName);
			case SupervisionPackage.INSPECTION_GROUP__MEMBERS:
				return members != null && !members.isEmpty();
			case SupervisionPackage.INSPECTION_GROUP__TOWNSHIPS:
				return townships != null && !townships.isEmpty();
			case SupervisionPackage.INSPECTION_GROUP__INSPECTIONS:
				return inspections != null && !inspections.isEmpty();
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
		result.append(", leaderName: ");
		result.append(leaderName);
		result.append(", members: ");
		result.append(members);
		result.append(')');
		return result.toString();
	}

} //InspectionGroupImpl
