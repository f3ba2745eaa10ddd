/**
 */
package xiaokang.publicity.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Award</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 荣誉: an award to a workshop, a village, a unit or a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.Award#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Award#getLevel <em>Level</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Award#getAwardedTo <em>Awarded To</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Award#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Award#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getAward()
 * @model
 * @generated
 */
public interface Award extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getAward_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Award#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.publicity.model.AwardLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see xiaokang.publicity.model.AwardLevel
	 * @see #setLevel(AwardLevel)
	 * @see xiaokang.publicity.model.PublicityPackage#getAward_Level()
	 * @model required="true"
	 * @generated
	 */
	AwardLevel getLevel();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Award#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see xiaokang.publicity.model.AwardLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(AwardLevel value);

	/**
	 * Returns the value of the '<em><b>Awarded To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Awarded To</em>' attribute.
	 * @see #setAwardedTo(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getAward_AwardedTo()
	 * @model required="true"
	 * @generated
	 */
	String getAwardedTo();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Award#getAwardedTo <em>Awarded To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Awarded To</em>' attribute.
	 * @see #getAwardedTo()
	 * @generated
	 */
	void setAwardedTo(String value);

	/**
	 * Returns the value of the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Village</em>' reference.
	 * @see #setVillage(Village)
	 * @see xiaokang.publicity.model.PublicityPackage#getAward_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Award#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.publicity.model.PublicityPackage#getAward_Date()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Award#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // Award
