/**
 */
package xiaokang.core.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.CorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annual Income</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.AnnualIncomeImpl#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.AnnualIncomeImpl#getPerCapitaNetIncome <em>Per Capita Net Income</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnualIncomeImpl extends MinimalEObjectImpl.Container implements AnnualIncome {
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
	 * The default value of the '{@link #getPerCapitaNetIncome() <em>Per Capita Net Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerCapitaNetIncome()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PER_CAPITA_NET_INCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerCapitaNetIncome() <em>Per Capita Net Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerCapitaNetIncome()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal perCapitaNetIncome = PER_CAPITA_NET_INCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnualIncomeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.ANNUAL_INCOME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.ANNUAL_INCOME__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPerCapitaNetIncome() {
		return perCapitaNetIncome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerCapitaNetIncome(BigDecimal newPerCapitaNetIncome) {
		BigDecimal oldPerCapitaNetIncome = perCapitaNetIncome;
		perCapitaNetIncome = newPerCapitaNetIncome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.ANNUAL_INCOME__PER_CAPITA_NET_INCOME, oldPerCapitaNetIncome, perCapitaNetIncome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.ANNUAL_INCOME__YEAR:
				return getYear();
			case CorePackage.ANNUAL_INCOME__PER_CAPITA_NET_INCOME:
				return getPerCapitaNetIncome();
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
			case CorePackage.ANNUAL_INCOME__YEAR:
				setYear((Integer)newValue);
				return;
			case CorePackage.ANNUAL_INCOME__PER_CAPITA_NET_INCOME:
				setPerCapitaNetIncome((BigDecimal)newValue);
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
			case CorePackage.ANNUAL_INCOME__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case CorePackage.ANNUAL_INCOME__PER_CAPITA_NET_INCOME:
				setPerCapitaNetIncome(PER_CAPITA_NET_INCOME_EDEFAULT);
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
			case CorePackage.ANNUAL_INCOME__YEAR:
				return year != YEAR_EDEFAULT;
			case CorePackage.ANNUAL_INCOME__PER_CAPITA_NET_INCOME:
				return PER_CAPITA_NET_INCOME_EDEFAULT == null ? perCapitaNetIncome != null : !PER_CAPITA_NET_INCOME_EDEFAULT.equals(perCapitaNetIncome);
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
		result.append(", perCapitaNetIncome: ");
		result.append(perCapitaNetIncome);
		result.append(')');
		return result.toString();
	}

} //AnnualIncomeImpl
