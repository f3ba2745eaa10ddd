/**
 */
package xiaokang.publicity.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import xiaokang.publicity.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PublicityFactoryImpl extends EFactoryImpl implements PublicityFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PublicityFactory init() {
		try {
			PublicityFactory thePublicityFactory = (PublicityFactory)EPackage.Registry.INSTANCE.getEFactory(PublicityPackage.eNS_URI);
			if (thePublicityFactory != null) {
				return thePublicityFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PublicityFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicityFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PublicityPackage.MEDIA_REPORT: return createMediaReport();
			case PublicityPackage.AWARD: return createAward();
			case PublicityPackage.COMMENDATION: return createCommendation();
			case PublicityPackage.FOUR_ONES_ACTIVITY: return createFourOnesActivity();
			case PublicityPackage.PROSPERITY_LEADER: return createProsperityLeader();
			case PublicityPackage.VOLUNTEER_REGISTRATION: return createVolunteerRegistration();
			case PublicityPackage.CHARITY_EVENT: return createCharityEvent();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PublicityPackage.MEDIA_KIND:
				return createMediaKindFromString(eDataType, initialValue);
			case PublicityPackage.AWARD_LEVEL:
				return createAwardLevelFromString(eDataType, initialValue);
			case PublicityPackage.COMMENDATION_CATEGORY:
				return createCommendationCategoryFromString(eDataType, initialValue);
			case PublicityPackage.FOUR_ONES_KIND:
				return createFourOnesKindFromString(eDataType, initialValue);
			case PublicityPackage.CHARITY_KIND:
				return createCharityKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PublicityPackage.MEDIA_KIND:
				return convertMediaKindToString(eDataType, instanceValue);
			case PublicityPackage.AWARD_LEVEL:
				return convertAwardLevelToString(eDataType, instanceValue);
			case PublicityPackage.COMMENDATION_CATEGORY:
				return convertCommendationCategoryToString(eDataType, instanceValue);
			case PublicityPackage.FOUR_ONES_KIND:
				return convertFourOnesKindToString(eDataType, instanceValue);
			case PublicityPackage.CHARITY_KIND:
				return convertCharityKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaReport createMediaReport() {
		MediaReportImpl mediaReport = new MediaReportImpl();
		return mediaReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Award createAward() {
		AwardImpl award = new AwardImpl();
		return award;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Commendation createCommendation() {
		CommendationImpl commendation = new CommendationImpl();
		return commendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FourOnesActivity createFourOnesActivity() {
		FourOnesActivityImpl fourOnesActivity = new FourOnesActivityImpl();
		return fourOnesActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProsperityLeader createProsperityLeader() {
		ProsperityLeaderImpl prosperityLeader = new ProsperityLeaderImpl();
		return prosperityLeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolunteerRegistration createVolunteerRegistration() {
		VolunteerRegistrationImpl volunteerRegistration = new VolunteerRegistrationImpl();
		return volunteerRegistration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CharityEvent createCharityEvent() {
		CharityEventImpl charityEvent = new CharityEventImpl();
		return charityEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaKind createMediaKindFromString(EDataType eDataType, String initialValue) {
		MediaKind result = MediaKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMediaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AwardLevel createAwardLevelFromString(EDataType eDataType, String initialValue) {
		AwardLevel result = AwardLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAwardLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommendationCategory createCommendationCategoryFromString(EDataType eDataType, String initialValue) {
		CommendationCategory result = CommendationCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommendationCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FourOnesKind createFourOnesKindFromString(EDataType eDataType, String initialValue) {
		FourOnesKind result = FourOnesKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFourOnesKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CharityKind createCharityKindFromString(EDataType eDataType, String initialValue) {
		CharityKind result = CharityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCharityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicityPackage getPublicityPackage() {
		return (PublicityPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PublicityPackage getPackage() {
		return PublicityPackage.eINSTANCE;
	}

} //PublicityFactoryImpl
