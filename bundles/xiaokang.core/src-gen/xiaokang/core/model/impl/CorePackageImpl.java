/**
 */
package xiaokang.core.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.AssistanceMeasure;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.City;
import xiaokang.core.model.CityLeader;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Education;
import xiaokang.core.model.Gender;
import xiaokang.core.model.Health;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;
import xiaokang.core.model.VillageGroup;
import xiaokang.core.model.WorkTeam;
import xiaokang.core.model.WorkUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CorePackageImpl extends EPackageImpl implements CorePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass townshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass villageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass villageGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass householdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annualIncomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checkResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assistanceMeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cityLeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cadreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workTeamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum townshipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum householdStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum povertyCauseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum genderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum educationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum healthEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum labourAbilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see xiaokang.core.model.CorePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CorePackageImpl() {
		super(eNS_URI, CoreFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CorePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CorePackage init() {
		if (isInited) return (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCorePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CorePackageImpl theCorePackage = registeredCorePackage instanceof CorePackageImpl ? (CorePackageImpl)registeredCorePackage : new CorePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCorePackage.createPackageContents();

		// Initialize created meta-data
		theCorePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCorePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CorePackage.eNS_URI, theCorePackage);
		return theCorePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCity() {
		return cityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCity_Code() {
		return (EAttribute)cityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCity_Name() {
		return (EAttribute)cityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCity_Townships() {
		return (EReference)cityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCity_Leaders() {
		return (EReference)cityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCity_WorkUnits() {
		return (EReference)cityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTownship() {
		return townshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTownship_City() {
		return (EReference)townshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTownship_Code() {
		return (EAttribute)townshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTownship_Name() {
		return (EAttribute)townshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTownship_Kind() {
		return (EAttribute)townshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTownship_Leader() {
		return (EReference)townshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTownship_Villages() {
		return (EReference)townshipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVillage() {
		return villageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVillage_Township() {
		return (EReference)villageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVillage_Code() {
		return (EAttribute)villageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVillage_Name() {
		return (EAttribute)villageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVillage_Poor() {
		return (EAttribute)villageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVillage_YearExited() {
		return (EAttribute)villageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVillage_SupportUnit() {
		return (EReference)villageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVillage_WorkTeam() {
		return (EReference)villageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVillage_Groups() {
		return (EReference)villageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVillage_Households() {
		return (EReference)villageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVillageGroup() {
		return villageGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVillageGroup_Number() {
		return (EAttribute)villageGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVillageGroup_Name() {
		return (EAttribute)villageGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHousehold() {
		return householdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Village() {
		return (EReference)householdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Number() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Address() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_VillageGroup() {
		return (EReference)householdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Phone() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Status() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Registered() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_YearRegistered() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_YearLifted() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Causes() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Cadre() {
		return (EReference)householdEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Members() {
		return (EReference)householdEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Incomes() {
		return (EReference)householdEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Assessments() {
		return (EReference)householdEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Assistance() {
		return (EReference)householdEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnualIncome() {
		return annualIncomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnualIncome_Year() {
		return (EAttribute)annualIncomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnualIncome_PerCapitaNetIncome() {
		return (EAttribute)annualIncomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Household() {
		return (EReference)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_IdNumber() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Gender() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_BirthDate() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Relation() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Ethnicity() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Education() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_InSchool() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_SchoolExempt() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Health() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_DisabilityGrade() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_LabourAbility() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_MedicalInsurance() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_PensionInsurance() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Date() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Assessor() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Results() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCheckResult() {
		return checkResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckResult_Check() {
		return (EAttribute)checkResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckResult_Passed() {
		return (EAttribute)checkResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckResult_Note() {
		return (EAttribute)checkResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssistanceMeasure() {
		return assistanceMeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssistanceMeasure_Kind() {
		return (EAttribute)assistanceMeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssistanceMeasure_Date() {
		return (EAttribute)assistanceMeasureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssistanceMeasure_Amount() {
		return (EAttribute)assistanceMeasureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssistanceMeasure_Note() {
		return (EAttribute)assistanceMeasureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCityLeader() {
		return cityLeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCityLeader_Name() {
		return (EAttribute)cityLeaderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCityLeader_Title() {
		return (EAttribute)cityLeaderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkUnit() {
		return workUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkUnit_Name() {
		return (EAttribute)workUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkUnit_Cadres() {
		return (EReference)workUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCadre() {
		return cadreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCadre_Unit() {
		return (EReference)cadreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCadre_Name() {
		return (EAttribute)cadreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCadre_Phone() {
		return (EAttribute)cadreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkTeam() {
		return workTeamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkTeam_LeaderName() {
		return (EAttribute)workTeamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkTeam_Size() {
		return (EAttribute)workTeamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkTeam_Unit() {
		return (EReference)workTeamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTownshipKind() {
		return townshipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHouseholdStatus() {
		return householdStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPovertyCause() {
		return povertyCauseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGender() {
		return genderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelation() {
		return relationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEducation() {
		return educationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHealth() {
		return healthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLabourAbility() {
		return labourAbilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCheck() {
		return checkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoreFactory getCoreFactory() {
		return (CoreFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		cityEClass = createEClass(CITY);
		createEAttribute(cityEClass, CITY__CODE);
		createEAttribute(cityEClass, CITY__NAME);
		createEReference(cityEClass, CITY__TOWNSHIPS);
		createEReference(cityEClass, CITY__LEADERS);
		createEReference(cityEClass, CITY__WORK_UNITS);

		townshipEClass = createEClass(TOWNSHIP);
		createEReference(townshipEClass, TOWNSHIP__CITY);
		createEAttribute(townshipEClass, TOWNSHIP__CODE);
		createEAttribute(townshipEClass, TOWNSHIP__NAME);
		createEAttribute(townshipEClass, TOWNSHIP__KIND);
		createEReference(townshipEClass, TOWNSHIP__LEADER);
		createEReference(townshipEClass, TOWNSHIP__VILLAGES);

		villageEClass = createEClass(VILLAGE);
		createEReference(villageEClass, VILLAGE__TOWNSHIP);
		createEAttribute(villageEClass, VILLAGE__CODE);
		createEAttribute(villageEClass, VILLAGE__NAME);
		createEAttribute(villageEClass, VILLAGE__POOR);
		createEAttribute(villageEClass, VILLAGE__YEAR_EXITED);
		createEReference(villageEClass, VILLAGE__SUPPORT_UNIT);
		createEReference(villageEClass, VILLAGE__WORK_TEAM);
		createEReference(villageEClass, VILLAGE__GROUPS);
		createEReference(villageEClass, VILLAGE__HOUSEHOLDS);

		villageGroupEClass = createEClass(VILLAGE_GROUP);
		createEAttribute(villageGroupEClass, VILLAGE_GROUP__NUMBER);
		createEAttribute(villageGroupEClass, VILLAGE_GROUP__NAME);

		householdEClass = createEClass(HOUSEHOLD);
		createEReference(householdEClass, HOUSEHOLD__VILLAGE);
		createEAttribute(householdEClass, HOUSEHOLD__NUMBER);
		createEAttribute(householdEClass, HOUSEHOLD__ADDRESS);
		createEReference(householdEClass, HOUSEHOLD__VILLAGE_GROUP);
		createEAttribute(householdEClass, HOUSEHOLD__PHONE);
		createEAttribute(householdEClass, HOUSEHOLD__STATUS);
		createEAttribute(householdEClass, HOUSEHOLD__REGISTERED);
		createEAttribute(householdEClass, HOUSEHOLD__YEAR_REGISTERED);
		createEAttribute(householdEClass, HOUSEHOLD__YEAR_LIFTED);
		createEAttribute(householdEClass, HOUSEHOLD__CAUSES);
		createEReference(householdEClass, HOUSEHOLD__CADRE);
		createEReference(householdEClass, HOUSEHOLD__MEMBERS);
		createEReference(householdEClass, HOUSEHOLD__INCOMES);
		createEReference(householdEClass, HOUSEHOLD__ASSESSMENTS);
		createEReference(householdEClass, HOUSEHOLD__ASSISTANCE);

		annualIncomeEClass = createEClass(ANNUAL_INCOME);
		createEAttribute(annualIncomeEClass, ANNUAL_INCOME__YEAR);
		createEAttribute(annualIncomeEClass, ANNUAL_INCOME__PER_CAPITA_NET_INCOME);

		personEClass = createEClass(PERSON);
		createEReference(personEClass, PERSON__HOUSEHOLD);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__ID_NUMBER);
		createEAttribute(personEClass, PERSON__GENDER);
		createEAttribute(personEClass, PERSON__BIRTH_DATE);
		createEAttribute(personEClass, PERSON__RELATION);
		createEAttribute(personEClass, PERSON__ETHNICITY);
		createEAttribute(personEClass, PERSON__EDUCATION);
		createEAttribute(personEClass, PERSON__IN_SCHOOL);
		createEAttribute(personEClass, PERSON__SCHOOL_EXEMPT);
		createEAttribute(personEClass, PERSON__HEALTH);
		createEAttribute(personEClass, PERSON__DISABILITY_GRADE);
		createEAttribute(personEClass, PERSON__LABOUR_ABILITY);
		createEAttribute(personEClass, PERSON__MEDICAL_INSURANCE);
		createEAttribute(personEClass, PERSON__PENSION_INSURANCE);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__DATE);
		createEAttribute(assessmentEClass, ASSESSMENT__ASSESSOR);
		createEReference(assessmentEClass, ASSESSMENT__RESULTS);

		checkResultEClass = createEClass(CHECK_RESULT);
		createEAttribute(checkResultEClass, CHECK_RESULT__CHECK);
		createEAttribute(checkResultEClass, CHECK_RESULT__PASSED);
		createEAttribute(checkResultEClass, CHECK_RESULT__NOTE);

		assistanceMeasureEClass = createEClass(ASSISTANCE_MEASURE);
		createEAttribute(assistanceMeasureEClass, ASSISTANCE_MEASURE__KIND);
		createEAttribute(assistanceMeasureEClass, ASSISTANCE_MEASURE__DATE);
		createEAttribute(assistanceMeasureEClass, ASSISTANCE_MEASURE__AMOUNT);
		createEAttribute(assistanceMeasureEClass, ASSISTANCE_MEASURE__NOTE);

		cityLeaderEClass = createEClass(CITY_LEADER);
		createEAttribute(cityLeaderEClass, CITY_LEADER__NAME);
		createEAttribute(cityLeaderEClass, CITY_LEADER__TITLE);

		workUnitEClass = createEClass(WORK_UNIT);
		createEAttribute(workUnitEClass, WORK_UNIT__NAME);
		createEReference(workUnitEClass, WORK_UNIT__CADRES);

		cadreEClass = createEClass(CADRE);
		createEReference(cadreEClass, CADRE__UNIT);
		createEAttribute(cadreEClass, CADRE__NAME);
		createEAttribute(cadreEClass, CADRE__PHONE);

		workTeamEClass = createEClass(WORK_TEAM);
		createEAttribute(workTeamEClass, WORK_TEAM__LEADER_NAME);
		createEAttribute(workTeamEClass, WORK_TEAM__SIZE);
		createEReference(workTeamEClass, WORK_TEAM__UNIT);

		// Create enums
		townshipKindEEnum = createEEnum(TOWNSHIP_KIND);
		householdStatusEEnum = createEEnum(HOUSEHOLD_STATUS);
		povertyCauseEEnum = createEEnum(POVERTY_CAUSE);
		genderEEnum = createEEnum(GENDER);
		relationEEnum = createEEnum(RELATION);
		educationEEnum = createEEnum(EDUCATION);
		healthEEnum = createEEnum(HEALTH);
		labourAbilityEEnum = createEEnum(LABOUR_ABILITY);
		checkEEnum = createEEnum(CHECK);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(cityEClass, City.class, "City", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCity_Code(), ecorePackage.getEString(), "code", null, 1, 1, City.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCity_Name(), ecorePackage.getEString(), "name", null, 1, 1, City.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCity_Townships(), this.getTownship(), this.getTownship_City(), "townships", null, 0, -1, City.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCity_Leaders(), this.getCityLeader(), null, "leaders", null, 0, -1, City.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCity_WorkUnits(), this.getWorkUnit(), null, "workUnits", null, 0, -1, City.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(townshipEClass, Township.class, "Township", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTownship_City(), this.getCity(), this.getCity_Townships(), "city", null, 0, 1, Township.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTownship_Code(), ecorePackage.getEString(), "code", null, 1, 1, Township.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTownship_Name(), ecorePackage.getEString(), "name", null, 1, 1, Township.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTownship_Kind(), this.getTownshipKind(), "kind", null, 1, 1, Township.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTownship_Leader(), this.getCityLeader(), null, "leader", null, 0, 1, Township.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTownship_Villages(), this.getVillage(), this.getVillage_Township(), "villages", null, 0, -1, Township.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(villageEClass, Village.class, "Village", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVillage_Township(), this.getTownship(), this.getTownship_Villages(), "township", null, 0, 1, Village.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVillage_Code(), ecorePackage.getEString(), "code", null, 1, 1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVillage_Name(), ecorePackage.getEString(), "name", null, 1, 1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVillage_Poor(), ecorePackage.getEBoolean(), "poor", null, 0, 1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVillage_YearExited(), ecorePackage.getEIntegerObject(), "yearExited", null, 0, 1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVillage_SupportUnit(), this.getWorkUnit(), null, "supportUnit", null, 0, 1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVillage_WorkTeam(), this.getWorkTeam(), null, "workTeam", null, 0, 1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVillage_Groups(), this.getVillageGroup(), null, "groups", null, 0, -1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVillage_Households(), this.getHousehold(), this.getHousehold_Village(), "households", null, 0, -1, Village.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(villageGroupEClass, VillageGroup.class, "VillageGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVillageGroup_Number(), ecorePackage.getEInt(), "number", null, 1, 1, VillageGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVillageGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, VillageGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(householdEClass, Household.class, "Household", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHousehold_Village(), this.getVillage(), this.getVillage_Households(), "village", null, 0, 1, Household.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Number(), ecorePackage.getEString(), "number", null, 1, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Address(), ecorePackage.getEString(), "address", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_VillageGroup(), this.getVillageGroup(), null, "villageGroup", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Status(), this.getHouseholdStatus(), "status", null, 1, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Registered(), ecorePackage.getEBoolean(), "registered", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_YearRegistered(), ecorePackage.getEIntegerObject(), "yearRegistered", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_YearLifted(), ecorePackage.getEIntegerObject(), "yearLifted", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Causes(), this.getPovertyCause(), "causes", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Cadre(), this.getCadre(), null, "cadre", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Members(), this.getPerson(), this.getPerson_Household(), "members", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Incomes(), this.getAnnualIncome(), null, "incomes", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Assistance(), this.getAssistanceMeasure(), null, "assistance", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annualIncomeEClass, AnnualIncome.class, "AnnualIncome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnualIncome_Year(), ecorePackage.getEInt(), "year", null, 1, 1, AnnualIncome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnualIncome_PerCapitaNetIncome(), ecorePackage.getEBigDecimal(), "perCapitaNetIncome", null, 1, 1, AnnualIncome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPerson_Household(), this.getHousehold(), this.getHousehold_Members(), "household", null, 0, 1, Person.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 1, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_IdNumber(), ecorePackage.getEString(), "idNumber", null, 1, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Gender(), this.getGender(), "gender", null, 0, 1, Person.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_BirthDate(), this.getLocalDate(), "birthDate", null, 0, 1, Person.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Relation(), this.getRelation(), "relation", null, 1, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Ethnicity(), ecorePackage.getEString(), "ethnicity", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Education(), this.getEducation(), "education", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_InSchool(), ecorePackage.getEBoolean(), "inSchool", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_SchoolExempt(), ecorePackage.getEBoolean(), "schoolExempt", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Health(), this.getHealth(), "health", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_DisabilityGrade(), ecorePackage.getEIntegerObject(), "disabilityGrade", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_LabourAbility(), this.getLabourAbility(), "labourAbility", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_MedicalInsurance(), ecorePackage.getEBoolean(), "medicalInsurance", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_PensionInsurance(), ecorePackage.getEBoolean(), "pensionInsurance", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_Date(), this.getLocalDate(), "date", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Assessor(), ecorePackage.getEString(), "assessor", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Results(), this.getCheckResult(), null, "results", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checkResultEClass, CheckResult.class, "CheckResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCheckResult_Check(), this.getCheck(), "check", null, 1, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckResult_Passed(), ecorePackage.getEBoolean(), "passed", null, 0, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckResult_Note(), ecorePackage.getEString(), "note", null, 0, 1, CheckResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assistanceMeasureEClass, AssistanceMeasure.class, "AssistanceMeasure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssistanceMeasure_Kind(), ecorePackage.getEString(), "kind", null, 1, 1, AssistanceMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssistanceMeasure_Date(), this.getLocalDate(), "date", null, 1, 1, AssistanceMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssistanceMeasure_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, AssistanceMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssistanceMeasure_Note(), ecorePackage.getEString(), "note", null, 0, 1, AssistanceMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cityLeaderEClass, CityLeader.class, "CityLeader", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCityLeader_Name(), ecorePackage.getEString(), "name", null, 1, 1, CityLeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCityLeader_Title(), ecorePackage.getEString(), "title", null, 0, 1, CityLeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workUnitEClass, WorkUnit.class, "WorkUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkUnit_Name(), ecorePackage.getEString(), "name", null, 1, 1, WorkUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkUnit_Cadres(), this.getCadre(), this.getCadre_Unit(), "cadres", null, 0, -1, WorkUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cadreEClass, Cadre.class, "Cadre", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCadre_Unit(), this.getWorkUnit(), this.getWorkUnit_Cadres(), "unit", null, 0, 1, Cadre.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCadre_Name(), ecorePackage.getEString(), "name", null, 1, 1, Cadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCadre_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Cadre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workTeamEClass, WorkTeam.class, "WorkTeam", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkTeam_LeaderName(), ecorePackage.getEString(), "leaderName", null, 1, 1, WorkTeam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkTeam_Size(), ecorePackage.getEInt(), "size", null, 0, 1, WorkTeam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkTeam_Unit(), this.getWorkUnit(), null, "unit", null, 0, 1, WorkTeam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(townshipKindEEnum, TownshipKind.class, "TownshipKind");
		addEEnumLiteral(townshipKindEEnum, TownshipKind.TOWN);
		addEEnumLiteral(townshipKindEEnum, TownshipKind.TOWNSHIP);
		addEEnumLiteral(townshipKindEEnum, TownshipKind.SUBDISTRICT);
		addEEnumLiteral(townshipKindEEnum, TownshipKind.FARM);

		initEEnum(householdStatusEEnum, HouseholdStatus.class, "HouseholdStatus");
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.NOT_YET_LIFTED);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.LIFTED_OUT);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.EDGE);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.SPECIAL_DIFFICULTY);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.MONITORED);

		initEEnum(povertyCauseEEnum, PovertyCause.class, "PovertyCause");
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.ILLNESS);
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.DISABILITY);
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.DISASTER);
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.SCHOOLING);
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.LACK_OF_LABOUR);
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.LACK_OF_SKILLS);
		addEEnumLiteral(povertyCauseEEnum, PovertyCause.LACK_OF_CAPITAL);

		initEEnum(genderEEnum, Gender.class, "Gender");
		addEEnumLiteral(genderEEnum, Gender.MALE);
		addEEnumLiteral(genderEEnum, Gender.FEMALE);

		initEEnum(relationEEnum, Relation.class, "Relation");
		addEEnumLiteral(relationEEnum, Relation.HEAD);
		addEEnumLiteral(relationEEnum, Relation.SPOUSE);
		addEEnumLiteral(relationEEnum, Relation.CHILD);
		addEEnumLiteral(relationEEnum, Relation.PARENT);
		addEEnumLiteral(relationEEnum, Relation.GRANDCHILD);
		addEEnumLiteral(relationEEnum, Relation.CHILD_IN_LAW);
		addEEnumLiteral(relationEEnum, Relation.SIBLING);
		addEEnumLiteral(relationEEnum, Relation.OTHER);

		initEEnum(educationEEnum, Education.class, "Education");
		addEEnumLiteral(educationEEnum, Education.NONE);
		addEEnumLiteral(educationEEnum, Education.PRESCHOOL);
		addEEnumLiteral(educationEEnum, Education.PRIMARY);
		addEEnumLiteral(educationEEnum, Education.JUNIOR_SECONDARY);
		addEEnumLiteral(educationEEnum, Education.SENIOR_SECONDARY);
		addEEnumLiteral(educationEEnum, Education.VOCATIONAL);
		addEEnumLiteral(educationEEnum, Education.COLLEGE);

		initEEnum(healthEEnum, Health.class, "Health");
		addEEnumLiteral(healthEEnum, Health.HEALTHY);
		addEEnumLiteral(healthEEnum, Health.CHRONIC_ILLNESS);
		addEEnumLiteral(healthEEnum, Health.SERIOUS_ILLNESS);
		addEEnumLiteral(healthEEnum, Health.DISABLED);

		initEEnum(labourAbilityEEnum, LabourAbility.class, "LabourAbility");
		addEEnumLiteral(labourAbilityEEnum, LabourAbility.FULL);
		addEEnumLiteral(labourAbilityEEnum, LabourAbility.PARTIAL);
		addEEnumLiteral(labourAbilityEEnum, LabourAbility.NONE);
		addEEnumLiteral(labourAbilityEEnum, LabourAbility.SKILLED);

		initEEnum(checkEEnum, Check.class, "Check");
		addEEnumLiteral(checkEEnum, Check.FOOD);
		addEEnumLiteral(checkEEnum, Check.CLOTHING);
		addEEnumLiteral(checkEEnum, Check.COMPULSORY_EDUCATION);
		addEEnumLiteral(checkEEnum, Check.BASIC_MEDICAL);
		addEEnumLiteral(checkEEnum, Check.HOUSING_SAFETY);
		addEEnumLiteral(checkEEnum, Check.DRINKING_WATER);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://xiaokang/store
		createStoreAnnotations();
		// http://xiaokang/exchange
		createExchangeAnnotations();
		// http://xiaokang/form
		createFormAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "The county\'s registry: places, households, people, the six checks and who answers for whom."
		   });
		addAnnotation
		  (cityEClass,
		   source,
		   new String[] {
			   "documentation", "\u5e02: the county-level city; one per installation."
		   });
		addAnnotation
		  (townshipEClass,
		   source,
		   new String[] {
			   "documentation", "\u4e61\u9547\uff08\u8857\u9053\u3001\u573a\uff09."
		   });
		addAnnotation
		  (getTownship_Leader(),
		   source,
		   new String[] {
			   "documentation", "\u9886\u5bfc\u5305\u4e61: the city leader answerable for this township."
		   });
		addAnnotation
		  (villageEClass,
		   source,
		   new String[] {
			   "documentation", "\u6751 (or \u793e\u533a); poor villages (\u8d2b\u56f0\u6751) exit (\u51fa\u5217) in a given year."
		   });
		addAnnotation
		  (getVillage_SupportUnit(),
		   source,
		   new String[] {
			   "documentation", "\u5355\u4f4d\u5305\u6751: the work unit (\u540e\u76fe\u5355\u4f4d) answerable for this village."
		   });
		addAnnotation
		  (getVillage_WorkTeam(),
		   source,
		   new String[] {
			   "documentation", "\u9a7b\u6751\u5e2e\u6276\u5de5\u4f5c\u961f: the resident work team."
		   });
		addAnnotation
		  (villageGroupEClass,
		   source,
		   new String[] {
			   "documentation", "\u6751\u6c11\u5c0f\u7ec4."
		   });
		addAnnotation
		  (householdEClass,
		   source,
		   new String[] {
			   "documentation", "\u6237: the unit of registration (\u5efa\u6863\u7acb\u5361)."
		   });
		addAnnotation
		  (getHousehold_Number(),
		   source,
		   new String[] {
			   "documentation", "\u6237\u7f16\u53f7: unique in the city."
		   });
		addAnnotation
		  (getHousehold_VillageGroup(),
		   source,
		   new String[] {
			   "documentation", "\u81ea\u7136\u6751\uff08\u7ec4\uff09: the village group the household lives in."
		   });
		addAnnotation
		  (getHousehold_Phone(),
		   source,
		   new String[] {
			   "documentation", "\u8054\u7cfb\u7535\u8bdd: the household\'s contact number."
		   });
		addAnnotation
		  (getHousehold_Registered(),
		   source,
		   new String[] {
			   "documentation", "\u5efa\u6863\u7acb\u5361: registered as a poor household (lifted-out households stay registered)."
		   });
		addAnnotation
		  (getHousehold_Cadre(),
		   source,
		   new String[] {
			   "documentation", "\u5e72\u90e8\u5305\u6237: the pairing cadre (\u7ed3\u5bf9\u5e2e\u6276\u5e72\u90e8)."
		   });
		addAnnotation
		  (annualIncomeEClass,
		   source,
		   new String[] {
			   "documentation", "\u4eba\u5747\u7eaf\u6536\u5165: per-capita net income of a household in one year, in yuan."
		   });
		addAnnotation
		  (personEClass,
		   source,
		   new String[] {
			   "documentation", "\u4eba: a member of a household. Gender and birth date come from the ID number (GB 11643)."
		   });
		addAnnotation
		  (getPerson_Gender(),
		   source,
		   new String[] {
			   "get", "return xiaokang.core.IdNumbers.gender(getIdNumber());"
		   });
		addAnnotation
		  (getPerson_BirthDate(),
		   source,
		   new String[] {
			   "get", "return xiaokang.core.IdNumbers.birthDate(getIdNumber());"
		   });
		addAnnotation
		  (getPerson_Ethnicity(),
		   source,
		   new String[] {
			   "documentation", "\u6c11\u65cf, as the national list writes it (\u6c49\u65cf, \u7476\u65cf ...)."
		   });
		addAnnotation
		  (getPerson_SchoolExempt(),
		   source,
		   new String[] {
			   "documentation", "\u514d\u4fee/\u7f13\u5b66: exempted from compulsory schooling (e.g. severe disability, home teaching)."
		   });
		addAnnotation
		  (getPerson_DisabilityGrade(),
		   source,
		   new String[] {
			   "documentation", "\u6b8b\u75be\u7b49\u7ea7 1 (most severe) to 4, when health is DISABLED."
		   });
		addAnnotation
		  (assessmentEClass,
		   source,
		   new String[] {
			   "documentation", "One assessment of a household against the six checks (\u4e24\u4e0d\u6101\u4e09\u4fdd\u969c + \u996e\u6c34\u5b89\u5168) on a date."
		   });
		addAnnotation
		  (assistanceMeasureEClass,
		   source,
		   new String[] {
			   "documentation", "Help a household received. The kind is the id of a contributed assistance kind (extension point xiaokang.core.assistanceKinds)."
		   });
		addAnnotation
		  (cityLeaderEClass,
		   source,
		   new String[] {
			   "documentation", "\u5e02\u9886\u5bfc: a city leader; townships name the leader answerable for them (\u9886\u5bfc\u5305\u4e61)."
		   });
		addAnnotation
		  (workUnitEClass,
		   source,
		   new String[] {
			   "documentation", "\u540e\u76fe\u5355\u4f4d: a work unit; villages name the unit answerable for them (\u5355\u4f4d\u5305\u6751); cadres belong to one."
		   });
		addAnnotation
		  (cadreEClass,
		   source,
		   new String[] {
			   "documentation", "\u7ed3\u5bf9\u5e2e\u6276\u5e72\u90e8: a cadre of a work unit; households name the cadre answerable for them (\u5e72\u90e8\u5305\u6237)."
		   });
		addAnnotation
		  (workTeamEClass,
		   source,
		   new String[] {
			   "documentation", "\u9a7b\u6751\u5e2e\u6276\u5de5\u4f5c\u961f: the resident work team of a village, sent by a work unit."
		   });
		addAnnotation
		  (checkEEnum,
		   source,
		   new String[] {
			   "documentation", "\u4e24\u4e0d\u6101\u4e09\u4fdd\u969c + \u996e\u6c34\u5b89\u5168: the six checks every household is held to."
		   });
		addAnnotation
		  (localDateEDataType,
		   source,
		   new String[] {
			   "create", "return it == null ? null : java.time.LocalDate.parse(it);",
			   "convert", "return it == null ? null : it.toString();"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/store</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createStoreAnnotations() {
		String source = "http://xiaokang/store";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "version", "2"
		   });
		addAnnotation
		  (townshipEClass,
		   source,
		   new String[] {
			   "scope", "township"
		   });
		addAnnotation
		  (getHousehold_Number(),
		   source,
		   new String[] {
			   "index", "true",
			   "unique", "true"
		   });
		addAnnotation
		  (getHousehold_Phone(),
		   source,
		   new String[] {
			   "personal", "phone"
		   });
		addAnnotation
		  (getHousehold_Cadre(),
		   source,
		   new String[] {
			   "scope", "cadre"
		   });
		addAnnotation
		  (getPerson_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getPerson_IdNumber(),
		   source,
		   new String[] {
			   "index", "true",
			   "endingIndex", "4",
			   "personal", "id"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/exchange</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExchangeAnnotations() {
		String source = "http://xiaokang/exchange";
		addAnnotation
		  (getCity_Name(),
		   source,
		   new String[] {
			   "key", "true"
		   });
		addAnnotation
		  (getTownship_Name(),
		   source,
		   new String[] {
			   "key", "true"
		   });
		addAnnotation
		  (getVillage_Name(),
		   source,
		   new String[] {
			   "key", "inContainer"
		   });
		addAnnotation
		  (getPerson_IdNumber(),
		   source,
		   new String[] {
			   "key", "true"
		   });
		addAnnotation
		  (getWorkUnit_Name(),
		   source,
		   new String[] {
			   "key", "true"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/form</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFormAnnotations() {
		String source = "http://xiaokang/form";
		addAnnotation
		  (getVillage_YearExited(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getVillageGroup_Number(),
		   source,
		   new String[] {
			   "min", "1"
		   });
		addAnnotation
		  (getHousehold_YearRegistered(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getHousehold_YearLifted(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getAnnualIncome_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getAnnualIncome_PerCapitaNetIncome(),
		   source,
		   new String[] {
			   "unit", "\u5143"
		   });
		addAnnotation
		  (getPerson_IdNumber(),
		   source,
		   new String[] {
			   "pattern", "[0-9]{17}[0-9X]",
			   "patternText", "\u5e94\u4e3a 18 \u4f4d\u6570\u5b57\uff0c\u672b\u4f4d\u53ef\u4e3a X"
		   });
		addAnnotation
		  (getPerson_DisabilityGrade(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "4"
		   });
		addAnnotation
		  (getAssistanceMeasure_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
		addAnnotation
		  (getWorkTeam_Size(),
		   source,
		   new String[] {
			   "min", "1"
		   });
	}

} //CorePackageImpl
