/**
 */
package xiaokang.publicity.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Cadre;
import xiaokang.core.model.Household;
import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Four Ones Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * “四个一”: what a pairing cadre did in a month: visits to their households, a clean-up, a meeting, a commendation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.FourOnesActivity#getCadre <em>Cadre</em>}</li>
 *   <li>{@link xiaokang.publicity.model.FourOnesActivity#getMonth <em>Month</em>}</li>
 *   <li>{@link xiaokang.publicity.model.FourOnesActivity#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.publicity.model.FourOnesActivity#getHouseholds <em>Households</em>}</li>
 *   <li>{@link xiaokang.publicity.model.FourOnesActivity#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.publicity.model.FourOnesActivity#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity()
 * @model
 * @generated
 */
public interface FourOnesActivity extends EObject {
	/**
	 * Returns the value of the '<em><b>Cadre</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cadre</em>' reference.
	 * @see #setCadre(Cadre)
	 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity_Cadre()
	 * @model required="true"
	 * @generated
	 */
	Cadre getCadre();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.FourOnesActivity#getCadre <em>Cadre</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadre</em>' reference.
	 * @see #getCadre()
	 * @generated
	 */
	void setCadre(Cadre value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day of the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(LocalDate)
	 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity_Month()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	LocalDate getMonth();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.FourOnesActivity#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.publicity.model.FourOnesKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.publicity.model.FourOnesKind
	 * @see #setKind(FourOnesKind)
	 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity_Kind()
	 * @model required="true"
	 * @generated
	 */
	FourOnesKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.FourOnesActivity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.publicity.model.FourOnesKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FourOnesKind value);

	/**
	 * Returns the value of the '<em><b>Households</b></em>' reference list.
	 * The list contents are of type {@link xiaokang.core.model.Household}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The households visited or helped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Households</em>' reference list.
	 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity_Households()
	 * @model
	 * @generated
	 */
	EList<Household> getHouseholds();

	/**
	 * Returns the value of the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.FourOnesActivity#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getFourOnesActivity_Notes()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.FourOnesActivity#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // FourOnesActivity
