/**
 */
package xiaokang.publicity.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Village;

import xiaokang.publicity.model.CharityEvent;
import xiaokang.publicity.model.CharityKind;
import xiaokang.publicity.model.PublicityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Charity Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getDonor <em>Donor</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.CharityEventImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CharityEventImpl extends MinimalEObjectImpl.Container implements CharityEvent {
	/**
	 * The default value of the '{@link #getDonor() <em>Donor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDonor()
	 * @generated
	 * @ordered
	 */
	protected static final String DONOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDonor() <em>Donor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDonor()
	 * @generated
	 * @ordered
	 */
	protected String donor = DONOR_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CharityKind KIND_EDEFAULT = CharityKind.SCHOOL_AID;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CharityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected static final int BENEFICIARIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected int beneficiaries = BENEFICIARIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CharityEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.CHARITY_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDonor() {
		return donor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDonor(String newDonor) {
		String oldDonor = donor;
		donor = newDonor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__DONOR, oldDonor, donor));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.CHARITY_EVENT__VILLAGE, oldVillage, village));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__VILLAGE, oldVillage, village));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CharityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CharityKind newKind) {
		CharityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeneficiaries() {
		return beneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiaries(int newBeneficiaries) {
		int oldBeneficiaries = beneficiaries;
		beneficiaries = newBeneficiaries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__BENEFICIARIES, oldBeneficiaries, beneficiaries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__AMOUNT, oldAmount, amount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.CHARITY_EVENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.CHARITY_EVENT__DONOR:
				return getDonor();
			case PublicityPackage.CHARITY_EVENT__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
			case PublicityPackage.CHARITY_EVENT__KIND:
				return getKind();
			case PublicityPackage.CHARITY_EVENT__BENEFICIARIES:
				return getBeneficiaries();
			case PublicityPackage.CHARITY_EVENT__AMOUNT:
				return getAmount();
			case PublicityPackage.CHARITY_EVENT__DATE:
				return getDate();
			case PublicityPackage.CHARITY_EVENT__DESCRIPTION:
				return getDescription();
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
			case PublicityPackage.CHARITY_EVENT__DONOR:
				setDonor((String)newValue);
				return;
			case PublicityPackage.CHARITY_EVENT__VILLAGE:
				setVillage((Village)newValue);
				return;
			case PublicityPackage.CHARITY_EVENT__KIND:
				setKind((CharityKind)newValue);
				return;
			case PublicityPackage.CHARITY_EVENT__BENEFICIARIES:
				setBeneficiaries((Integer)newValue);
				return;
			case PublicityPackage.CHARITY_EVENT__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case PublicityPackage.CHARITY_EVENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case PublicityPackage.CHARITY_EVENT__DESCRIPTION:
				setDescription((String)newValue);
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
			case PublicityPackage.CHARITY_EVENT__DONOR:
				setDonor(DONOR_EDEFAULT);
				return;
			case PublicityPackage.CHARITY_EVENT__VILLAGE:
				setVillage((Village)null);
				return;
			case PublicityPackage.CHARITY_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PublicityPackage.CHARITY_EVENT__BENEFICIARIES:
				setBeneficiaries(BENEFICIARIES_EDEFAULT);
				return;
			case PublicityPackage.CHARITY_EVENT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case PublicityPackage.CHARITY_EVENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PublicityPackage.CHARITY_EVENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case PublicityPackage.CHARITY_EVENT__DONOR:
				return DONOR_EDEFAULT == null ? donor != null : !DONOR_EDEFAULT.equals(donor);
			case PublicityPackage.CHARITY_EVENT__VILLAGE:
				return village != null;
			case PublicityPackage.CHARITY_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case PublicityPackage.CHARITY_EVENT__BENEFICIARIES:
				return beneficiaries != BENEFICIARIES_EDEFAULT;
			case PublicityPackage.CHARITY_EVENT__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case PublicityPackage.CHARITY_EVENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PublicityPackage.CHARITY_EVENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (donor: ");
		result.append(donor);
		result.append(", kind: ");
		result.append(kind);
		result.append(", beneficiaries: ");
		result.append(beneficiaries);
		result.append(", amount: ");
		result.append(amount);
		result.append(", date: ");
		result.append(date);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //CharityEventImpl
