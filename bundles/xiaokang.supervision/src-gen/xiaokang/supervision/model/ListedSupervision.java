/**
 */
package xiaokang.supervision.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.CityLeader;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listed Supervision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 挂牌督战: a village or township listed for supervision by the province or the city.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getLevel <em>Level</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getListedOn <em>Listed On</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getListedUntil <em>Listed Until</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getLeader <em>Leader</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getStatus <em>Status</em>}</li>
 *   <li>{@link xiaokang.supervision.model.ListedSupervision#getReasons <em>Reasons</em>}</li>
 * </ul>
 *
 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision()
 * @model
 * @generated
 */
public interface ListedSupervision extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.supervision.model.SupervisionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see xiaokang.supervision.model.SupervisionLevel
	 * @see #setLevel(SupervisionLevel)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_Level()
	 * @model required="true"
	 * @generated
	 */
	SupervisionLevel getLevel();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see xiaokang.supervision.model.SupervisionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(SupervisionLevel value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The listed township, or the township of the listed village.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Listed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listed On</em>' attribute.
	 * @see #setListedOn(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_ListedOn()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getListedOn();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getListedOn <em>Listed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed On</em>' attribute.
	 * @see #getListedOn()
	 * @generated
	 */
	void setListedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Listed Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listed Until</em>' attribute.
	 * @see #setListedUntil(LocalDate)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_ListedUntil()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getListedUntil();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getListedUntil <em>Listed Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listed Until</em>' attribute.
	 * @see #getListedUntil()
	 * @generated
	 */
	void setListedUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leader</em>' reference.
	 * @see #setLeader(CityLeader)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_Leader()
	 * @model
	 * @generated
	 */
	CityLeader getLeader();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getLeader <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' reference.
	 * @see #getLeader()
	 * @generated
	 */
	void setLeader(CityLeader value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.supervision.model.ListingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see xiaokang.supervision.model.ListingStatus
	 * @see #setStatus(ListingStatus)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_Status()
	 * @model required="true"
	 * @generated
	 */
	ListingStatus getStatus();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see xiaokang.supervision.model.ListingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ListingStatus value);

	/**
	 * Returns the value of the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reasons</em>' attribute.
	 * @see #setReasons(String)
	 * @see xiaokang.supervision.model.SupervisionPackage#getListedSupervision_Reasons()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getReasons();

	/**
	 * Sets the value of the '{@link xiaokang.supervision.model.ListedSupervision#getReasons <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasons</em>' attribute.
	 * @see #getReasons()
	 * @generated
	 */
	void setReasons(String value);

} // ListedSupervision
