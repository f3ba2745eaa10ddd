/**
 */
package xiaokang.core.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Education;
import xiaokang.core.model.Gender;
import xiaokang.core.model.Health;
import xiaokang.core.model.Household;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getRelation <em>Relation</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getEthnicity <em>Ethnicity</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getEducation <em>Education</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#isInSchool <em>In School</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#isSchoolExempt <em>School Exempt</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getHealth <em>Health</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getDisabilityGrade <em>Disability Grade</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#getLabourAbility <em>Labour Ability</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#isMedicalInsurance <em>Medical Insurance</em>}</li>
 *   <li>{@link xiaokang.core.model.impl.PersonImpl#isPensionInsurance <em>Pension Insurance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends MinimalEObjectImpl.Container implements Person {
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
	 * The default value of the '{@link #getIdNumber() <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdNumber() <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdNumber()
	 * @generated
	 * @ordered
	 */
	protected String idNumber = ID_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.MALE;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected static final Relation RELATION_EDEFAULT = Relation.HEAD;

	/**
	 * The cached value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected Relation relation = RELATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEthnicity() <em>Ethnicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEthnicity()
	 * @generated
	 * @ordered
	 */
	protected static final String ETHNICITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEthnicity() <em>Ethnicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEthnicity()
	 * @generated
	 * @ordered
	 */
	protected String ethnicity = ETHNICITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected static final Education EDUCATION_EDEFAULT = Education.NONE;

	/**
	 * The cached value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected Education education = EDUCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isInSchool() <em>In School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInSchool()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IN_SCHOOL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInSchool() <em>In School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInSchool()
	 * @generated
	 * @ordered
	 */
	protected boolean inSchool = IN_SCHOOL_EDEFAULT;

	/**
	 * The default value of the '{@link #isSchoolExempt() <em>School Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSchoolExempt()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SCHOOL_EXEMPT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSchoolExempt() <em>School Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSchoolExempt()
	 * @generated
	 * @ordered
	 */
	protected boolean schoolExempt = SCHOOL_EXEMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHealth() <em>Health</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealth()
	 * @generated
	 * @ordered
	 */
	protected static final Health HEALTH_EDEFAULT = Health.HEALTHY;

	/**
	 * The cached value of the '{@link #getHealth() <em>Health</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealth()
	 * @generated
	 * @ordered
	 */
	protected Health health = HEALTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisabilityGrade() <em>Disability Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabilityGrade()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DISABILITY_GRADE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisabilityGrade() <em>Disability Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabilityGrade()
	 * @generated
	 * @ordered
	 */
	protected Integer disabilityGrade = DISABILITY_GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabourAbility() <em>Labour Ability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabourAbility()
	 * @generated
	 * @ordered
	 */
	protected static final LabourAbility LABOUR_ABILITY_EDEFAULT = LabourAbility.FULL;

	/**
	 * The cached value of the '{@link #getLabourAbility() <em>Labour Ability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabourAbility()
	 * @generated
	 * @ordered
	 */
	protected LabourAbility labourAbility = LABOUR_ABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isMedicalInsurance() <em>Medical Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMedicalInsurance()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEDICAL_INSURANCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMedicalInsurance() <em>Medical Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMedicalInsurance()
	 * @generated
	 * @ordered
	 */
	protected boolean medicalInsurance = MEDICAL_INSURANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPensionInsurance() <em>Pension Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPensionInsurance()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PENSION_INSURANCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPensionInsurance() <em>Pension Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPensionInsurance()
	 * @generated
	 * @ordered
	 */
	protected boolean pensionInsurance = PENSION_INSURANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household getHousehold() {
		if (eContainerFeatureID() != CorePackage.PERSON__HOUSEHOLD) return null;
		return (Household)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHousehold(Household newHousehold, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHousehold, CorePackage.PERSON__HOUSEHOLD, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHousehold(Household newHousehold) {
		if (newHousehold != eInternalContainer() || (eContainerFeatureID() != CorePackage.PERSON__HOUSEHOLD && newHousehold != null)) {
			if (EcoreUtil.isAncestor(this, newHousehold))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHousehold != null)
				msgs = ((InternalEObject)newHousehold).eInverseAdd(this, CorePackage.HOUSEHOLD__MEMBERS, Household.class, msgs);
			msgs = basicSetHousehold(newHousehold, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__HOUSEHOLD, newHousehold, newHousehold));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdNumber() {
		return idNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdNumber(String newIdNumber) {
		String oldIdNumber = idNumber;
		idNumber = newIdNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__ID_NUMBER, oldIdNumber, idNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender() {
		return xiaokang.core.IdNumbers.gender(getIdNumber());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return xiaokang.core.IdNumbers.birthDate(getIdNumber());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relation getRelation() {
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelation(Relation newRelation) {
		Relation oldRelation = relation;
		relation = newRelation == null ? RELATION_EDEFAULT : newRelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__RELATION, oldRelation, relation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEthnicity() {
		return ethnicity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEthnicity(String newEthnicity) {
		String oldEthnicity = ethnicity;
		ethnicity = newEthnicity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__ETHNICITY, oldEthnicity, ethnicity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Education getEducation() {
		return education;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEducation(Education newEducation) {
		Education oldEducation = education;
		education = newEducation == null ? EDUCATION_EDEFAULT : newEducation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__EDUCATION, oldEducation, education));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInSchool() {
		return inSchool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInSchool(boolean newInSchool) {
		boolean oldInSchool = inSchool;
		inSchool = newInSchool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__IN_SCHOOL, oldInSchool, inSchool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSchoolExempt() {
		return schoolExempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchoolExempt(boolean newSchoolExempt) {
		boolean oldSchoolExempt = schoolExempt;
		schoolExempt = newSchoolExempt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__SCHOOL_EXEMPT, oldSchoolExempt, schoolExempt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Health getHealth() {
		return health;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealth(Health newHealth) {
		Health oldHealth = health;
		health = newHealth == null ? HEALTH_EDEFAULT : newHealth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__HEALTH, oldHealth, health));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDisabilityGrade() {
		return disabilityGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisabilityGrade(Integer newDisabilityGrade) {
		Integer oldDisabilityGrade = disabilityGrade;
		disabilityGrade = newDisabilityGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__DISABILITY_GRADE, oldDisabilityGrade, disabilityGrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabourAbility getLabourAbility() {
		return labourAbility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabourAbility(LabourAbility newLabourAbility) {
		LabourAbility oldLabourAbility = labourAbility;
		labourAbility = newLabourAbility == null ? LABOUR_ABILITY_EDEFAULT : newLabourAbility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__LABOUR_ABILITY, oldLabourAbility, labourAbility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMedicalInsurance() {
		return medicalInsurance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedicalInsurance(boolean newMedicalInsurance) {
		boolean oldMedicalInsurance = medicalInsurance;
		medicalInsurance = newMedicalInsurance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__MEDICAL_INSURANCE, oldMedicalInsurance, medicalInsurance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPensionInsurance() {
		return pensionInsurance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPensionInsurance(boolean newPensionInsurance) {
		boolean oldPensionInsurance = pensionInsurance;
		pensionInsurance = newPensionInsurance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PERSON__PENSION_INSURANCE, oldPensionInsurance, pensionInsurance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.PERSON__HOUSEHOLD:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHousehold((Household)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.PERSON__HOUSEHOLD:
				return basicSetHousehold(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CorePackage.PERSON__HOUSEHOLD:
				return eInternalContainer().eInverseRemove(this, CorePackage.HOUSEHOLD__MEMBERS, Household.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.PERSON__HOUSEHOLD:
				return getHousehold();
			case CorePackage.PERSON__NAME:
				return getName();
			case CorePackage.PERSON__ID_NUMBER:
				return getIdNumber();
			case CorePackage.PERSON__GENDER:
				return getGender();
			case CorePackage.PERSON__BIRTH_DATE:
				return getBirthDate();
			case CorePackage.PERSON__RELATION:
				return getRelation();
			case CorePackage.PERSON__ETHNICITY:
				return getEthnicity();
			case CorePackage.PERSON__EDUCATION:
				return getEducation();
			case CorePackage.PERSON__IN_SCHOOL:
				return isInSchool();
			case CorePackage.PERSON__SCHOOL_EXEMPT:
				return isSchoolExempt();
			case CorePackage.PERSON__HEALTH:
				return getHealth();
			case CorePackage.PERSON__DISABILITY_GRADE:
				return getDisabilityGrade();
			case CorePackage.PERSON__LABOUR_ABILITY:
				return getLabourAbility();
			case CorePackage.PERSON__MEDICAL_INSURANCE:
				return isMedicalInsurance();
			case CorePackage.PERSON__PENSION_INSURANCE:
				return isPensionInsurance();
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
			case CorePackage.PERSON__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case CorePackage.PERSON__NAME:
				setName((String)newValue);
				return;
			case CorePackage.PERSON__ID_NUMBER:
				setIdNumber((String)newValue);
				return;
			case CorePackage.PERSON__RELATION:
				setRelation((Relation)newValue);
				return;
			case CorePackage.PERSON__ETHNICITY:
				setEthnicity((String)newValue);
				return;
			case CorePackage.PERSON__EDUCATION:
				setEducation((Education)newValue);
				return;
			case CorePackage.PERSON__IN_SCHOOL:
				setInSchool((Boolean)newValue);
				return;
			case CorePackage.PERSON__SCHOOL_EXEMPT:
				setSchoolExempt((Boolean)newValue);
				return;
			case CorePackage.PERSON__HEALTH:
				setHealth((Health)newValue);
				return;
			case CorePackage.PERSON__DISABILITY_GRADE:
				setDisabilityGrade((Integer)newValue);
				return;
			case CorePackage.PERSON__LABOUR_ABILITY:
				setLabourAbility((LabourAbility)newValue);
				return;
			case CorePackage.PERSON__MEDICAL_INSURANCE:
				setMedicalInsurance((Boolean)newValue);
				return;
			case CorePackage.PERSON__PENSION_INSURANCE:
				setPensionInsurance((Boolean)newValue);
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
			case CorePackage.PERSON__HOUSEHOLD:
				setHousehold((Household)null);
				return;
			case CorePackage.PERSON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorePackage.PERSON__ID_NUMBER:
				setIdNumber(ID_NUMBER_EDEFAULT);
				return;
			case CorePackage.PERSON__RELATION:
				setRelation(RELATION_EDEFAULT);
				return;
			case CorePackage.PERSON__ETHNICITY:
				setEthnicity(ETHNICITY_EDEFAULT);
				return;
			case CorePackage.PERSON__EDUCATION:
				setEducation(EDUCATION_EDEFAULT);
				return;
			case CorePackage.PERSON__IN_SCHOOL:
				setInSchool(IN_SCHOOL_EDEFAULT);
				return;
			case CorePackage.PERSON__SCHOOL_EXEMPT:
				setSchoolExempt(SCHOOL_EXEMPT_EDEFAULT);
				return;
			case CorePackage.PERSON__HEALTH:
				setHealth(HEALTH_EDEFAULT);
				return;
			case CorePackage.PERSON__DISABILITY_GRADE:
				setDisabilityGrade(DISABILITY_GRADE_EDEFAULT);
				return;
			case CorePackage.PERSON__LABOUR_ABILITY:
				setLabourAbility(LABOUR_ABILITY_EDEFAULT);
				return;
			case CorePackage.PERSON__MEDICAL_INSURANCE:
				setMedicalInsurance(MEDICAL_INSURANCE_EDEFAULT);
				return;
			case CorePackage.PERSON__PENSION_INSURANCE:
				setPensionInsurance(PENSION_INSURANCE_EDEFAULT);
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
			case CorePackage.PERSON__HOUSEHOLD:
				return getHousehold() != null;
			case CorePackage.PERSON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorePackage.PERSON__ID_NUMBER:
				return ID_NUMBER_EDEFAULT == null ? idNumber != null : !ID_NUMBER_EDEFAULT.equals(idNumber);
			case CorePackage.PERSON__GENDER:
				return getGender() != GENDER_EDEFAULT;
			case CorePackage.PERSON__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? getBirthDate() != null : !BIRTH_DATE_EDEFAULT.equals(getBirthDate());
			case CorePackage.PERSON__RELATION:
				return relation != RELATION_EDEFAULT;
			case CorePackage.PERSON__ETHNICITY:
				return ETHNICITY_EDEFAULT == null ? ethnicity != null : !ETHNICITY_EDEFAULT.equals(ethnicity);
			case CorePackage.PERSON__EDUCATION:
				return education != EDUCATION_EDEFAULT;
			case CorePackage.PERSON__IN_SCHOOL:
				return inSchool != IN_SCHOOL_EDEFAULT;
			case CorePackage.PERSON__SCHOOL_EXEMPT:
				return schoolExempt != SCHOOL_EXEMPT_EDEFAULT;
			case CorePackage.PERSON__HEALTH:
				return health != HEALTH_EDEFAULT;
			case CorePackage.PERSON__DISABILITY_GRADE:
				return DISABILITY_GRADE_EDEFAULT == null ? disabilityGrade != null : !DISABILITY_GRADE_EDEFAULT.equals(disabilityGrade);
			case CorePackage.PERSON__LABOUR_ABILITY:
				return labourAbility != LABOUR_ABILITY_EDEFAULT;
			case CorePackage.PERSON__MEDICAL_INSURANCE:
				return medicalInsurance != MEDICAL_INSURANCE_EDEFAULT;
			case CorePackage.PERSON__PENSION_INSURANCE:
				return pensionInsurance != PENSION_INSURANCE_EDEFAULT;
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
		result.append(", idNumber: ");
		result.append(idNumber);
		result.append(", relation: ");
		result.append(relation);
		result.append(", ethnicity: ");
		result.append(ethnicity);
		result.append(", education: ");
		result.append(education);
		result.append(", inSchool: ");
		result.append(inSchool);
		result.append(", schoolExempt: ");
		result.append(schoolExempt);
		result.append(", health: ");
		result.append(health);
		result.append(", disabilityGrade: ");
		result.append(disabilityGrade);
		result.append(", labourAbility: ");
		result.append(labourAbility);
		result.append(", medicalInsurance: ");
		result.append(medicalInsurance);
		result.append(", pensionInsurance: ");
		result.append(pensionInsurance);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
