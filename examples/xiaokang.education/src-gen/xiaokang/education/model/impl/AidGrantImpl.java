/**
 */
package xiaokang.education.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.education.model.AidGrant;
import xiaokang.education.model.AidKind;
import xiaokang.education.model.EducationPackage;
import xiaokang.education.model.Enrolment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Aid Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.education.model.impl.AidGrantImpl#getEnrolment <em>Enrolment</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.AidGrantImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.AidGrantImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.AidGrantImpl#getPaid <em>Paid</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.AidGrantImpl#getDonor <em>Donor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AidGrantImpl extends MinimalEObjectImpl.Container implements AidGrant {
	/**
	 * The cached value of the '{@link #getEnrolment() <em>Enrolment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolment()
	 * @generated
	 * @ordered
	 */
	protected Enrolment enrolment;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AidKind KIND_EDEFAULT = AidKind.BOARDING_ALLOWANCE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AidKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getPaid() <em>Paid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaid()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PAID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPaid() <em>Paid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaid()
	 * @generated
	 * @ordered
	 */
	protected LocalDate paid = PAID_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AidGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EducationPackage.Literals.AID_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enrolment getEnrolment() {
		if (enrolment != null && enrolment.eIsProxy()) {
			InternalEObject oldEnrolment = (InternalEObject)enrolment;
			enrolment = (Enrolment)eResolveProxy(oldEnrolment);
			if (enrolment != oldEnrolment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EducationPackage.AID_GRANT__ENROLMENT, oldEnrolment, enrolment));
			}
		}
		return enrolment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enrolment basicGetEnrolment() {
		return enrolment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrolment(Enrolment newEnrolment) {
		Enrolment oldEnrolment = enrolment;
		enrolment = newEnrolment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.AID_GRANT__ENROLMENT, oldEnrolment, enrolment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AidKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AidKind newKind) {
		AidKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.AID_GRANT__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.AID_GRANT__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPaid() {
		return paid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaid(LocalDate newPaid) {
		LocalDate oldPaid = paid;
		paid = newPaid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.AID_GRANT__PAID, oldPaid, paid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.AID_GRANT__DONOR, oldDonor, donor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EducationPackage.AID_GRANT__ENROLMENT:
				if (resolve) return getEnrolment();
				return basicGetEnrolment();
			case EducationPackage.AID_GRANT__KIND:
				return getKind();
			case EducationPackage.AID_GRANT__AMOUNT:
				return getAmount();
			case EducationPackage.AID_GRANT__PAID:
				return getPaid();
			case EducationPackage.AID_GRANT__DONOR:
				return getDonor();
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
			case EducationPackage.AID_GRANT__ENROLMENT:
				setEnrolment((Enrolment)newValue);
				return;
			case EducationPackage.AID_GRANT__KIND:
				setKind((AidKind)newValue);
				return;
			case EducationPackage.AID_GRANT__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case EducationPackage.AID_GRANT__PAID:
				setPaid((LocalDate)newValue);
				return;
			case EducationPackage.AID_GRANT__DONOR:
				setDonor((String)newValue);
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
			case EducationPackage.AID_GRANT__ENROLMENT:
				setEnrolment((Enrolment)null);
				return;
			case EducationPackage.AID_GRANT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EducationPackage.AID_GRANT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case EducationPackage.AID_GRANT__PAID:
				setPaid(PAID_EDEFAULT);
				return;
			case EducationPackage.AID_GRANT__DONOR:
				setDonor(DONOR_EDEFAULT);
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
			case EducationPackage.AID_GRANT__ENROLMENT:
				return enrolment != null;
			case EducationPackage.AID_GRANT__KIND:
				return kind != KIND_EDEFAULT;
			case EducationPackage.AID_GRANT__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case EducationPackage.AID_GRANT__PAID:
				return PAID_EDEFAULT == null ? paid != null : !PAID_EDEFAULT.equals(paid);
			case EducationPackage.AID_GRANT__DONOR:
				return DONOR_EDEFAULT == null ? donor != null : !DONOR_EDEFAULT.equals(donor);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", amount: ");
		result.append(amount);
		result.append(", paid: ");
		result.append(paid);
		result.append(", donor: ");
		result.append(donor);
		result.append(')');
		return result.toString();
	}

} //AidGrantImpl
