/**
 */
package xiaokang.employment.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import xiaokang.employment.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EmploymentFactoryImpl extends EFactoryImpl implements EmploymentFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EmploymentFactory init() {
		try {
			EmploymentFactory theEmploymentFactory = (EmploymentFactory)EPackage.Registry.INSTANCE.getEFactory(EmploymentPackage.eNS_URI);
			if (theEmploymentFactory != null) {
				return theEmploymentFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EmploymentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmploymentFactoryImpl() {
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
			case EmploymentPackage.WORKSHOP: return createWorkshop();
			case EmploymentPackage.EMPLOYMENT: return createEmployment();
			case EmploymentPackage.RETURN_CAMPAIGN: return createReturnCampaign();
			case EmploymentPackage.RETURN_ENTRY: return createReturnEntry();
			case EmploymentPackage.TRAINING: return createTraining();
			case EmploymentPackage.PARTICIPANT: return createParticipant();
			case EmploymentPackage.ENTREPRENEURSHIP_SUBSIDY: return createEntrepreneurshipSubsidy();
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
			case EmploymentPackage.WORK_PLACE:
				return createWorkPlaceFromString(eDataType, initialValue);
			case EmploymentPackage.RETURN_STATUS:
				return createReturnStatusFromString(eDataType, initialValue);
			case EmploymentPackage.TRAINING_KIND:
				return createTrainingKindFromString(eDataType, initialValue);
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
			case EmploymentPackage.WORK_PLACE:
				return convertWorkPlaceToString(eDataType, instanceValue);
			case EmploymentPackage.RETURN_STATUS:
				return convertReturnStatusToString(eDataType, instanceValue);
			case EmploymentPackage.TRAINING_KIND:
				return convertTrainingKindToString(eDataType, instanceValue);
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
	public Workshop createWorkshop() {
		WorkshopImpl workshop = new WorkshopImpl();
		return workshop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employment createEmployment() {
		EmploymentImpl employment = new EmploymentImpl();
		return employment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReturnCampaign createReturnCampaign() {
		ReturnCampaignImpl returnCampaign = new ReturnCampaignImpl();
		return returnCampaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReturnEntry createReturnEntry() {
		ReturnEntryImpl returnEntry = new ReturnEntryImpl();
		return returnEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Training createTraining() {
		TrainingImpl training = new TrainingImpl();
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant() {
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntrepreneurshipSubsidy createEntrepreneurshipSubsidy() {
		EntrepreneurshipSubsidyImpl entrepreneurshipSubsidy = new EntrepreneurshipSubsidyImpl();
		return entrepreneurshipSubsidy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkPlace createWorkPlaceFromString(EDataType eDataType, String initialValue) {
		WorkPlace result = WorkPlace.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkPlaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReturnStatus createReturnStatusFromString(EDataType eDataType, String initialValue) {
		ReturnStatus result = ReturnStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReturnStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingKind createTrainingKindFromString(EDataType eDataType, String initialValue) {
		TrainingKind result = TrainingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmploymentPackage getEmploymentPackage() {
		return (EmploymentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EmploymentPackage getPackage() {
		return EmploymentPackage.eINSTANCE;
	}

} //EmploymentFactoryImpl
