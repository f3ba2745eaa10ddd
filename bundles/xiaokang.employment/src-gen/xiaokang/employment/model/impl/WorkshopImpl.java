/**
 */
package xiaokang.employment.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

import xiaokang.employment.model.EmploymentPackage;
import xiaokang.employment.model.Workshop;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workshop</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getWorkers <em>Workers</em>}</li>
 *   <li>{@link xiaokang.employment.model.impl.WorkshopImpl#getAwards <em>Awards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkshopImpl extends MinimalEObjectImpl.Container implements Workshop {
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
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

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
	 * The default value of the '{@link #getProducts() <em>Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected String products = PRODUCTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected LocalDate opened = OPENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int CAPACITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected int capacity = CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkers() <em>Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkers()
	 * @generated
	 * @ordered
	 */
	protected static final int WORKERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWorkers() <em>Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkers()
	 * @generated
	 * @ordered
	 */
	protected int workers = WORKERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAwards() <em>Awards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwards()
	 * @generated
	 * @ordered
	 */
	protected static final String AWARDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAwards() <em>Awards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwards()
	 * @generated
	 * @ordered
	 */
	protected String awards = AWARDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkshopImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EmploymentPackage.Literals.WORKSHOP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__OPERATOR, oldOperator, operator));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EmploymentPackage.WORKSHOP__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__TOWNSHIP, oldTownship, township));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EmploymentPackage.WORKSHOP__VILLAGE, oldVillage, village));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__VILLAGE, oldVillage, village));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProducts() {
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducts(String newProducts) {
		String oldProducts = products;
		products = newProducts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__PRODUCTS, oldProducts, products));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOpened() {
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpened(LocalDate newOpened) {
		LocalDate oldOpened = opened;
		opened = newOpened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__OPENED, oldOpened, opened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(int newCapacity) {
		int oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWorkers() {
		return workers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkers(int newWorkers) {
		int oldWorkers = workers;
		workers = newWorkers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__WORKERS, oldWorkers, workers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAwards() {
		return awards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwards(String newAwards) {
		String oldAwards = awards;
		awards = newAwards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EmploymentPackage.WORKSHOP__AWARDS, oldAwards, awards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EmploymentPackage.WORKSHOP__NAME:
				return getName();
			case EmploymentPackage.WORKSHOP__OPERATOR:
				return getOperator();
			case EmploymentPackage.WORKSHOP__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case EmploymentPackage.WORKSHOP__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
			case EmploymentPackage.WORKSHOP__PRODUCTS:
				return getProducts();
			case EmploymentPackage.WORKSHOP__OPENED:
				return getOpened();
			case EmploymentPackage.WORKSHOP__CAPACITY:
				return getCapacity();
			case EmploymentPackage.WORKSHOP__WORKERS:
				return getWorkers();
			case EmploymentPackage.WORKSHOP__AWARDS:
				return getAwards();
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
			case EmploymentPackage.WORKSHOP__NAME:
				setName((String)newValue);
				return;
			case EmploymentPackage.WORKSHOP__OPERATOR:
				setOperator((String)newValue);
				return;
			case EmploymentPackage.WORKSHOP__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case EmploymentPackage.WORKSHOP__VILLAGE:
				setVillage((Village)newValue);
				return;
			case EmploymentPackage.WORKSHOP__PRODUCTS:
				setProducts((String)newValue);
				return;
			case EmploymentPackage.WORKSHOP__OPENED:
				setOpened((LocalDate)newValue);
				return;
			case EmploymentPackage.WORKSHOP__CAPACITY:
				setCapacity((Integer)newValue);
				return;
			case EmploymentPackage.WORKSHOP__WORKERS:
				setWorkers((Integer)newValue);
				return;
			case EmploymentPackage.WORKSHOP__AWARDS:
				setAwards((String)newValue);
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
			case EmploymentPackage.WORKSHOP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EmploymentPackage.WORKSHOP__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case EmploymentPackage.WORKSHOP__TOWNSHIP:
				setTownship((Township)null);
				return;
			case EmploymentPackage.WORKSHOP__VILLAGE:
				setVillage((Village)null);
				return;
			case EmploymentPackage.WORKSHOP__PRODUCTS:
				setProducts(PRODUCTS_EDEFAULT);
				return;
			case EmploymentPackage.WORKSHOP__OPENED:
				setOpened(OPENED_EDEFAULT);
				return;
			case EmploymentPackage.WORKSHOP__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case EmploymentPackage.WORKSHOP__WORKERS:
				setWorkers(WORKERS_EDEFAULT);
				return;
			case EmploymentPackage.WORKSHOP__AWARDS:
				setAwards(AWARDS_EDEFAULT);
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
			case EmploymentPackage.WORKSHOP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EmploymentPackage.WORKSHOP__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case EmploymentPackage.WORKSHOP__TOWNSHIP:
				return township != null;
			case EmploymentPackage.WORKSHOP__VILLAGE:
				return village != null;
			case EmploymentPackage.WORKSHOP__PRODUCTS:
				return PRODUCTS_EDEFAULT == null ? products != null : !PRODUCTS_EDEFAULT.equals(products);
			case EmploymentPackage.WORKSHOP__OPENED:
				return OPENED_EDEFAULT == null ? opened != null : !OPENED_EDEFAULT.equals(opened);
			case EmploymentPackage.WORKSHOP__CAPACITY:
				return capacity != CAPACITY_EDEFAULT;
			case EmploymentPackage.WORKSHOP__WORKERS:
				return workers != WORKERS_EDEFAULT;
			case EmploymentPackage.WORKSHOP__AWARDS:
				return AWARDS_EDEFAULT == null ? awards != null : !AWARDS_EDEFAULT.equals(awards);
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
		result.append(", operator: ");
		result.append(operator);
		result.append(", products: ");
		result.append(products);
		result.append(", opened: ");
		result.append(opened);
		result.append(", capacity: ");
		result.append(capacity);
		result.append(", workers: ");
		result.append(workers);
		result.append(", awards: ");
		result.append(awards);
		result.append(')');
		return result.toString();
	}

} //WorkshopImpl
