/**
 */
package xiaokang.monitoring.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Household;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Income Card</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 收入明白卡: a household's income of one year by source, and its production costs; total, net and per-capita net income are derived (IncomeAccount), and the per-capita figure is the household's annual income of that year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getHousehold <em>Household</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getPeople <em>People</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getWages <em>Wages</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getCrops <em>Crops</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getLivestock <em>Livestock</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getForestryFruit <em>Forestry Fruit</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getOtherOperating <em>Other Operating</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getCropsCost <em>Crops Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getLivestockCost <em>Livestock Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getForestryFruitCost <em>Forestry Fruit Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getOtherOperatingCost <em>Other Operating Cost</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getProperty <em>Property</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getPensions <em>Pensions</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getLowIncomeAllowance <em>Low Income Allowance</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getSubsidies <em>Subsidies</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.IncomeCard#getOtherTransfers <em>Other Transfers</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard()
 * @model
 * @generated
 */
public interface IncomeCard extends EObject {
	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(Household)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Household()
	 * @model required="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The household's people in that year: the per-capita figure divides by them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' attribute.
	 * @see #setPeople(int)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_People()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='1'"
	 * @generated
	 */
	int getPeople();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getPeople <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>People</em>' attribute.
	 * @see #getPeople()
	 * @generated
	 */
	void setPeople(int value);

	/**
	 * Returns the value of the '<em><b>Wages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 工资性收入: wages and salaries, yuan in the year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wages</em>' attribute.
	 * @see #setWages(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Wages()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getWages();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getWages <em>Wages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wages</em>' attribute.
	 * @see #getWages()
	 * @generated
	 */
	void setWages(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Crops</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 种植业: gross operating income from crops, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crops</em>' attribute.
	 * @see #setCrops(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Crops()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getCrops();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getCrops <em>Crops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crops</em>' attribute.
	 * @see #getCrops()
	 * @generated
	 */
	void setCrops(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Livestock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 养殖业: gross operating income from livestock, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Livestock</em>' attribute.
	 * @see #setLivestock(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Livestock()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getLivestock();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getLivestock <em>Livestock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Livestock</em>' attribute.
	 * @see #getLivestock()
	 * @generated
	 */
	void setLivestock(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Forestry Fruit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 林果业: gross operating income from forestry and fruit, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forestry Fruit</em>' attribute.
	 * @see #setForestryFruit(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_ForestryFruit()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getForestryFruit();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getForestryFruit <em>Forestry Fruit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forestry Fruit</em>' attribute.
	 * @see #getForestryFruit()
	 * @generated
	 */
	void setForestryFruit(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Other Operating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 其他经营: other gross operating income, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Operating</em>' attribute.
	 * @see #setOtherOperating(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_OtherOperating()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getOtherOperating();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getOtherOperating <em>Other Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Operating</em>' attribute.
	 * @see #getOtherOperating()
	 * @generated
	 */
	void setOtherOperating(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Crops Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 种植业生产成本: entered, or (empty) the year's default share of the crops' gross income.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crops Cost</em>' attribute.
	 * @see #setCropsCost(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_CropsCost()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getCropsCost();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getCropsCost <em>Crops Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crops Cost</em>' attribute.
	 * @see #getCropsCost()
	 * @generated
	 */
	void setCropsCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Livestock Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 养殖业生产成本: entered, or (empty) the year's default share of the livestock's gross income.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Livestock Cost</em>' attribute.
	 * @see #setLivestockCost(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_LivestockCost()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getLivestockCost();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getLivestockCost <em>Livestock Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Livestock Cost</em>' attribute.
	 * @see #getLivestockCost()
	 * @generated
	 */
	void setLivestockCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Forestry Fruit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 林果业生产成本: entered, or (empty) the year's default share.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forestry Fruit Cost</em>' attribute.
	 * @see #setForestryFruitCost(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_ForestryFruitCost()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getForestryFruitCost();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getForestryFruitCost <em>Forestry Fruit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forestry Fruit Cost</em>' attribute.
	 * @see #getForestryFruitCost()
	 * @generated
	 */
	void setForestryFruitCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Other Operating Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 其他经营生产成本: entered, or (empty) the year's default share.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Operating Cost</em>' attribute.
	 * @see #setOtherOperatingCost(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_OtherOperatingCost()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getOtherOperatingCost();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getOtherOperatingCost <em>Other Operating Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Operating Cost</em>' attribute.
	 * @see #getOtherOperatingCost()
	 * @generated
	 */
	void setOtherOperatingCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 财产性收入: rent, dividends (e.g. from a benefit link), interest, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Property</em>' attribute.
	 * @see #setProperty(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Property()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getProperty();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getProperty <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Property</em>' attribute.
	 * @see #getProperty()
	 * @generated
	 */
	void setProperty(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Pensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 养老金: pensions, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pensions</em>' attribute.
	 * @see #setPensions(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Pensions()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getPensions();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getPensions <em>Pensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pensions</em>' attribute.
	 * @see #getPensions()
	 * @generated
	 */
	void setPensions(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Low Income Allowance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 低保金: the low-income allowance, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low Income Allowance</em>' attribute.
	 * @see #setLowIncomeAllowance(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_LowIncomeAllowance()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getLowIncomeAllowance();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getLowIncomeAllowance <em>Low Income Allowance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low Income Allowance</em>' attribute.
	 * @see #getLowIncomeAllowance()
	 * @generated
	 */
	void setLowIncomeAllowance(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Subsidies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 补贴: policy subsidies (ecological, agricultural, industry awards ...), yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsidies</em>' attribute.
	 * @see #setSubsidies(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_Subsidies()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getSubsidies();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getSubsidies <em>Subsidies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsidies</em>' attribute.
	 * @see #getSubsidies()
	 * @generated
	 */
	void setSubsidies(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Other Transfers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 其他转移性收入: other transfers (remittances, relief ...), yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Transfers</em>' attribute.
	 * @see #setOtherTransfers(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getIncomeCard_OtherTransfers()
	 * @model annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getOtherTransfers();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.IncomeCard#getOtherTransfers <em>Other Transfers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Transfers</em>' attribute.
	 * @see #getOtherTransfers()
	 * @generated
	 */
	void setOtherTransfers(BigDecimal value);

} // IncomeCard
