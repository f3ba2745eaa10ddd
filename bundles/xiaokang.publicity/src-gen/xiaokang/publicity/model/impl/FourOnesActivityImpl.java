/**
 */
package xiaokang.publicity.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import xiaokang.core.model.Cadre;
import xiaokang.core.model.Household;
import xiaokang.core.model.Village;

import xiaokang.publicity.model.FourOnesActivity;
import xiaokang.publicity.model.FourOnesKind;
import xiaokang.publicity.model.PublicityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Four Ones Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link xiaokang.publicity.model.impl.FourOnesActivityImpl#getCadre <em>Cadre</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.FourOnesActivityImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.FourOnesActivityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.FourOnesActivityImpl#getHouseholds <em>Households</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.FourOnesActivityImpl#getVillage <em>Village</em>}</li>
 *   <li>{@link xiaokang.publicity.model.impl.FourOnesActivityImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FourOnesActivityImpl extends MinimalEObjectImpl.Container implements FourOnesActivity {
	/**
	 * The cached value of the '{@link #getCadre() <em>Cadre</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadre()
	 * @generated
	 * @ordered
	 */
	protected Cadre cadre;

	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected LocalDate month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FourOnesKind KIND_EDEFAULT = FourOnesKind.VISIT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FourOnesKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHouseholds() <em>Households</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholds()
	 * @generated
	 * @ordered
	 */
	protected EList<Household> households;

	/**
	 * The cached value of the '{@link #getVillage() <em>Village</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVillage()
	 * @generated
	 * @ordered
	 */
	protected Village village;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FourOnesActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PublicityPackage.Literals.FOUR_ONES_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cadre getCadre() {
		if (cadre != null && cadre.eIsProxy()) {
			InternalEObject oldCadre = (InternalEObject)cadre;
			cadre = (Cadre)eResolveProxy(oldCadre);
			if (cadre != oldCadre) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.FOUR_ONES_ACTIVITY__CADRE, oldCadre, cadre));
			}
		}
		return cadre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cadre basicGetCadre() {
		return cadre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCadre(Cadre newCadre) {
		Cadre oldCadre = cadre;
		cadre = newCadre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.FOUR_ONES_ACTIVITY__CADRE, oldCadre, cadre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(LocalDate newMonth) {
		LocalDate oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.FOUR_ONES_ACTIVITY__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FourOnesKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FourOnesKind newKind) {
		FourOnesKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.FOUR_ONES_ACTIVITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Household> getHouseholds() {
		if (households == null) {
			households = new EObjectResolvingEList<Household>(Household.class, this, PublicityPackage.FOUR_ONES_ACTIVITY__HOUSEHOLDS);
		}
		return households;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Village getVillage() {
		if (village != null && village.eIsProxy()) {
			InternalEObject oldVillage = (InternalEObject)village;
			village = (Village)eResolveProxy(oldVillage);
			if (village != oldVillage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PublicityPackage.FOUR_ONES_ACTIVITY__VILLAGE, oldVillage, village));
			}
		}
		return village;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Village basicGetVillage() {
		return village;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVillage(Village newVillage) {
		Village oldVillage = village;
		village = newVillage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.FOUR_ONES_ACTIVITY__VILLAGE, oldVillage, village));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PublicityPackage.FOUR_ONES_ACTIVITY__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PublicityPackage.FOUR_ONES_ACTIVITY__CADRE:
				if (resolve) return getCadre();
				return basicGetCadre();
			case PublicityPackage.FOUR_ONES_ACTIVITY__MONTH:
				return getMonth();
			case PublicityPackage.FOUR_ONES_ACTIVITY__KIND:
				return getKind();
			case PublicityPackage.FOUR_ONES_ACTIVITY__HOUSEHOLDS:
				return getHouseholds();
			case PublicityPackage.FOUR_ONES_ACTIVITY__VILLAGE:
				if (resolve) return getVillage();
				return basicGetVillage();
			case PublicityPackage.FOUR_ONES_ACTIVITY__NOTES:
				return getNotes();
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
			case PublicityPackage.FOUR_ONES_ACTIVITY__CADRE:
				setCadre((Cadre)newValue);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__MONTH:
				setMonth((LocalDate)newValue);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__KIND:
				setKind((FourOnesKind)newValue);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__HOUSEHOLDS:
				getHouseholds().clear();
				getHouseholds().addAll((Collection<? extends Household>)newValue);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__VILLAGE:
				setVillage((Village)newValue);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__NOTES:
				setNotes((String)newValue);
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
			case PublicityPackage.FOUR_ONES_ACTIVITY__CADRE:
				setCadre((Cadre)null);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__HOUSEHOLDS:
				getHouseholds().clear();
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__VILLAGE:
				setVillage((Village)null);
				return;
			case PublicityPackage.FOUR_ONES_ACTIVITY__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case PublicityPackage.FOUR_ONES_ACTIVITY__CADRE:
				return cadre != null;
			case PublicityPackage.FOUR_ONES_ACTIVITY__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case PublicityPackage.FOUR_ONES_ACTIVITY__KIND:
				return kind != KIND_EDEFAULT;
			case PublicityPackage.FOUR_ONES_ACTIVITY__HOUSEHOLDS:
				return households != null && !households.isEmpty();
			case PublicityPackage.FOUR_ONES_ACTIVITY__VILLAGE:
				return village != null;
			case PublicityPackage.FOUR_ONES_ACTIVITY__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (month: ");
		result.append(month);
		result.append(", kind: ");
		result.append(kind);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //FourOnesActivityImpl
