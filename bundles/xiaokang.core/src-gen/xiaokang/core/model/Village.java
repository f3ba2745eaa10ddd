/**
 */
package xiaokang.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Village</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 村 (or 社区); poor villages (贫困村) exit (出列) in a given year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.Village#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getCode <em>Code</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#isPoor <em>Poor</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getYearExited <em>Year Exited</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getSupportUnit <em>Support Unit</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getWorkTeam <em>Work Team</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getGroups <em>Groups</em>}</li>
 *   <li>{@link xiaokang.core.model.Village#getHouseholds <em>Households</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getVillage()
 * @model
 * @generated
 */
public interface Village extends EObject {
	/**
	 * Returns the value of the '<em><b>Township</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Township#getVillages <em>Villages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' container reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.core.model.CorePackage#getVillage_Township()
	 * @see xiaokang.core.model.Township#getVillages
	 * @model opposite="villages"
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#getTownship <em>Township</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' container reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see xiaokang.core.model.CorePackage#getVillage_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.core.model.CorePackage#getVillage_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/exchange key='inContainer'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Poor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Poor</em>' attribute.
	 * @see #setPoor(boolean)
	 * @see xiaokang.core.model.CorePackage#getVillage_Poor()
	 * @model
	 * @generated
	 */
	boolean isPoor();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#isPoor <em>Poor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Poor</em>' attribute.
	 * @see #isPoor()
	 * @generated
	 */
	void setPoor(boolean value);

	/**
	 * Returns the value of the '<em><b>Year Exited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year Exited</em>' attribute.
	 * @see #setYearExited(Integer)
	 * @see xiaokang.core.model.CorePackage#getVillage_YearExited()
	 * @model annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	Integer getYearExited();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#getYearExited <em>Year Exited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Exited</em>' attribute.
	 * @see #getYearExited()
	 * @generated
	 */
	void setYearExited(Integer value);

	/**
	 * Returns the value of the '<em><b>Support Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 单位包村: the work unit (后盾单位) answerable for this village.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Unit</em>' reference.
	 * @see #setSupportUnit(WorkUnit)
	 * @see xiaokang.core.model.CorePackage#getVillage_SupportUnit()
	 * @model
	 * @generated
	 */
	WorkUnit getSupportUnit();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#getSupportUnit <em>Support Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Unit</em>' reference.
	 * @see #getSupportUnit()
	 * @generated
	 */
	void setSupportUnit(WorkUnit value);

	/**
	 * Returns the value of the '<em><b>Work Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 驻村帮扶工作队: the resident work team.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Team</em>' containment reference.
	 * @see #setWorkTeam(WorkTeam)
	 * @see xiaokang.core.model.CorePackage#getVillage_WorkTeam()
	 * @model containment="true"
	 * @generated
	 */
	WorkTeam getWorkTeam();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.Village#getWorkTeam <em>Work Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Team</em>' containment reference.
	 * @see #getWorkTeam()
	 * @generated
	 */
	void setWorkTeam(WorkTeam value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.VillageGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getVillage_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<VillageGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Households</b></em>' containment reference list.
	 * The list contents are of type {@link xiaokang.core.model.Household}.
	 * It is bidirectional and its opposite is '{@link xiaokang.core.model.Household#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Households</em>' containment reference list.
	 * @see xiaokang.core.model.CorePackage#getVillage_Households()
	 * @see xiaokang.core.model.Household#getVillage
	 * @model opposite="village" containment="true"
	 * @generated
	 */
	EList<Household> getHouseholds();

} // Village
