/**
 */
package xiaokang.employment.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workshop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 扶贫车间: a workshop built in a town or village by a local industry, employing villagers near home.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.employment.model.Workshop#getName <em>Name</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getOperator <em>Operator</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getTownship <em>Township</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getProducts <em>Products</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getOpened <em>Opened</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getWorkers <em>Workers</em>}</li>
 *   <li>{@link xiaokang.employment.model.Workshop#getAwards <em>Awards</em>}</li>
 * </ul>
 *
 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop()
 * @model
 * @generated
 */
public interface Workshop extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Name()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enterprise that runs it (e.g. 康汇服装有限公司).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Township</em>' reference.
	 * @see #setTownship(Township)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Township()
	 * @model
	 * @generated
	 */
	Township getTownship();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getTownship <em>Township</em>}' reference.
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
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Village()
	 * @model
	 * @generated
	 */
	Village getVillage();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getVillage <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Village</em>' reference.
	 * @see #getVillage()
	 * @generated
	 */
	void setVillage(Village value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' attribute.
	 * @see #setProducts(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Products()
	 * @model
	 * @generated
	 */
	String getProducts();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getProducts <em>Products</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Products</em>' attribute.
	 * @see #getProducts()
	 * @generated
	 */
	void setProducts(String value);

	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened</em>' attribute.
	 * @see #setOpened(LocalDate)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Opened()
	 * @model dataType="xiaokang.core.model.LocalDate"
	 * @generated
	 */
	LocalDate getOpened();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getOpened <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened</em>' attribute.
	 * @see #getOpened()
	 * @generated
	 */
	void setOpened(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Places for workers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(int)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Capacity()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getCapacity();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Workers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rural workers employed now, poor or not; the poor ones are also employments of their own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workers</em>' attribute.
	 * @see #setWorkers(int)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Workers()
	 * @model annotation="http://xiaokang/form min='0'"
	 * @generated
	 */
	int getWorkers();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getWorkers <em>Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workers</em>' attribute.
	 * @see #getWorkers()
	 * @generated
	 */
	void setWorkers(int value);

	/**
	 * Returns the value of the '<em><b>Awards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Awards</em>' attribute.
	 * @see #setAwards(String)
	 * @see xiaokang.employment.model.EmploymentPackage#getWorkshop_Awards()
	 * @model annotation="http://xiaokang/store length='4000'"
	 * @generated
	 */
	String getAwards();

	/**
	 * Sets the value of the '{@link xiaokang.employment.model.Workshop#getAwards <em>Awards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Awards</em>' attribute.
	 * @see #getAwards()
	 * @generated
	 */
	void setAwards(String value);

} // Workshop
