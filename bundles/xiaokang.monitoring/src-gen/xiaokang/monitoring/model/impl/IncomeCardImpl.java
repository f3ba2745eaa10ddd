/**
 */
package xiaokang.monitoring.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Household;

import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Income Card</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getPeople <em>People</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getWages <em>Wages</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getCrops <em>Crops</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getLivestock <em>Livestock</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getForestryFruit <em>Forestry Fruit</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getOtherOperating <em>Other Operating</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getCropsCost <em>Crops Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getLivestockCost <em>Livestock Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getForestryFruitCost <em>Forestry Fruit Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getOtherOperatingCost <em>Other Operating Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getProperty <em>Property</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getPensions <em>Pensions</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getLowIncomeAllowance <em>Low Income Allowance</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getSubsidies <em>Subsidies</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.IncomeCardImpl#getOtherTransfers <em>Other Transfers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IncomeCardImpl extends MinimalEObjectImpl.Container implements IncomeCard {
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
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeople() <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected static final int PEOPLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected int people = PEOPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWages() <em>Wages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWages()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal WAGES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWages() <em>Wages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWages()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal wages = WAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrops() <em>Crops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrops()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CROPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrops() <em>Crops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrops()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal crops = CROPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLivestock() <em>Livestock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivestock()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIVESTOCK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLivestock() <em>Livestock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivestock()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal livestock = LIVESTOCK_EDEFAULT;

	/**
	 * The default value of the '{@link #getForestryFruit() <em>Forestry Fruit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForestryFruit()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FORESTRY_FRUIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForestryFruit() <em>Forestry Fruit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForestryFruit()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal forestryFruit = FORESTRY_FRUIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherOperating() <em>Other Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperating()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OTHER_OPERATING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherOperating() <em>Other Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperating()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal otherOperating = OTHER_OPERATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCropsCost() <em>Crops Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCropsCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CROPS_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCropsCost() <em>Crops Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCropsCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cropsCost = CROPS_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getLivestockCost() <em>Livestock Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivestockCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIVESTOCK_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLivestockCost() <em>Livestock Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivestockCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal livestockCost = LIVESTOCK_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getForestryFruitCost() <em>Forestry Fruit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForestryFruitCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FORESTRY_FRUIT_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForestryFruitCost() <em>Forestry Fruit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForestryFruitCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal forestryFruitCost = FORESTRY_FRUIT_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherOperatingCost() <em>Other Operating Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperatingCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OTHER_OPERATING_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherOperatingCost() <em>Other Operating Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperatingCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal otherOperatingCost = OTHER_OPERATING_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getProperty() <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PROPERTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProperty() <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal property = PROPERTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPensions() <em>Pensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPensions()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PENSIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPensions() <em>Pensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPensions()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal pensions = PENSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowIncomeAllowance() <em>Low Income Allowance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowIncomeAllowance()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LOW_INCOME_ALLOWANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLowIncomeAllowance() <em>Low Income Allowance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowIncomeAllowance()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal lowIncomeAllowance = LOW_INCOME_ALLOWANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsidies() <em>Subsidies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsidies()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SUBSIDIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubsidies() <em>Subsidies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsidies()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal subsidies = SUBSIDIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherTransfers() <em>Other Transfers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherTransfers()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OTHER_TRANSFERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherTransfers() <em>Other Transfers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherTransfers()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal otherTransfers = OTHER_TRANSFERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IncomeCardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MonitoringPackage.Literals.INCOME_CARD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MonitoringPackage.INCOME_CARD__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__HOUSEHOLD, oldHousehold, household));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeople() {
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeople(int newPeople) {
		int oldPeople = people;
		people = newPeople;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__PEOPLE, oldPeople, people));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getWages() {
		return wages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWages(BigDecimal newWages) {
		BigDecimal oldWages = wages;
		wages = newWages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__WAGES, oldWages, wages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCrops() {
		return crops;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrops(BigDecimal newCrops) {
		BigDecimal oldCrops = crops;
		crops = newCrops;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__CROPS, oldCrops, crops));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLivestock() {
		return livestock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLivestock(BigDecimal newLivestock) {
		BigDecimal oldLivestock = livestock;
		livestock = newLivestock;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__LIVESTOCK, oldLivestock, livestock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getForestryFruit() {
		return forestryFruit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForestryFruit(BigDecimal newForestryFruit) {
		BigDecimal oldForestryFruit = forestryFruit;
		forestryFruit = newForestryFruit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT, oldForestryFruit, forestryFruit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOtherOperating() {
		return otherOperating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherOperating(BigDecimal newOtherOperating) {
		BigDecimal oldOtherOperating = otherOperating;
		otherOperating = newOtherOperating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__OTHER_OPERATING, oldOtherOperating, otherOperating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCropsCost() {
		return cropsCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCropsCost(BigDecimal newCropsCost) {
		BigDecimal oldCropsCost = cropsCost;
		cropsCost = newCropsCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__CROPS_COST, oldCropsCost, cropsCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLivestockCost() {
		return livestockCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLivestockCost(BigDecimal newLivestockCost) {
		BigDecimal oldLivestockCost = livestockCost;
		livestockCost = newLivestockCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__LIVESTOCK_COST, oldLivestockCost, livestockCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getForestryFruitCost() {
		return forestryFruitCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForestryFruitCost(BigDecimal newForestryFruitCost) {
		BigDecimal oldForestryFruitCost = forestryFruitCost;
		forestryFruitCost = newForestryFruitCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT_COST, oldForestryFruitCost, forestryFruitCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOtherOperatingCost() {
		return otherOperatingCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherOperatingCost(BigDecimal newOtherOperatingCost) {
		BigDecimal oldOtherOperatingCost = otherOperatingCost;
		otherOperatingCost = newOtherOperatingCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__OTHER_OPERATING_COST, oldOtherOperatingCost, otherOperatingCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getProperty() {
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProperty(BigDecimal newProperty) {
		BigDecimal oldProperty = property;
		property = newProperty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__PROPERTY, oldProperty, property));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPensions() {
		return pensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPensions(BigDecimal newPensions) {
		BigDecimal oldPensions = pensions;
		pensions = newPensions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__PENSIONS, oldPensions, pensions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLowIncomeAllowance() {
		return lowIncomeAllowance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowIncomeAllowance(BigDecimal newLowIncomeAllowance) {
		BigDecimal oldLowIncomeAllowance = lowIncomeAllowance;
		lowIncomeAllowance = newLowIncomeAllowance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__LOW_INCOME_ALLOWANCE, oldLowIncomeAllowance, lowIncomeAllowance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getSubsidies() {
		return subsidies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsidies(BigDecimal newSubsidies) {
		BigDecimal oldSubsidies = subsidies;
		subsidies = newSubsidies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__SUBSIDIES, oldSubsidies, subsidies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOtherTransfers() {
		return otherTransfers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherTransfers(BigDecimal newOtherTransfers) {
		BigDecimal oldOtherTransfers = otherTransfers;
		otherTransfers = newOtherTransfers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.INCOME_CARD__OTHER_TRANSFERS, oldOtherTransfers, otherTransfers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MonitoringPackage.INCOME_CARD__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case MonitoringPackage.INCOME_CARD__YEAR:
				return getYear();
			case MonitoringPackage.INCOME_CARD__PEOPLE:
				return getPeople();
			case MonitoringPackage.INCOME_CARD__WAGES:
				return getWages();
			case MonitoringPackage.INCOME_CARD__CROPS:
				return getCrops();
			case MonitoringPackage.INCOME_CARD__LIVESTOCK:
				return getLivestock();
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT:
				return getForestryFruit();
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING:
				return getOtherOperating();
			case MonitoringPackage.INCOME_CARD__CROPS_COST:
				return getCropsCost();
			case MonitoringPackage.INCOME_CARD__LIVESTOCK_COST:
				return getLivestockCost();
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT_COST:
				return getForestryFruitCost();
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING_COST:
				return getOtherOperatingCost();
			case MonitoringPackage.INCOME_CARD__PROPERTY:
				return getProperty();
			case MonitoringPackage.INCOME_CARD__PENSIONS:
				return getPensions();
			case MonitoringPackage.INCOME_CARD__LOW_INCOME_ALLOWANCE:
				return getLowIncomeAllowance();
			case MonitoringPackage.INCOME_CARD__SUBSIDIES:
				return getSubsidies();
			case MonitoringPackage.INCOME_CARD__OTHER_TRANSFERS:
				return getOtherTransfers();
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
			case MonitoringPackage.INCOME_CARD__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__YEAR:
				setYear((Integer)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__PEOPLE:
				setPeople((Integer)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__WAGES:
				setWages((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__CROPS:
				setCrops((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__LIVESTOCK:
				setLivestock((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT:
				setForestryFruit((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING:
				setOtherOperating((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__CROPS_COST:
				setCropsCost((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__LIVESTOCK_COST:
				setLivestockCost((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT_COST:
				setForestryFruitCost((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING_COST:
				setOtherOperatingCost((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__PROPERTY:
				setProperty((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__PENSIONS:
				setPensions((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__LOW_INCOME_ALLOWANCE:
				setLowIncomeAllowance((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__SUBSIDIES:
				setSubsidies((BigDecimal)newValue);
				return;
			case MonitoringPackage.INCOME_CARD__OTHER_TRANSFERS:
				setOtherTransfers((BigDecimal)newValue);
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
			case MonitoringPackage.INCOME_CARD__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case MonitoringPackage.INCOME_CARD__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__PEOPLE:
				setPeople(PEOPLE_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__WAGES:
				setWages(WAGES_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__CROPS:
				setCrops(CROPS_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__LIVESTOCK:
				setLivestock(LIVESTOCK_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT:
				setForestryFruit(FORESTRY_FRUIT_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING:
				setOtherOperating(OTHER_OPERATING_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__CROPS_COST:
				setCropsCost(CROPS_COST_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__LIVESTOCK_COST:
				setLivestockCost(LIVESTOCK_COST_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT_COST:
				setForestryFruitCost(FORESTRY_FRUIT_COST_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING_COST:
				setOtherOperatingCost(OTHER_OPERATING_COST_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__PROPERTY:
				setProperty(PROPERTY_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__PENSIONS:
				setPensions(PENSIONS_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__LOW_INCOME_ALLOWANCE:
				setLowIncomeAllowance(LOW_INCOME_ALLOWANCE_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__SUBSIDIES:
				setSubsidies(SUBSIDIES_EDEFAULT);
				return;
			case MonitoringPackage.INCOME_CARD__OTHER_TRANSFERS:
				setOtherTransfers(OTHER_TRANSFERS_EDEFAULT);
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
			case MonitoringPackage.INCOME_CARD__HOUSEHOLD:
				return household != null;
			case MonitoringPackage.INCOME_CARD__YEAR:
				return year != YEAR_EDEFAULT;
			case MonitoringPackage.INCOME_CARD__PEOPLE:
				return people != PEOPLE_EDEFAULT;
			case MonitoringPackage.INCOME_CARD__WAGES:
				return WAGES_EDEFAULT == null ? wages != null : !WAGES_EDEFAULT.equals(wages);
			case MonitoringPackage.INCOME_CARD__CROPS:
				return CROPS_EDEFAULT == null ? crops != null : !CROPS_EDEFAULT.equals(crops);
			case MonitoringPackage.INCOME_CARD__LIVESTOCK:
				return LIVESTOCK_EDEFAULT == null ? livestock != null : !LIVESTOCK_EDEFAULT.equals(livestock);
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT:
				return FORESTRY_FRUIT_EDEFAULT == null ? forestryFruit != null : !FORESTRY_FRUIT_EDEFAULT.equals(forestryFruit);
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING:
				return OTHER_OPERATING_EDEFAULT == null ? otherOperating != null : !OTHER_OPERATING_EDEFAULT.equals(otherOperating);
			case MonitoringPackage.INCOME_CARD__CROPS_COST:
				return CROPS_COST_EDEFAULT == null ? cropsCost != null : !CROPS_COST_EDEFAULT.equals(cropsCost);
			case MonitoringPackage.INCOME_CARD__LIVESTOCK_COST:
				return LIVESTOCK_COST_EDEFAULT == null ? livestockCost != null : !LIVESTOCK_COST_EDEFAULT.equals(livestockCost);
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT_COST:
				return FORESTRY_FRUIT_COST_EDEFAULT == null ? forestryFruitCost != null : !FORESTRY_FRUIT_COST_EDEFAULT.equals(forestryFruitCost);
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING_COST:
				return OTHER_OPERATING_COST_EDEFAULT == null ? otherOperatingCost != null : !OTHER_OPERATING_COST_EDEFAULT.equals(otherOperatingCost);
			case MonitoringPackage.INCOME_CARD__PROPERTY:
				return PROPERTY_EDEFAULT == null ? property != null : !PROPERTY_EDEFAULT.equals(property);
			case MonitoringPackage.INCOME_CARD__PENSIONS:
				return PENSIONS_EDEFAULT == null ? pensions != null : !PENSIONS_EDEFAULT.equals(pensions);
			case MonitoringPackage.INCOME_CARD__LOW_INCOME_ALLOWANCE:
				return LOW_INCOME_ALLOWANCE_EDEFAULT == null ? lowIncomeAllowance != null : !LOW_INCOME_ALLOWANCE_EDEFAULT.equals(lowIncomeAllowance);
			case MonitoringPackage.INCOME_CARD__SUBSIDIES:
				return SUBSIDIES_EDEFAULT == null ? subsidies != null : !SUBSIDIES_EDEFAULT.equals(subsidies);
			case MonitoringPackage.INCOME_CARD__OTHER_TRANSFERS:
				return OTHER_TRANSFERS_EDEFAULT == null ? otherTransfers != null : !OTHER_TRANSFERS_EDEFAULT.equals(otherTransfers);
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
		result.append(" (year: ");
		result.append(year);
		result.append(", people: ");
		result.append(people);
		result.append(", wages: ");
		result.append(wages);
		result.append(", crops: ");
		result.append(crops);
		result.append(", livestock: ");
		result.append(livestock);
		result.append(", forestryFruit: ");
		result.append(forestryFruit);
		result.append(", otherOperating: ");
		result.append(otherOperating);
		result.append(", cropsCost: ");
		result.append(cropsCost);
		result.append(", livestockCost: ");
		result.append(livestockCost);
		result.append(", forestryFruitCost: ");
		result.append(forestryFruitCost);
		result.append(", otherOperatingCost: ");
		result.append(otherOperatingCost);
		result.append(", property: ");
		result.append(property);
		result.append(", pensions: ");
		result.append(pensions);
		result.append(", lowIncomeAllowance: ");
		result.append(lowIncomeAllowance);
		result.append(", subsidies: ");
		result.append(subsidies);
		result.append(", otherTransfers: ");
		result.append(otherTransfers);
		result.append(')');
		return result.toString();
	}

} //IncomeCardImpl
