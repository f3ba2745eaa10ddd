/**
 */
package xiaokang.monitoring.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Year</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The policy parameters of one year, as the office enters them: figures of a year are always computed with that year's parameters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getYear <em>Year</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getIncomeLine <em>Income Line</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getWarningMargin <em>Warning Margin</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getIncomeDropShare <em>Income Drop Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getRigidExpenditure <em>Rigid Expenditure</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getRigidExpenditureShare <em>Rigid Expenditure Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getCropsCostShare <em>Crops Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getLivestockCostShare <em>Livestock Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getForestryFruitCostShare <em>Forestry Fruit Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getOtherOperatingCostShare <em>Other Operating Cost Share</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getVisitDays <em>Visit Days</em>}</li>
 *   <li>{@link xiaokang.monitoring.model.PolicyYear#getDecisionDays <em>Decision Days</em>}</li>
 * </ul>
 *
 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear()
 * @model
 * @generated
 */
public interface PolicyYear extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_Year()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='2000' max='2100'"
	 *        annotation="http://xiaokang/store index='true' unique='true'"
	 *        annotation="http://xiaokang/exchange key='true'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Income Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 监测收入线: the year's monitoring line of per-capita net income, yuan per person (2021: 6,000, Hunan's 1.5 times the poverty line).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Income Line</em>' attribute.
	 * @see #setIncomeLine(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_IncomeLine()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getIncomeLine();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getIncomeLine <em>Income Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income Line</em>' attribute.
	 * @see #getIncomeLine()
	 * @generated
	 */
	void setIncomeLine(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Warning Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A household within this share (per cent) above the line is warned too (e.g. 10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warning Margin</em>' attribute.
	 * @see #setWarningMargin(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_WarningMargin()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getWarningMargin();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getWarningMargin <em>Warning Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warning Margin</em>' attribute.
	 * @see #getWarningMargin()
	 * @generated
	 */
	void setWarningMargin(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Income Drop Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fall of per-capita net income against the previous year by more than this share (per cent) is warned (e.g. 30).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Income Drop Share</em>' attribute.
	 * @see #setIncomeDropShare(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_IncomeDropShare()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getIncomeDropShare();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getIncomeDropShare <em>Income Drop Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income Drop Share</em>' attribute.
	 * @see #getIncomeDropShare()
	 * @generated
	 */
	void setIncomeDropShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Rigid Expenditure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rigid expenditure (medical, schooling, disaster, accident) above this amount in the year is warned, yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rigid Expenditure</em>' attribute.
	 * @see #setRigidExpenditure(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_RigidExpenditure()
	 * @model required="true"
	 *        annotation="http://xiaokang/form unit='\u5143' min='0'"
	 * @generated
	 */
	BigDecimal getRigidExpenditure();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getRigidExpenditure <em>Rigid Expenditure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rigid Expenditure</em>' attribute.
	 * @see #getRigidExpenditure()
	 * @generated
	 */
	void setRigidExpenditure(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Rigid Expenditure Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rigid expenditure above this share (per cent) of the household's net income is warned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rigid Expenditure Share</em>' attribute.
	 * @see #setRigidExpenditureShare(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_RigidExpenditureShare()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getRigidExpenditureShare();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getRigidExpenditureShare <em>Rigid Expenditure Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rigid Expenditure Share</em>' attribute.
	 * @see #getRigidExpenditureShare()
	 * @generated
	 */
	void setRigidExpenditureShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Crops Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default production cost of crops, per cent of their gross income.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crops Cost Share</em>' attribute.
	 * @see #setCropsCostShare(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_CropsCostShare()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getCropsCostShare();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getCropsCostShare <em>Crops Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crops Cost Share</em>' attribute.
	 * @see #getCropsCostShare()
	 * @generated
	 */
	void setCropsCostShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Livestock Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default production cost of livestock, per cent of its gross income.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Livestock Cost Share</em>' attribute.
	 * @see #setLivestockCostShare(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_LivestockCostShare()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getLivestockCostShare();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getLivestockCostShare <em>Livestock Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Livestock Cost Share</em>' attribute.
	 * @see #getLivestockCostShare()
	 * @generated
	 */
	void setLivestockCostShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Forestry Fruit Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default production cost of forestry and fruit, per cent of their gross income.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forestry Fruit Cost Share</em>' attribute.
	 * @see #setForestryFruitCostShare(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_ForestryFruitCostShare()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getForestryFruitCostShare();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getForestryFruitCostShare <em>Forestry Fruit Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forestry Fruit Cost Share</em>' attribute.
	 * @see #getForestryFruitCostShare()
	 * @generated
	 */
	void setForestryFruitCostShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Other Operating Cost Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default production cost of other operating income, per cent of its gross income.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Operating Cost Share</em>' attribute.
	 * @see #setOtherOperatingCostShare(BigDecimal)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_OtherOperatingCostShare()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getOtherOperatingCostShare();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getOtherOperatingCostShare <em>Other Operating Cost Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Operating Cost Share</em>' attribute.
	 * @see #getOtherOperatingCostShare()
	 * @generated
	 */
	void setOtherOperatingCostShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Visit Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A warning is to be visited (入户核实) within this many days of being raised (e.g. 3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visit Days</em>' attribute.
	 * @see #setVisitDays(int)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_VisitDays()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='1'"
	 * @generated
	 */
	int getVisitDays();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getVisitDays <em>Visit Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit Days</em>' attribute.
	 * @see #getVisitDays()
	 * @generated
	 */
	void setVisitDays(int value);

	/**
	 * Returns the value of the '<em><b>Decision Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A warning is to be decided (dismissed, or identification started and taken to the county) within this many days (e.g. 15).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Days</em>' attribute.
	 * @see #setDecisionDays(int)
	 * @see xiaokang.monitoring.model.MonitoringPackage#getPolicyYear_DecisionDays()
	 * @model required="true"
	 *        annotation="http://xiaokang/form min='1'"
	 * @generated
	 */
	int getDecisionDays();

	/**
	 * Sets the value of the '{@link xiaokang.monitoring.model.PolicyYear#getDecisionDays <em>Decision Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Days</em>' attribute.
	 * @see #getDecisionDays()
	 * @generated
	 */
	void setDecisionDays(int value);

} // PolicyYear
