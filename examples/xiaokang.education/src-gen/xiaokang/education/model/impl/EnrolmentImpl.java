/**
 */
package xiaokang.education.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import xiaokang.core.model.Person;

import xiaokang.education.model.EducationPackage;
import xiaokang.education.model.Enrolment;
import xiaokang.education.model.EnrolmentStatus;
import xiaokang.education.model.SchoolStage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enrolment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#getPupil <em>Pupil</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#getSchoolYear <em>School Year</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#getSchool <em>School</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#isBoarding <em>Boarding</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.education.model.impl.EnrolmentImpl#getExemptionReason <em>Exemption Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnrolmentImpl extends MinimalEObjectImpl.Container implements Enrolment {
	/**
	 * The cached value of the '{@link #getPupil() <em>Pupil</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPupil()
	 * @generated
	 * @ordered
	 */
	protected Person pupil;

	/**
	 * The default value of the '{@link #getSchoolYear() <em>School Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchoolYear()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHOOL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSchoolYear() <em>School Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchoolYear()
	 * @generated
	 * @ordered
	 */
	protected int schoolYear = SCHOOL_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchool() <em>School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchool()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchool() <em>School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchool()
	 * @generated
	 * @ordered
	 */
	protected String school = SCHOOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final SchoolStage STAGE_EDEFAULT = SchoolStage.PRESCHOOL;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected SchoolStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBoarding() <em>Boarding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBoarding()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BOARDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBoarding() <em>Boarding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBoarding()
	 * @generated
	 * @ordered
	 */
	protected boolean boarding = BOARDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EnrolmentStatus STATUS_EDEFAULT = EnrolmentStatus.ATTENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EnrolmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExemptionReason() <em>Exemption Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExemptionReason()
	 * @generated
	 * @ordered
	 */
	protected static final String EXEMPTION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExemptionReason() <em>Exemption Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExemptionReason()
	 * @generated
	 * @ordered
	 */
	protected String exemptionReason = EXEMPTION_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnrolmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EducationPackage.Literals.ENROLMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPupil() {
		if (pupil != null && pupil.eIsProxy()) {
			InternalEObject oldPupil = (InternalEObject)pupil;
			pupil = (Person)eResolveProxy(oldPupil);
			if (pupil != oldPupil) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EducationPackage.ENROLMENT__PUPIL, oldPupil, pupil));
			}
		}
		return pupil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPupil() {
		return pupil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPupil(Person newPupil) {
		Person oldPupil = pupil;
		pupil = newPupil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__PUPIL, oldPupil, pupil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchoolYear() {
		return schoolYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchoolYear(int newSchoolYear) {
		int oldSchoolYear = schoolYear;
		schoolYear = newSchoolYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__SCHOOL_YEAR, oldSchoolYear, schoolYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchool() {
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchool(String newSchool) {
		String oldSchool = school;
		school = newSchool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__SCHOOL, oldSchool, school));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(SchoolStage newStage) {
		SchoolStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBoarding() {
		return boarding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoarding(boolean newBoarding) {
		boolean oldBoarding = boarding;
		boarding = newBoarding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__BOARDING, oldBoarding, boarding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnrolmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EnrolmentStatus newStatus) {
		EnrolmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExemptionReason() {
		return exemptionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExemptionReason(String newExemptionReason) {
		String oldExemptionReason = exemptionReason;
		exemptionReason = newExemptionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EducationPackage.ENROLMENT__EXEMPTION_REASON, oldExemptionReason, exemptionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EducationPackage.ENROLMENT__PUPIL:
				if (resolve) return getPupil();
				return basicGetPupil();
			case EducationPackage.ENROLMENT__SCHOOL_YEAR:
				return getSchoolYear();
			case EducationPackage.ENROLMENT__SCHOOL:
				return getSchool();
			case EducationPackage.ENROLMENT__STAGE:
				return getStage();
			case EducationPackage.ENROLMENT__BOARDING:
				return isBoarding();
			case EducationPackage.ENROLMENT__STATUS:
				return getStatus();
			case EducationPackage.ENROLMENT__EXEMPTION_REASON:
				return getExemptionReason();
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
			case EducationPackage.ENROLMENT__PUPIL:
				setPupil((Person)newValue);
				return;
			case EducationPackage.ENROLMENT__SCHOOL_YEAR:
				setSchoolYear((Integer)newValue);
				return;
			case EducationPackage.ENROLMENT__SCHOOL:
				setSchool((String)newValue);
				return;
			case EducationPackage.ENROLMENT__STAGE:
				setStage((SchoolStage)newValue);
				return;
			case EducationPackage.ENROLMENT__BOARDING:
				setBoarding((Boolean)newValue);
				return;
			case EducationPackage.ENROLMENT__STATUS:
				setStatus((EnrolmentStatus)newValue);
				return;
			case EducationPackage.ENROLMENT__EXEMPTION_REASON:
				setExemptionReason((String)newValue);
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
			case EducationPackage.ENROLMENT__PUPIL:
				setPupil((Person)null);
				return;
			case EducationPackage.ENROLMENT__SCHOOL_YEAR:
				setSchoolYear(SCHOOL_YEAR_EDEFAULT);
				return;
			case EducationPackage.ENROLMENT__SCHOOL:
				setSchool(SCHOOL_EDEFAULT);
				return;
			case EducationPackage.ENROLMENT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case EducationPackage.ENROLMENT__BOARDING:
				setBoarding(BOARDING_EDEFAULT);
				return;
			case EducationPackage.ENROLMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EducationPackage.ENROLMENT__EXEMPTION_REASON:
				setExemptionReason(EXEMPTION_REASON_EDEFAULT);
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
			case EducationPackage.ENROLMENT__PUPIL:
				return pupil != null;
			case EducationPackage.ENROLMENT__SCHOOL_YEAR:
				return schoolYear != SCHOOL_YEAR_EDEFAULT;
			case EducationPackage.ENROLMENT__SCHOOL:
				return SCHOOL_EDEFAULT == null ? school != null : !SCHOOL_EDEFAULT.equals(school);
			case EducationPackage.ENROLMENT__STAGE:
				return stage != STAGE_EDEFAULT;
			case EducationPackage.ENROLMENT__BOARDING:
				return boarding != BOARDING_EDEFAULT;
			case EducationPackage.ENROLMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case EducationPackage.ENROLMENT__EXEMPTION_REASON:
				return EXEMPTION_REASON_EDEFAULT == null ? exemptionReason != null : !EXEMPTION_REASON_EDEFAULT.equals(exemptionReason);
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
		result.append(" (schoolYear: ");
		result.append(schoolYear);
		result.append(", school: ");
		result.append(school);
		result.append(", stage: ");
		result.append(stage);
		result.append(", boarding: ");
		result.append(boarding);
		result.append(", status: ");
		result.append(status);
		result.append(", exemptionReason: ");
		result.append(exemptionReason);
		result.append(')');
		return result.toString();
	}

} //EnrolmentImpl
