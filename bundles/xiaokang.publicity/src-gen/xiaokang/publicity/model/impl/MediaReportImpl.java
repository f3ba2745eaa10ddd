/**
 */
package xiaokang.publicity.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import xiaokang.core.model.Village;

import xiaokang.publicity.model.MediaKind;
import xiaokang.publicity.model.MediaReport;
import xiaokang.publicity.model.PublicityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Media Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getDate <em>Date</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getLink <em>Link</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getVillages <em>Villages</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.MediaReportImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediaReportImpl extends MinimalEObjectImpl.Container implements MediaReport {
	/**
	 * The default value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTLET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected String outlet = OUTLET_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MediaKind KIND_EDEFAULT = MediaKind.NEWSPAPER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MediaKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected static final String LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected String link = LINK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVillages() <em>Villages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillages()
	 * @generated
	 * @ordered
	 */
	protected EList<Village> villages;

	/**
	 * The default value of the '{@link #getCovers() <em>Covers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovers()
	 * @generated
	 * @ordered
	 */
	protected static final String COVERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCovers() <em>Covers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovers()
	 * @generated
	 * @ordered
	 */
	protected String covers = COVERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediaReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.MEDIA_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutlet() {
		return outlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutlet(String newOutlet) {
		String oldOutlet = outlet;
		outlet = newOutlet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.MEDIA_REPORT__OUTLET, oldOutlet, outlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MediaKind newKind) {
		MediaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.MEDIA_REPORT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.MEDIA_REPORT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.MEDIA_REPORT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(String newLink) {
		String oldLink = link;
		link = newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.MEDIA_REPORT__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Village> getVillages() {
		if (villages == null) {
			villages = new EObjectResolvingEList<Village>(Village.class, this, PublicityPackage.MEDIA_REPORT__VILLAGES);
		}
		return villages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCovers() {
		return covers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCovers(String newCovers) {
		String oldCovers = covers;
		covers = newCovers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.MEDIA_REPORT__COVERS, oldCovers, covers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.MEDIA_REPORT__OUTLET:
				return getOutlet();
			case PublicityPackage.MEDIA_REPORT__KIND:
				return getKind();
			case PublicityPackage.MEDIA_REPORT__TITLE:
				return getTitle();
			case PublicityPackage.MEDIA_REPORT__DATE:
				return getDate();
			case PublicityPackage.MEDIA_REPORT__LINK:
				return getLink();
			case PublicityPackage.MEDIA_REPORT__VILLAGES:
				return getVillages();
			case PublicityPackage.MEDIA_REPORT__COVERS:
				return getCovers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PublicityPackage.MEDIA_REPORT__OUTLET:
				setOutlet((String)newValue);
				return;
			case PublicityPackage.MEDIA_REPORT__KIND:
				setKind((MediaKind)newValue);
				return;
			case PublicityPackage.MEDIA_REPORT__TITLE:
				setTitle((String)newValue);
				return;
			case PublicityPackage.MEDIA_REPORT__DATE:
				setDate((LocalDate)newValue);
				return;
			case PublicityPackage.MEDIA_REPORT__LINK:
				setLink((String)newValue);
				return;
			case PublicityPackage.MEDIA_REPORT__VILLAGES:
				getVillages().clear();
				getVillages().addAll((Collection<? extends Village>)newValue);
				return;
			case PublicityPackage.MEDIA_REPORT__COVERS:
				setCovers((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PublicityPackage.MEDIA_REPORT__OUTLET:
				setOutlet(OUTLET_EDEFAULT);
				return;
			case PublicityPackage.MEDIA_REPORT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PublicityPackage.MEDIA_REPORT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PublicityPackage.MEDIA_REPORT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PublicityPackage.MEDIA_REPORT__LINK:
				setLink(LINK_EDEFAULT);
				return;
			case PublicityPackage.MEDIA_REPORT__VILLAGES:
				getVillages().clear();
				return;
			case PublicityPackage.MEDIA_REPORT__COVERS:
				setCovers(COVERS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PublicityPackage.MEDIA_REPORT__OUTLET:
				return OUTLET_EDEFAULT == null ? outlet != null : !OUTLET_EDEFAULT.equals(outlet);
			case PublicityPackage.MEDIA_REPORT__KIND:
				return kind != KIND_EDEFAULT;
			case PublicityPackage.MEDIA_REPORT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PublicityPackage.MEDIA_REPORT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PublicityPackage.MEDIA_REPORT__LINK:
				return LINK_EDEFAULT == null ? link != null : !LINK_EDEFAULT.equals(link);
			case PublicityPackage.MEDIA_REPORT__VILLAGES:
				return villages != null && !villages.isEmpty();
			case PublicityPackage.MEDIA_REPORT__COVERS:
				return COVERS_EDEFAULT == null ? covers != null : !COVERS_EDEFAULT.equals(covers);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (outlet: ");
		result.append(outlet);
		result.append(", kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", date: ");
		result.append(date);
		result.append(", link: ");
		result.append(link);
		result.append(", covers: ");
		result.append(covers);
		result.append(')');
		return result.toString();
	}

} //MediaReportImpl
