/**
 */
package xiaokang.supervision.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Household;

import xiaokang.supervision.model.ScreeningRecord;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Screening Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.impl.ScreeningRecordImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ScreeningRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ScreeningRecordImpl#getScreener <em>Screener</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ScreeningRecordImpl#isPassed <em>Passed</em>}</li>
 *   <li>{@link xiaokang.supervision.model.impl.ScreeningRecordImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScreeningRecordImpl extends MinimalEObjectImpl.Container implements ScreeningRecord {
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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScreener() <em>Screener</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreener()
	 * @generated
	 * @ordered
	 */
	protected static final String SCREENER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScreener() <em>Screener</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreener()
	 * @generated
	 * @ordered
	 */
	protected String screener = SCREENER_EDEFAULT;

	/**
	 * The default value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PASSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected boolean passed = PASSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScreeningRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SupervisionPackage.Literals.SCREENING_RECORD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SupervisionPackage.SCREENING_RECORD__HOUSEHOLD, oldHousehold, household));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.SCREENING_RECORD__HOUSEHOLD, oldHousehold, household));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.SCREENING_RECORD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScreener() {
		return screener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreener(String newScreener) {
		String oldScreener = screener;
		screener = newScreener;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.SCREENING_RECORD__SCREENER, oldScreener, screener));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPassed() {
		return passed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassed(boolean newPassed) {
		boolean oldPassed = passed;
		passed = newPassed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.SCREENING_RECORD__PASSED, oldPassed, passed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings() {
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings) {
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SupervisionPackage.SCREENING_RECORD__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SupervisionPackage.SCREENING_RECORD__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
			case SupervisionPackage.SCREENING_RECORD__DATE:
				return getDate();
			case SupervisionPackage.SCREENING_RECORD__SCREENER:
				return getScreener();
			case SupervisionPackage.SCREENING_RECORD__PASSED:
				return isPassed();
			case SupervisionPackage.SCREENING_RECORD__FINDINGS:
				return getFindings();
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
			case SupervisionPackage.SCREENING_RECORD__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case SupervisionPackage.SCREENING_RECORD__DATE:
				setDate((LocalDate)newValue);
				return;
			case SupervisionPackage.SCREENING_RECORD__SCREENER:
				setScreener((String)newValue);
				return;
			case SupervisionPackage.SCREENING_RECORD__PASSED:
				setPassed((Boolean)newValue);
				return;
			case SupervisionPackage.SCREENING_RECORD__FINDINGS:
				setFindings((String)newValue);
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
			case SupervisionPackage.SCREENING_RECORD__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case SupervisionPackage.SCREENING_RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SupervisionPackage.SCREENING_RECORD__SCREENER:
				setScreener(SCREENER_EDEFAULT);
				return;
			case SupervisionPackage.SCREENING_RECORD__PASSED:
				setPassed(PASSED_EDEFAULT);
				return;
			case SupervisionPackage.SCREENING_RECORD__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
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
			case SupervisionPackage.SCREENING_RECORD__HOUSEHOLD:
				return household != null;
			case SupervisionPackage.SCREENING_RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SupervisionPackage.SCREENING_RECORD__SCREENER:
				return SCREENER_EDEFAULT == null ? screener != null : !SCREENER_EDEFAULT.equals(screener);
			case SupervisionPackage.SCREENING_RECORD__PASSED:
				return passed != PASSED_EDEFAULT;
			case SupervisionPackage.SCREENING_RECORD__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", screener: ");
		result.append(screener);
		result.append(", passed: ");
		result.append(passed);
		result.append(", findings: ");
		result.append(findings);
		result.append(')');
		return result.toString();
	}

} //ScreeningRecordImpl
