/**
 */
package xiaokang.publicity.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Township;

import xiaokang.publicity.model.Commendation;
import xiaokang.publicity.model.CommendationCategory;
import xiaokang.publicity.model.PublicityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commendation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.CommendationImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CommendationImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CommendationImpl#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CommendationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CommendationImpl#getCommendedBy <em>Commended By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommendationImpl extends MinimalEObjectImpl.Container implements Commendation {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final CommendationCategory CATEGORY_EDEFAULT = CommendationCategory.GOT_RICH;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected CommendationCategory category = CATEGORY_EDEFAULT;

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
	 * The cached value of the '{@link #getTownship() <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownship()
	 * @generated
	 * @ordered
	 */
	protected Township township;

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
	 * The default value of the '{@link #getCommendedBy() <em>Commended By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommendedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommendedBy() <em>Commended By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommendedBy()
	 * @generated
	 * @ordered
	 */
	protected String commendedBy = COMMENDED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommendationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.COMMENDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommendationCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(CommendationCategory newCategory) {
		CommendationCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.COMMENDATION__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.COMMENDATION__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.COMMENDATION__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.COMMENDATION__TOWNSHIP, oldTownship, township));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.COMMENDATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommendedBy() {
		return commendedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommendedBy(String newCommendedBy) {
		String oldCommendedBy = commendedBy;
		commendedBy = newCommendedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.COMMENDATION__COMMENDED_BY, oldCommendedBy, commendedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.COMMENDATION__CATEGORY:
				return getCategory();
			case PublicityPackage.COMMENDATION__NAME:
				return getName();
			case PublicityPackage.COMMENDATION__TOWNSHIP:
				if (resolve) return getTownship();
				return basicGetTownship();
			case PublicityPackage.COMMENDATION__DATE:
				return getDate();
			case PublicityPackage.COMMENDATION__COMMENDED_BY:
				return getCommendedBy();
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
			case PublicityPackage.COMMENDATION__CATEGORY:
				setCategory((CommendationCategory)newValue);
				return;
			case PublicityPackage.COMMENDATION__NAME:
				setName((String)newValue);
				return;
			case PublicityPackage.COMMENDATION__TOWNSHIP:
				setTownship((Township)newValue);
				return;
			case PublicityPackage.COMMENDATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case PublicityPackage.COMMENDATION__COMMENDED_BY:
				setCommendedBy((String)newValue);
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
			case PublicityPackage.COMMENDATION__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case PublicityPackage.COMMENDATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PublicityPackage.COMMENDATION__TOWNSHIP:
				setTownship((Township)null);
				return;
			case PublicityPackage.COMMENDATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PublicityPackage.COMMENDATION__COMMENDED_BY:
				setCommendedBy(COMMENDED_BY_EDEFAULT);
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
			case PublicityPackage.COMMENDATION__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case PublicityPackage.COMMENDATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PublicityPackage.COMMENDATION__TOWNSHIP:
				return township != null;
			case PublicityPackage.COMMENDATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PublicityPackage.COMMENDATION__COMMENDED_BY:
				return COMMENDED_BY_EDEFAULT == null ? commendedBy != null : !COMMENDED_BY_EDEFAULT.equals(commendedBy);
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
		result.append(" (category: ");
		result.append(category);
		result.append(", name: ");
		result.append(name);
		result.append(", date: ");
		result.append(date);
		result.append(", commendedBy: ");
		result.append(commendedBy);
		result.append(')');
		return result.toString();
	}

} //CommendationImpl
