/**
 */
package xiaokang.industry.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.IndustryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cooperative</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getRegistrationNumber <em>Registration Number</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getVillages <em>Villages</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getPoorMemberHouseholds <em>Poor Member Households</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getMainProducts <em>Main Products</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.CooperativeImpl#getEnterprise <em>Enterprise</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CooperativeImpl extends MinimalEObjectImpl.Container implements Cooperative {
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
	 * The default value of the '{@link #getRegistrationNumber() <em>Registration Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTRATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistrationNumber() <em>Registration Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationNumber()
	 * @generated
	 * @ordered
	 */
	protected String registrationNumber = REGISTRATION_NUMBER_EDEFAULT;

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
	 * The cached value of the '{@link #getVillages() <em>Villages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillages()
	 * @generated
	 * @ordered
	 */
	protected EList<Village> villages;

	/**
	 * The default value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMBERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected int members = MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoorMemberHouseholds() <em>Poor Member Households</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoorMemberHouseholds()
	 * @generated
	 * @ordered
	 */
	protected static final int POOR_MEMBER_HOUSEHOLDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPoorMemberHouseholds() <em>Poor Member Households</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoorMemberHouseholds()
	 * @generated
	 * @ordered
	 */
	protected int poorMemberHouseholds = POOR_MEMBER_HOUSEHOLDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMainProducts() <em>Main Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainProducts()
	 * @generated
	 * @ordered
	 */
	protected static final String MAIN_PRODUCTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMainProducts() <em>Main Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainProducts()
	 * @generated
	 * @ordered
	 */
	protected String mainProducts = MAIN_PRODUCTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CooperativeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndustryPackage.Literals.COOPERATIVE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegistrationNumber() {
		return registrationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistrationNumber(String newRegistrationNumber) {
		String oldRegistrationNumber = registrationNumber;
		registrationNumber = newRegistrationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__REGISTRATION_NUMBER, oldRegistrationNumber, registrationNumber));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.COOPERATIVE__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__TOWNSHIP, oldTownship, township));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Village> getVillages() {
		if (villages == null) {
			villages = new EObjectResolvingEList<Village>(Village.class, this, IndustryPackage.COOPERATIVE__VILLAGES);
		}
		return villages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMembers() {
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembers(int newMembers) {
		int oldMembers = members;
		members = newMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__MEMBERS, oldMembers, members));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPoorMemberHouseholds() {
		return poorMemberHouseholds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoorMemberHouseholds(int newPoorMemberHouseholds) {
		int oldPoorMemberHouseholds = poorMemberHouseholds;
		poorMemberHouseholds = newPoorMemberHouseholds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__POOR_MEMBER_HOUSEHOLDS, oldPoorMemberHouseholds, poorMemberHouseholds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMainProducts() {
		return mainProducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainProducts(String newMainProducts) {
		String oldMainProducts = mainProducts;
		mainProducts = newMainProducts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__MAIN_PRODUCTS, oldMainProducts, mainProducts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getEnterprise() {
		if (enterprise != null && enterprise.eIsProxy()) {
			InternalEObject oldEnterprise = (InternalEObject)enterprise;
			enterprise = (Enterprise)eResolveProxy(oldEnterprise);
			if (enterprise != oldEnterprise) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.COOPERATIVE__ENTERPRISE, oldEnterprise, enterprise));
			}
		}
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(Enterprise newEnterprise) {
		Enterprise oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.COOPERATIVE__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndustryPackage.COOPERATIVE__NAME:
				return getName();
			case IndustryPackage.COOPERATIVE__REGISTRATION_NUMBER:
				return getRegistrationNumber();
			case IndustryPackage.COOPERATIVE__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case IndustryPackage.COOPERATIVE__VILLAGES:
				return getVillages();
			case IndustryPackage.COOPERATIVE__MEMBERS:
				return getMembers();
			case IndustryPackage.COOPERATIVE__POOR_MEMBER_HOUSEHOLDS:
				return getPoorMemberHouseholds();
			case IndustryPackage.COOPERATIVE__MAIN_PRODUCTS:
				return getMainProducts();
			case IndustryPackage.COOPERATIVE__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
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
			case IndustryPackage.COOPERATIVE__NAME:
				setName((String)newValue);
				return;
			case IndustryPackage.COOPERATIVE__REGISTRATION_NUMBER:
				setRegistrationNumber((String)newValue);
				return;
			case IndustryPackage.COOPERATIVE__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case IndustryPackage.COOPERATIVE__VILLAGES:
				getVillages().clear();
				getVillages().addAll((Collection<? extends Village>)newValue);
				return;
			case IndustryPackage.COOPERATIVE__MEMBERS:
				setMembers((Integer)newValue);
				return;
			case IndustryPackage.COOPERATIVE__POOR_MEMBER_HOUSEHOLDS:
				setPoorMemberHouseholds((Integer)newValue);
				return;
			case IndustryPackage.COOPERATIVE__MAIN_PRODUCTS:
				setMainProducts((String)newValue);
				return;
			case IndustryPackage.COOPERATIVE__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
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
			case IndustryPackage.COOPERATIVE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case IndustryPackage.COOPERATIVE__REGISTRATION_NUMBER:
				setRegistrationNumber(REGISTRATION_NUMBER_EDEFAULT);
				return;
			case IndustryPackage.COOPERATIVE__TOWNSHIP:
				setTownship((Township)null);
				return;
			case IndustryPackage.COOPERATIVE__VILLAGES:
				getVillages().clear();
				return;
			case IndustryPackage.COOPERATIVE__MEMBERS:
				setMembers(MEMBERS_EDEFAULT);
				return;
			case IndustryPackage.COOPERATIVE__POOR_MEMBER_HOUSEHOLDS:
				setPoorMemberHouseholds(POOR_MEMBER_HOUSEHOLDS_EDEFAULT);
				return;
			case IndustryPackage.COOPERATIVE__MAIN_PRODUCTS:
				setMainProducts(MAIN_PRODUCTS_EDEFAULT);
				return;
			case IndustryPackage.COOPERATIVE__ENTERPRISE:
				setEnterprise((Enterprise)null);
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
			case IndustryPackage.COOPERATIVE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case IndustryPackage.COOPERATIVE__REGISTRATION_NUMBER:
				return REGISTRATION_NUMBER_EDEFAULT == null ? registrationNumber != null : !REGISTRATION_NUMBER_EDEFAULT.equals(registrationNumber);
			case IndustryPackage.COOPERATIVE__TOWNSHIP:
				return township != null;
			case IndustryPackage.COOPERATIVE__VILLAGES:
				return villages != null && !villages.isEmpty();
			case IndustryPackage.COOPERATIVE__MEMBERS:
				return members != MEMBERS_EDEFAULT;
			case IndustryPackage.COOPERATIVE__POOR_MEMBER_HOUSEHOLDS:
				return poorMemberHouseholds != POOR_MEMBER_HOUSEHOLDS_EDEFAULT;
			case IndustryPackage.COOPERATIVE__MAIN_PRODUCTS:
				return MAIN_PRODUCTS_EDEFAULT == null ? mainProducts != null : !MAIN_PRODUCTS_EDEFAULT.equals(mainProducts);
			case IndustryPackage.COOPERATIVE__ENTERPRISE:
				return enterprise != null;
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
		result.append(", registrationNumber: ");
		result.append(registrationNumber);
		result.append(", members: ");
		result.append(members);
		result.append(", poorMemberHouseholds: ");
		result.append(poorMemberHouseholds);
		result.append(", mainProducts: ");
		result.append(mainProducts);
		result.append(')');
		return result.toString();
	}

} //CooperativeImpl
