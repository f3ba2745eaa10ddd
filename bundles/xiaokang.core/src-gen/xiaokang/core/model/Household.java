/**
 */
package xiaokang.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Household</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 户: the unit of registration (建档立卡).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.Household#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getNumber <em>Number</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getAddress <em>Address</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getVillageGroup <em>Village Group</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getPhone <em>Phone</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#isRegistered <em>Registered</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getYearRegistered <em>Year Registered</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getYearLifted <em>Year Lifted</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getCauses <em>Causes</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getCadre <em>Cadre</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getMembers <em>Members</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getIncomes <em>Incomes</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link xiaokang.core.model.Household#getAssistance <em>Assistance</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getHousehold()
 * @model
 * @generated
 */
public interface Household extends EObject {
	/**
	 * Returns the value of the '<em><b>Village</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Village#getHouseholds <em>Households</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' container reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Village()
	 * @see xiaokang.core.model.Village#getHouseholds
	 * @model opposite="households"
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getVillage <em>Village</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' container reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 户编号: unique in the city.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Number()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true' unique='true'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Village Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 自然村（组）: the village group the household lives in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Village Group</em>' reference.
	 * @see #setVillageGroup(VillageGroup)
	 * @see xiaokang.core.model.CorePackage#getHousehold_VillageGroup()
	 * @model
	 * @generated
	 */
	VillageGroup getVillageGroup();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getVillageGroup <em>Village Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village Group</em>' reference.
	 * @see #getVillageGroup()
	 * @generated
	 */
	void setVillageGroup(VillageGroup value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 联系电话: the household's contact number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Phone()
	 * @model annotation="http://xiaokang/store personal='phone'"
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.core.model.HouseholdStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see xiaokang.core.model.HouseholdStatus
	 * @see #setStatus(HouseholdStatus)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Status()
	 * @model required="true"
	 * @generated
	 */
	HouseholdStatus getStatus();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see xiaokang.core.model.HouseholdStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(HouseholdStatus value);

	/**
	 * Returns the value of the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 建档立卡: registered as a poor household (lifted-out households stay registered).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registered</em>' attribute.
	 * @see #setRegistered(boolean)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Registered()
	 * @model
	 * @generated
	 */
	boolean isRegistered();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#isRegistered <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered</em>' attribute.
	 * @see #isRegistered()
	 * @generated
	 */
	void setRegistered(boolean value);

	/**
	 * Returns the value of the '<em><b>Year Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year Registered</em>' attribute.
	 * @see #setYearRegistered(Integer)
	 * @see xiaokang.core.model.CorePackage#getHousehold_YearRegistered()
	 * @model annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	Integer getYearRegistered();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getYearRegistered <em>Year Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Registered</em>' attribute.
	 * @see #getYearRegistered()
	 * @generated
	 */
	void setYearRegistered(Integer value);

	/**
	 * Returns the value of the '<em><b>Year Lifted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year Lifted</em>' attribute.
	 * @see #setYearLifted(Integer)
	 * @see xiaokang.core.model.CorePackage#getHousehold_YearLifted()
	 * @model annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	Integer getYearLifted();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getYearLifted <em>Year Lifted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Lifted</em>' attribute.
	 * @see #getYearLifted()
	 * @generated
	 */
	void setYearLifted(Integer value);

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' attribute list.
	 * The list contents are of type {@link xiaokang.core.model.PovertyCause}.
	 * The literals are from the enumeration {@link xiaokang.core.model.PovertyCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causes</em>' attribute list.
	 * @see xiaokang.core.model.PovertyCause
	 * @see xiaokang.core.model.CorePackage#getHousehold_Causes()
	 * @model
	 * @generated
	 */
	EList<PovertyCause> getCauses();

	/**
	 * Returns the value of the '<em><b>Cadre</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 干部包户: the pairing cadre (结对帮扶干部).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cadre</em>' reference.
	 * @see #setCadre(Cadre)
	 * @see xiaokang.core.model.CorePackage#getHousehold_Cadre()
	 * @model annotation="http://xiaokang/store scope='cadre'"
	 * @generated
	 */
	Cadre getCadre();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Household#getCadre <em>Cadre</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadre</em>' reference.
	 * @see #getCadre()
	 * @generated
	 */
	void setCadre(Cadre value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.Person}.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Person#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getHousehold_Members()
	 * @see xiaokang.core.model.Person#getHousehold
	 * @model opposite="household" containment="true"
	 * @generated
	 */
	EList<Person> getMembers();

	/**
	 * Returns the value of the '<em><b>Incomes</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.AnnualIncome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Incomes</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getHousehold_Incomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnnualIncome> getIncomes();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getHousehold_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Assistance</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.AssistanceMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assistance</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getHousehold_Assistance()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssistanceMeasure> getAssistance();

} // Household
