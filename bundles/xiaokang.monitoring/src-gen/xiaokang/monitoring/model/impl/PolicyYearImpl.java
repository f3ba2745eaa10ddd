/**
 */
package xiaokang.monitoring.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Year</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getIncomeLine <em>Income Line</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getWarningMargin <em>Warning Margin</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getIncomeDropShare <em>Income Drop Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getRigidExpenditure <em>Rigid Expenditure</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getRigidExpenditureShare <em>Rigid Expenditure Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getCropsCostShare <em>Crops Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getLivestockCostShare <em>Livestock Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getForestryFruitCostShare <em>Forestry Fruit Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getOtherOperatingCostShare <em>Other Operating Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getVisitDays <em>Visit Days</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.impl.PolicyYearImpl#getDecisionDays <em>Decision Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyYearImpl extends MinimalEObjectImpl.Container implements PolicyYear {
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
	 * The default value of the '{@link #getIncomeLine() <em>Income Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeLine()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INCOME_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncomeLine() <em>Income Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeLine()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal incomeLine = INCOME_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarningMargin() <em>Warning Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningMargin()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal WARNING_MARGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWarningMargin() <em>Warning Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningMargin()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal warningMargin = WARNING_MARGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncomeDropShare() <em>Income Drop Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeDropShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INCOME_DROP_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncomeDropShare() <em>Income Drop Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomeDropShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal incomeDropShare = INCOME_DROP_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRigidExpenditure() <em>Rigid Expenditure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRigidExpenditure()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RIGID_EXPENDITURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRigidExpenditure() <em>Rigid Expenditure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRigidExpenditure()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal rigidExpenditure = RIGID_EXPENDITURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRigidExpenditureShare() <em>Rigid Expenditure Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRigidExpenditureShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RIGID_EXPENDITURE_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRigidExpenditureShare() <em>Rigid Expenditure Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRigidExpenditureShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal rigidExpenditureShare = RIGID_EXPENDITURE_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCropsCostShare() <em>Crops Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCropsCostShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CROPS_COST_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCropsCostShare() <em>Crops Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCropsCostShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cropsCostShare = CROPS_COST_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLivestockCostShare() <em>Livestock Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivestockCostShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIVESTOCK_COST_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLivestockCostShare() <em>Livestock Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivestockCostShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal livestockCostShare = LIVESTOCK_COST_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getForestryFruitCostShare() <em>Forestry Fruit Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForestryFruitCostShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FORESTRY_FRUIT_COST_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForestryFruitCostShare() <em>Forestry Fruit Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForestryFruitCostShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal forestryFruitCostShare = FORESTRY_FRUIT_COST_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherOperatingCostShare() <em>Other Operating Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperatingCostShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OTHER_OPERATING_COST_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherOperatingCostShare() <em>Other Operating Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperatingCostShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal otherOperatingCostShare = OTHER_OPERATING_COST_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitDays() <em>Visit Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitDays()
	 * @generated
	 * @ordered
	 */
	protected static final int VISIT_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVisitDays() <em>Visit Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitDays()
	 * @generated
	 * @ordered
	 */
	protected int visitDays = VISIT_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionDays() <em>Decision Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DECISION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecisionDays() <em>Decision Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDays()
	 * @generated
	 * @ordered
	 */
	protected int decisionDays = DECISION_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyYearImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MonitoringPackage.Literals.POLICY_YEAR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncomeLine() {
		return incomeLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncomeLine(BigDecimal newIncomeLine) {
		BigDecimal oldIncomeLine = incomeLine;
		incomeLine = newIncomeLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__INCOME_LINE, oldIncomeLine, incomeLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getWarningMargin() {
		return warningMargin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarningMargin(BigDecimal newWarningMargin) {
		BigDecimal oldWarningMargin = warningMargin;
		warningMargin = newWarningMargin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__WARNING_MARGIN, oldWarningMargin, warningMargin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncomeDropShare() {
		return incomeDropShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncomeDropShare(BigDecimal newIncomeDropShare) {
		BigDecimal oldIncomeDropShare = incomeDropShare;
		incomeDropShare = newIncomeDropShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__INCOME_DROP_SHARE, oldIncomeDropShare, incomeDropShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRigidExpenditure() {
		return rigidExpenditure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRigidExpenditure(BigDecimal newRigidExpenditure) {
		BigDecimal oldRigidExpenditure = rigidExpenditure;
		rigidExpenditure = newRigidExpenditure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE, oldRigidExpenditure, rigidExpenditure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRigidExpenditureShare() {
		return rigidExpenditureShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRigidExpenditureShare(BigDecimal newRigidExpenditureShare) {
		BigDecimal oldRigidExpenditureShare = rigidExpenditureShare;
		rigidExpenditureShare = newRigidExpenditureShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE_SHARE, oldRigidExpenditureShare, rigidExpenditureShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCropsCostShare() {
		return cropsCostShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCropsCostShare(BigDecimal newCropsCostShare) {
		BigDecimal oldCropsCostShare = cropsCostShare;
		cropsCostShare = newCropsCostShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__CROPS_COST_SHARE, oldCropsCostShare, cropsCostShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLivestockCostShare() {
		return livestockCostShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLivestockCostShare(BigDecimal newLivestockCostShare) {
		BigDecimal oldLivestockCostShare = livestockCostShare;
		livestockCostShare = newLivestockCostShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__LIVESTOCK_COST_SHARE, oldLivestockCostShare, livestockCostShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getForestryFruitCostShare() {
		return forestryFruitCostShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForestryFruitCostShare(BigDecimal newForestryFruitCostShare) {
		BigDecimal oldForestryFruitCostShare = forestryFruitCostShare;
		forestryFruitCostShare = newForestryFruitCostShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE, oldForestryFruitCostShare, forestryFruitCostShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOtherOperatingCostShare() {
		return otherOperatingCostShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherOperatingCostShare(BigDecimal newOtherOperatingCostShare) {
		BigDecimal oldOtherOperatingCostShare = otherOperatingCostShare;
		otherOperatingCostShare = newOtherOperatingCostShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__OTHER_OPERATING_COST_SHARE, oldOtherOperatingCostShare, otherOperatingCostShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVisitDays() {
		return visitDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitDays(int newVisitDays) {
		int oldVisitDays = visitDays;
		visitDays = newVisitDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__VISIT_DAYS, oldVisitDays, visitDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecisionDays() {
		return decisionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDays(int newDecisionDays) {
		int oldDecisionDays = decisionDays;
		decisionDays = newDecisionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MonitoringPackage.POLICY_YEAR__DECISION_DAYS, oldDecisionDays, decisionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MonitoringPackage.POLICY_YEAR__YEAR:
				return getYear();
			case MonitoringPackage.POLICY_YEAR__INCOME_LINE:
				return getIncomeLine();
			case MonitoringPackage.POLICY_YEAR__WARNING_MARGIN:
				return getWarningMargin();
			case MonitoringPackage.POLICY_YEAR__INCOME_DROP_SHARE:
				return getIncomeDropShare();
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE:
				return getRigidExpenditure();
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE_SHARE:
				return getRigidExpenditureShare();
			case MonitoringPackage.POLICY_YEAR__CROPS_COST_SHARE:
				return getCropsCostShare();
			case MonitoringPackage.POLICY_YEAR__LIVESTOCK_COST_SHARE:
				return getLivestockCostShare();
			case MonitoringPackage.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE:
				return getForestryFruitCostShare();
			case MonitoringPackage.POLICY_YEAR__OTHER_OPERATING_COST_SHARE:
				return getOtherOperatingCostShare();
			case MonitoringPackage.POLICY_YEAR__VISIT_DAYS:
				return getVisitDays();
			case MonitoringPackage.POLICY_YEAR__DECISION_DAYS:
				return getDecisionDays();
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
			case MonitoringPackage.POLICY_YEAR__YEAR:
				setYear((Integer)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__INCOME_LINE:
				setIncomeLine((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__WARNING_MARGIN:
				setWarningMargin((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__INCOME_DROP_SHARE:
				setIncomeDropShare((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE:
				setRigidExpenditure((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE_SHARE:
				setRigidExpenditureShare((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__CROPS_COST_SHARE:
				setCropsCostShare((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__LIVESTOCK_COST_SHARE:
				setLivestockCostShare((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE:
				setForestryFruitCostShare((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__OTHER_OPERATING_COST_SHARE:
				setOtherOperatingCostShare((BigDecimal)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__VISIT_DAYS:
				setVisitDays((Integer)newValue);
				return;
			case MonitoringPackage.POLICY_YEAR__DECISION_DAYS:
				setDecisionDays((Integer)newValue);
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
			case MonitoringPackage.POLICY_YEAR__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__INCOME_LINE:
				setIncomeLine(INCOME_LINE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__WARNING_MARGIN:
				setWarningMargin(WARNING_MARGIN_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__INCOME_DROP_SHARE:
				setIncomeDropShare(INCOME_DROP_SHARE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE:
				setRigidExpenditure(RIGID_EXPENDITURE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE_SHARE:
				setRigidExpenditureShare(RIGID_EXPENDITURE_SHARE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__CROPS_COST_SHARE:
				setCropsCostShare(CROPS_COST_SHARE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__LIVESTOCK_COST_SHARE:
				setLivestockCostShare(LIVESTOCK_COST_SHARE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE:
				setForestryFruitCostShare(FORESTRY_FRUIT_COST_SHARE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__OTHER_OPERATING_COST_SHARE:
				setOtherOperatingCostShare(OTHER_OPERATING_COST_SHARE_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__VISIT_DAYS:
				setVisitDays(VISIT_DAYS_EDEFAULT);
				return;
			case MonitoringPackage.POLICY_YEAR__DECISION_DAYS:
				setDecisionDays(DECISION_DAYS_EDEFAULT);
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
			case MonitoringPackage.POLICY_YEAR__YEAR:
				return year != YEAR_EDEFAULT;
			case MonitoringPackage.POLICY_YEAR__INCOME_LINE:
				return INCOME_LINE_EDEFAULT == null ? incomeLine != null : !INCOME_LINE_EDEFAULT.equals(incomeLine);
			case MonitoringPackage.POLICY_YEAR__WARNING_MARGIN:
				return WARNING_MARGIN_EDEFAULT == null ? warningMargin != null : !WARNING_MARGIN_EDEFAULT.equals(warningMargin);
			case MonitoringPackage.POLICY_YEAR__INCOME_DROP_SHARE:
				return INCOME_DROP_SHARE_EDEFAULT == null ? incomeDropShare != null : !INCOME_DROP_SHARE_EDEFAULT.equals(incomeDropShare);
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE:
				return RIGID_EXPENDITURE_EDEFAULT == null ? rigidExpenditure != null : !RIGID_EXPENDITURE_EDEFAULT.equals(rigidExpenditure);
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE_SHARE:
				return RIGID_EXPENDITURE_SHARE_EDEFAULT == null ? rigidExpenditureShare != null : !RIGID_EXPENDITURE_SHARE_EDEFAULT.equals(rigidExpenditureShare);
			case MonitoringPackage.POLICY_YEAR__CROPS_COST_SHARE:
				return CROPS_COST_SHARE_EDEFAULT == null ? cropsCostShare != null : !CROPS_COST_SHARE_EDEFAULT.equals(cropsCostShare);
			case MonitoringPackage.POLICY_YEAR__LIVESTOCK_COST_SHARE:
				return LIVESTOCK_COST_SHARE_EDEFAULT == null ? livestockCostShare != null : !LIVESTOCK_COST_SHARE_EDEFAULT.equals(livestockCostShare);
			case MonitoringPackage.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE:
				return FORESTRY_FRUIT_COST_SHARE_EDEFAULT == null ? forestryFruitCostShare != null : !FORESTRY_FRUIT_COST_SHARE_EDEFAULT.equals(forestryFruitCostShare);
			case MonitoringPackage.POLICY_YEAR__OTHER_OPERATING_COST_SHARE:
				return OTHER_OPERATING_COST_SHARE_EDEFAULT == null ? otherOperatingCostShare != null : !OTHER_OPERATING_COST_SHARE_EDEFAULT.equals(otherOperatingCostShare);
			case MonitoringPackage.POLICY_YEAR__VISIT_DAYS:
				return visitDays != VISIT_DAYS_EDEFAULT;
			case MonitoringPackage.POLICY_YEAR__DECISION_DAYS:
				return decisionDays != DECISION_DAYS_EDEFAULT;
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
		result.append(", incomeLine: ");
		result.append(incomeLine);
		result.append(", warningMargin: ");
		result.append(warningMargin);
		result.append(", incomeDropShare: ");
		result.append(incomeDropShare);
		result.append(", rigidExpenditure: ");
		result.append(rigidExpenditure);
		result.append(", rigidExpenditureShare: ");
		result.append(rigidExpenditureShare);
		result.append(", cropsCostShare: ");
		result.append(cropsCostShare);
		result.append(", livestockCostShare: ");
		result.append(livestockCostShare);
		result.append(", forestryFruitCostShare: ");
		result.append(forestryFruitCostShare);
		result.append(", otherOperatingCostShare: ");
		result.append(otherOperatingCostShare);
		result.append(", visitDays: ");
		result.append(visitDays);
		result.append(", decisionDays: ");
		result.append(decisionDays);
		result.append(')');
		return result.toString();
	}

} //PolicyYearImpl
