/**
 */
package xiaokang.core.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annual Income</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人均纯收入: per-capita net income of a household in one year, in yuan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.core.model.AnnualIncome#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.core.model.AnnualIncome#getPerCapitaNetIncome <em>Per Capita Net Income</em>}</li>
 * </ul>
 *
 * @see xiaokang.core.model.CorePackage#getAnnualIncome()
 * @model
 * @generated
 */
public interface AnnualIncome extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.core.model.CorePackage#getAnnualIncome_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.AnnualIncome#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Per Capita Net Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Capita Net Income</em>' attribute.
	 * @see #setPerCapitaNetIncome(BigDecimal)
	 * @see xiaokang.core.model.CorePackage#getAnnualIncome_PerCapitaNetIncome()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143'"
	 * @generated
	 */
	BigDecimal getPerCapitaNetIncome();

	/**
	 * Sets the value of the '{@link xiaokang.core.model.AnnualIncome#getPerCapitaNetIncome <em>Per Capita Net Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Capita Net Income</em>' attribute.
	 * @see #getPerCapitaNetIncome()
	 * @generated
	 */
	void setPerCapitaNetIncome(BigDecimal value);

} // AnnualIncome
