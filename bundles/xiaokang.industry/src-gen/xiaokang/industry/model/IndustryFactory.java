/**
 */
package xiaokang.industry.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see xiaokang.industry.model.IndustryPackage
 * @generated
 */
public interface IndustryFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IndustryFactory eINSTANCE = xiaokang.industry.model.impl.IndustryFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise</em>'.
	 * @generated
	 */
	Enterprise createEnterprise();

	/**
	 * Returns a new object of class '<em>Cooperative</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cooperative</em>'.
	 * @generated
	 */
	Cooperative createCooperative();

	/**
	 * Returns a new object of class '<em>Base</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Base</em>'.
	 * @generated
	 */
	IndustryBase createIndustryBase();

	/**
	 * Returns a new object of class '<em>Benefit Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Benefit Link</em>'.
	 * @generated
	 */
	BenefitLink createBenefitLink();

	/**
	 * Returns a new object of class '<em>Subsidy Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subsidy Grant</em>'.
	 * @generated
	 */
	SubsidyGrant createSubsidyGrant();

	/**
	 * Returns a new object of class '<em>Consumption Sale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consumption Sale</em>'.
	 * @generated
	 */
	ConsumptionSale createConsumptionSale();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	IndustryPackage getIndustryPackage();

} //IndustryFactory
