/**
 */
package xiaokang.industry.model.impl;

import java.math.BigDecimal;

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
import xiaokang.industry.model.IndustryBase;
import xiaokang.industry.model.IndustryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Base</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getArea <em>Area</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getVillages <em>Villages</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link xiaokang.industry.model.impl.IndustryBaseImpl#getCooperative <em>Cooperative</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndustryBaseImpl extends MinimalEObjectImpl.Container implements IndustryBase {
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
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal area = AREA_EDEFAULT;

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
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

	/**
	 * The cached value of the '{@link #getCooperative() <em>Cooperative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCooperative()
	 * @generated
	 * @ordered
	 */
	protected Cooperative cooperative;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndustryBaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndustryPackage.Literals.INDUSTRY_BASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.INDUSTRY_BASE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.INDUSTRY_BASE__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(BigDecimal newArea) {
		BigDecimal oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.INDUSTRY_BASE__AREA, oldArea, area));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.INDUSTRY_BASE__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.INDUSTRY_BASE__TOWNSHIP, oldTownship, township));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Village> getVillages() {
		if (villages == null) {
			villages = new EObjectResolvingEList<Village>(Village.class, this, IndustryPackage.INDUSTRY_BASE__VILLAGES);
		}
		return villages;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.INDUSTRY_BASE__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.INDUSTRY_BASE__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cooperative getCooperative() {
		if (cooperative != null && cooperative.eIsProxy()) {
			InternalEObject oldCooperative = (InternalEObject)cooperative;
			cooperative = (Cooperative)eResolveProxy(oldCooperative);
			if (cooperative != oldCooperative) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IndustryPackage.INDUSTRY_BASE__COOPERATIVE, oldCooperative, cooperative));
			}
		}
		return cooperative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cooperative basicGetCooperative() {
		return cooperative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCooperative(Cooperative newCooperative) {
		Cooperative oldCooperative = cooperative;
		cooperative = newCooperative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndustryPackage.INDUSTRY_BASE__COOPERATIVE, oldCooperative, cooperative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndustryPackage.INDUSTRY_BASE__NAME:
				return getName();
			case IndustryPackage.INDUSTRY_BASE__PRODUCT:
				return getProduct();
			case IndustryPackage.INDUSTRY_BASE__AREA:
				return getArea();
			case IndustryPackage.INDUSTRY_BASE__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case IndustryPackage.INDUSTRY_BASE__VILLAGES:
				return getVillages();
			case IndustryPackage.INDUSTRY_BASE__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case IndustryPackage.INDUSTRY_BASE__COOPERATIVE:
				if (resolve) return getCooperative();
				return basicGetCooperative();
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
			case IndustryPackage.INDUSTRY_BASE__NAME:
				setName((String)newValue);
				return;
			case IndustryPackage.INDUSTRY_BASE__PRODUCT:
				setProduct((String)newValue);
				return;
			case IndustryPackage.INDUSTRY_BASE__AREA:
				setArea((BigDecimal)newValue);
				return;
			case IndustryPackage.INDUSTRY_BASE__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case IndustryPackage.INDUSTRY_BASE__VILLAGES:
				getVillages().clear();
				getVillages().addAll((Collection<? extends Village>)newValue);
				return;
			case IndustryPackage.INDUSTRY_BASE__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case IndustryPackage.INDUSTRY_BASE__COOPERATIVE:
				setCooperative((Cooperative)newValue);
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
			case IndustryPackage.INDUSTRY_BASE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case IndustryPackage.INDUSTRY_BASE__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case IndustryPackage.INDUSTRY_BASE__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case IndustryPackage.INDUSTRY_BASE__TOWNSHIP:
				setTownship((Township)null);
				return;
			case IndustryPackage.INDUSTRY_BASE__VILLAGES:
				getVillages().clear();
				return;
			case IndustryPackage.INDUSTRY_BASE__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case IndustryPackage.INDUSTRY_BASE__COOPERATIVE:
				setCooperative((Cooperative)null);
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
			case IndustryPackage.INDUSTRY_BASE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case IndustryPackage.INDUSTRY_BASE__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case IndustryPackage.INDUSTRY_BASE__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case IndustryPackage.INDUSTRY_BASE__TOWNSHIP:
				return township != null;
			case IndustryPackage.INDUSTRY_BASE__VILLAGES:
				return villages != null && !villages.isEmpty();
			case IndustryPackage.INDUSTRY_BASE__ENTERPRISE:
				return enterprise != null;
			case IndustryPackage.INDUSTRY_BASE__COOPERATIVE:
				return cooperative != null;
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
		result.append(", product: ");
		result.append(product);
		result.append(", area: ");
		result.append(area);
		result.append(')');
		return result.toString();
	}

} //IndustryBaseImpl
