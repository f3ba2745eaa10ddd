/**
 */
package xiaokang.publicity.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Village;

import xiaokang.publicity.model.ProsperityLeader;
import xiaokang.publicity.model.PublicityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prosperity Leader</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.ProsperityLeaderImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.ProsperityLeaderImpl#getBusiness <em>Business</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.ProsperityLeaderImpl#getHouseholdsHelped <em>Households Helped</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.ProsperityLeaderImpl#getVillage <em>Village</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProsperityLeaderImpl extends MinimalEObjectImpl.Container implements ProsperityLeader {
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
	 * The default value of the '{@link #getBusiness() <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusiness()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusiness() <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusiness()
	 * @generated
	 * @ordered
	 */
	protected String business = BUSINESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHouseholdsHelped() <em>Households Helped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdsHelped()
	 * @generated
	 * @ordered
	 */
	protected static final int HOUSEHOLDS_HELPED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHouseholdsHelped() <em>Households Helped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdsHelped()
	 * @generated
	 * @ordered
	 */
	protected int householdsHelped = HOUSEHOLDS_HELPED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProsperityLeaderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.PROSPERITY_LEADER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.PROSPERITY_LEADER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusiness() {
		return business;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusiness(String newBusiness) {
		String oldBusiness = business;
		business = newBusiness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.PROSPERITY_LEADER__BUSINESS, oldBusiness, business));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHouseholdsHelped() {
		return householdsHelped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHouseholdsHelped(int newHouseholdsHelped) {
		int oldHouseholdsHelped = householdsHelped;
		householdsHelped = newHouseholdsHelped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.PROSPERITY_LEADER__HOUSEHOLDS_HELPED, oldHouseholdsHelped, householdsHelped));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.PROSPERITY_LEADER__VILLAGE, oldVillage, village));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.PROSPERITY_LEADER__VILLAGE, oldVillage, village));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.PROSPERITY_LEADER__NAME:
				return getName();
			case PublicityPackage.PROSPERITY_LEADER__BUSINESS:
				return getBusiness();
			case PublicityPackage.PROSPERITY_LEADER__HOUSEHOLDS_HELPED:
				return getHouseholdsHelped();
			case PublicityPackage.PROSPERITY_LEADER__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
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
			case PublicityPackage.PROSPERITY_LEADER__NAME:
				setName((String)newValue);
				return;
			case PublicityPackage.PROSPERITY_LEADER__BUSINESS:
				setBusiness((String)newValue);
				return;
			case PublicityPackage.PROSPERITY_LEADER__HOUSEHOLDS_HELPED:
				setHouseholdsHelped((Integer)newValue);
				return;
			case PublicityPackage.PROSPERITY_LEADER__VILLAGE:
				setVillage((Village)newValue);
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
			case PublicityPackage.PROSPERITY_LEADER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PublicityPackage.PROSPERITY_LEADER__BUSINESS:
				setBusiness(BUSINESS_EDEFAULT);
				return;
			case PublicityPackage.PROSPERITY_LEADER__HOUSEHOLDS_HELPED:
				setHouseholdsHelped(HOUSEHOLDS_HELPED_EDEFAULT);
				return;
			case PublicityPackage.PROSPERITY_LEADER__VILLAGE:
				setVillage((Village)null);
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
			case PublicityPackage.PROSPERITY_LEADER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PublicityPackage.PROSPERITY_LEADER__BUSINESS:
				return BUSINESS_EDEFAULT == null ? business != null : !BUSINESS_EDEFAULT.equals(business);
			case PublicityPackage.PROSPERITY_LEADER__HOUSEHOLDS_HELPED:
				return householdsHelped != HOUSEHOLDS_HELPED_EDEFAULT;
			case PublicityPackage.PROSPERITY_LEADER__VILLAGE:
				return village != null;
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
		result.append(", business: ");
		result.append(business);
		result.append(", householdsHelped: ");
		result.append(householdsHelped);
		result.append(')');
		return result.toString();
	}

} //ProsperityLeaderImpl
