/**
 */
package xiaokang.publicity.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Village;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 媒体报道: a report in a newspaper, on TV or online about the campaign.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getTitle <em>Title</em>}</li>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getLink <em>Link</em>}</li>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getVillages <em>Villages</em>}</li>
 *   <li>{@link xiaokang.publicity.model.MediaReport#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport()
 * @model
 * @generated
 */
public interface MediaReport extends EObject {
	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Outlet()
	 * @model required="true"
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.MediaReport#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link xiaokang.publicity.model.MediaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.publicity.model.MediaKind
	 * @see #setKind(MediaKind)
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Kind()
	 * @model required="true"
	 * @generated
	 */
	MediaKind getKind();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.MediaReport#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see xiaokang.publicity.model.MediaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MediaKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Title()
	 * @model required="true"
	 *        annotation="http://xiaokang/store index='true'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.MediaReport#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Date()
	 * @model dataType="xiaokang.core.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.MediaReport#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see #setLink(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Link()
	 * @model
	 * @generated
	 */
	String getLink();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.MediaReport#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(String value);

	/**
	 * Returns the value of the '<em><b>Villages</b></em>' reference list.
	 * The list contents are of type {@link xiaokang.core.model.Village}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Villages</em>' reference list.
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Villages()
	 * @model
	 * @generated
	 */
	EList<Village> getVillages();

	/**
	 * Returns the value of the '<em><b>Covers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workshops, enterprises or people it covers, as the report names them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covers</em>' attribute.
	 * @see #setCovers(String)
	 * @see xiaokang.publicity.model.PublicityPackage#getMediaReport_Covers()
	 * @model
	 * @generated
	 */
	String getCovers();

	/**
	 * Sets the value of the '{@link xiaokang.publicity.model.MediaReport#getCovers <em>Covers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covers</em>' attribute.
	 * @see #getCovers()
	 * @generated
	 */
	void setCovers(String value);

} // MediaReport
