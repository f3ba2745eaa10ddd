/**
 */
package xiaokang.core.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人: a member of a household. Gender and birth date come from the ID number (GB 11643).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.Person#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getGender <em>Gender</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getRelation <em>Relation</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getEthnicity <em>Ethnicity</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getEducation <em>Education</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#isInSchool <em>In School</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#isSchoolExempt <em>School Exempt</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getHealth <em>Health</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getDisabilityGrade <em>Disability Grade</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#getLabourAbility <em>Labour Ability</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#isMedicalInsurance <em>Medical Insurance</em>}</li>
 *   <li>{@link xiaokang.core.model.Person#isPensionInsurance <em>Pension Insurance</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' container reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.core.model.CorePackage#getPerson_Household()
	 * @see xiaokang.core.model.Household#getMembers
	 * @model opposite="members"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getHousehold <em>Household</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' container reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.core.model.CorePackage#getPerson_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id Number</em>' attribute.
	 * @see #setIdNumber(String)
	 * @see xiaokang.core.model.CorePackage#getPerson_IdNumber()
	 * @model required="true"
	 *        annotation="http://xiaokang/form pattern='[0-9]{17}[0-9X]' patternText='\u5e94\u4e3a 18 \u4f4d\u6570\u5b57\uff0c\u672b\u4f4d\u53ef\u4e3a X'"
	 *        annotation="http://xiaokang/store index='true' endingIndex='4' personal='id'"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	String getIdNumber();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getIdNumber <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Number</em>' attribute.
	 * @see #getIdNumber()
	 * @generated
	 */
	void setIdNumber(String value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see xiaokang.core.model.Gender
	 * @see xiaokang.core.model.CorePackage#getPerson_Gender()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return xiaokang.core.IdNumbers.gender(getIdNumber());'"
	 * @generated
	 */
	Gender getGender();

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see xiaokang.core.model.CorePackage#getPerson_BirthDate()
	 * @model dataType="xiaokang.core.model.LocalDate" transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return xiaokang.core.IdNumbers.birthDate(getIdNumber());'"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.Relation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see xiaokang.core.model.Relation
	 * @see #setRelation(Relation)
	 * @see xiaokang.core.model.CorePackage#getPerson_Relation()
	 * @model required="true"
	 * @generated
	 */
	Relation getRelation();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see xiaokang.core.model.Relation
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(Relation value);

	/**
	 * Returns the value of the '<em><b>Ethnicity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 民族, as the national list writes it (汉族, 瑶族 ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ethnicity</em>' attribute.
	 * @see #setEthnicity(String)
	 * @see xiaokang.core.model.CorePackage#getPerson_Ethnicity()
	 * @model
	 * @generated
	 */
	String getEthnicity();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getEthnicity <em>Ethnicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ethnicity</em>' attribute.
	 * @see #getEthnicity()
	 * @generated
	 */
	void setEthnicity(String value);

	/**
	 * Returns the value of the '<em><b>Education</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.Education}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Education</em>' attribute.
	 * @see xiaokang.core.model.Education
	 * @see #setEducation(Education)
	 * @see xiaokang.core.model.CorePackage#getPerson_Education()
	 * @model
	 * @generated
	 */
	Education getEducation();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getEducation <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Education</em>' attribute.
	 * @see xiaokang.core.model.Education
	 * @see #getEducation()
	 * @generated
	 */
	void setEducation(Education value);

	/**
	 * Returns the value of the '<em><b>In School</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In School</em>' attribute.
	 * @see #setInSchool(boolean)
	 * @see xiaokang.core.model.CorePackage#getPerson_InSchool()
	 * @model
	 * @generated
	 */
	boolean isInSchool();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#isInSchool <em>In School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In School</em>' attribute.
	 * @see #isInSchool()
	 * @generated
	 */
	void setInSchool(boolean value);

	/**
	 * Returns the value of the '<em><b>School Exempt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 免修/缓学: exempted from compulsory schooling (e.g. severe disability, home teaching).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>School Exempt</em>' attribute.
	 * @see #setSchoolExempt(boolean)
	 * @see xiaokang.core.model.CorePackage#getPerson_SchoolExempt()
	 * @model
	 * @generated
	 */
	boolean isSchoolExempt();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#isSchoolExempt <em>School Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School Exempt</em>' attribute.
	 * @see #isSchoolExempt()
	 * @generated
	 */
	void setSchoolExempt(boolean value);

	/**
	 * Returns the value of the '<em><b>Health</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.Health}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Health</em>' attribute.
	 * @see xiaokang.core.model.Health
	 * @see #setHealth(Health)
	 * @see xiaokang.core.model.CorePackage#getPerson_Health()
	 * @model
	 * @generated
	 */
	Health getHealth();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getHealth <em>Health</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health</em>' attribute.
	 * @see xiaokang.core.model.Health
	 * @see #getHealth()
	 * @generated
	 */
	void setHealth(Health value);

	/**
	 * Returns the value of the '<em><b>Disability Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 残疾等级 1 (most severe) to 4, when health is DISABLED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disability Grade</em>' attribute.
	 * @see #setDisabilityGrade(Integer)
	 * @see xiaokang.core.model.CorePackage#getPerson_DisabilityGrade()
	 * @model annotation="http://xiaokang/form min='1' max='4'"
	 * @generated
	 */
	Integer getDisabilityGrade();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getDisabilityGrade <em>Disability Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disability Grade</em>' attribute.
	 * @see #getDisabilityGrade()
	 * @generated
	 */
	void setDisabilityGrade(Integer value);

	/**
	 * Returns the value of the '<em><b>Labour Ability</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.LabourAbility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labour Ability</em>' attribute.
	 * @see xiaokang.core.model.LabourAbility
	 * @see #setLabourAbility(LabourAbility)
	 * @see xiaokang.core.model.CorePackage#getPerson_LabourAbility()
	 * @model
	 * @generated
	 */
	LabourAbility getLabourAbility();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#getLabourAbility <em>Labour Ability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labour Ability</em>' attribute.
	 * @see xiaokang.core.model.LabourAbility
	 * @see #getLabourAbility()
	 * @generated
	 */
	void setLabourAbility(LabourAbility value);

	/**
	 * Returns the value of the '<em><b>Medical Insurance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medical Insurance</em>' attribute.
	 * @see #setMedicalInsurance(boolean)
	 * @see xiaokang.core.model.CorePackage#getPerson_MedicalInsurance()
	 * @model
	 * @generated
	 */
	boolean isMedicalInsurance();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#isMedicalInsurance <em>Medical Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medical Insurance</em>' attribute.
	 * @see #isMedicalInsurance()
	 * @generated
	 */
	void setMedicalInsurance(boolean value);

	/**
	 * Returns the value of the '<em><b>Pension Insurance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pension Insurance</em>' attribute.
	 * @see #setPensionInsurance(boolean)
	 * @see xiaokang.core.model.CorePackage#getPerson_PensionInsurance()
	 * @model
	 * @generated
	 */
	boolean isPensionInsurance();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Person#isPensionInsurance <em>Pension Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pension Insurance</em>' attribute.
	 * @see #isPensionInsurance()
	 * @generated
	 */
	void setPensionInsurance(boolean value);

} // Person
