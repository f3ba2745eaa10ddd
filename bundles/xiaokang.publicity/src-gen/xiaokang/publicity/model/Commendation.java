/**
 */
package xiaokang.publicity.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commendation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 表彰: a model commended (of getting rich, industry help, donation or help).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.Commendation#getCategory <em>Category</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Commendation#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Commendation#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Commendation#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.publicity.model.Commendation#getCommendedBy <em>Commended By</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getCommendation()
 * @model
 * @generated
 */
public interface Commendation extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.publicity.model.CommendationCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see xiaokang.publicity.model.CommendationCategory
	 * @see #setCategory(CommendationCategory)
	 * @see xiaokang.publicity.model.PublicityPackage#getCommendation_Category()
	 * @model required="true"
	 * @generated
	 */
	CommendationCategory getCategory();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Commendation#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see xiaokang.publicity.model.CommendationCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(CommendationCategory value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person or unit commended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getCommendation_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Commendation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.publicity.model.PublicityPackage#getCommendation_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Commendation#getTownship <em>Township</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Township</em>' reference.
	 * @see #getTownship()
	 * @generated
	 */
	void setTownship(Township value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.publicity.model.PublicityPackage#getCommendation_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Commendation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Commended By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commended By</em>' attribute.
	 * @see #setCommendedBy(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getCommendation_CommendedBy()
	 * @model
	 * @generated
	 */
	String getCommendedBy();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.Commendation#getCommendedBy <em>Commended By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commended By</em>' attribute.
	 * @see #getCommendedBy()
	 * @generated
	 */
	void setCommendedBy(String value);

} // Commendation
