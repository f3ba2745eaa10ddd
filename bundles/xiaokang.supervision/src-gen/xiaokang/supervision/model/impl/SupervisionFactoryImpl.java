/**
 */
package xiaokang.supervision.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import xiaokang.supervision.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SupervisionFactoryImpl extends EFactoryImpl implements SupervisionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SupervisionFactory init() {
		try {
			SupervisionFactory theSupervisionFactory = (SupervisionFactory)EPackage.Registry.INSTANCE.getEFactory(SupervisionPackage.eNS_URI);
			if (theSupervisionFactory != null) {
				return theSupervisionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SupervisionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupervisionFactoryImpl() {
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
			case SupervisionPackage.LISTED_SUPERVISION: return createListedSupervision();
			case SupervisionPackage.INSPECTION_GROUP: return createInspectionGroup();
			case SupervisionPackage.INSPECTION: return createInspection();
			case SupervisionPackage.PROBLEM: return createProblem();
			case SupervisionPackage.PROBLEM_EVENT: return createProblemEvent();
			case SupervisionPackage.RESCREENING_ROUND: return createRescreeningRound();
			case SupervisionPackage.SCREENING_RECORD: return createScreeningRecord();
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
			case SupervisionPackage.SUPERVISION_LEVEL:
				return createSupervisionLevelFromString(eDataType, initialValue);
			case SupervisionPackage.LISTING_STATUS:
				return createListingStatusFromString(eDataType, initialValue);
			case SupervisionPackage.PROBLEM_SOURCE:
				return createProblemSourceFromString(eDataType, initialValue);
			case SupervisionPackage.PROBLEM_AREA:
				return createProblemAreaFromString(eDataType, initialValue);
			case SupervisionPackage.PROBLEM_STATUS:
				return createProblemStatusFromString(eDataType, initialValue);
			case SupervisionPackage.PROBLEM_TRANSITION:
				return createProblemTransitionFromString(eDataType, initialValue);
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
			case SupervisionPackage.SUPERVISION_LEVEL:
				return convertSupervisionLevelToString(eDataType, instanceValue);
			case SupervisionPackage.LISTING_STATUS:
				return convertListingStatusToString(eDataType, instanceValue);
			case SupervisionPackage.PROBLEM_SOURCE:
				return convertProblemSourceToString(eDataType, instanceValue);
			case SupervisionPackage.PROBLEM_AREA:
				return convertProblemAreaToString(eDataType, instanceValue);
			case SupervisionPackage.PROBLEM_STATUS:
				return convertProblemStatusToString(eDataType, instanceValue);
			case SupervisionPackage.PROBLEM_TRANSITION:
				return convertProblemTransitionToString(eDataType, instanceValue);
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
	public ListedSupervision createListedSupervision() {
		ListedSupervisionImpl listedSupervision = new ListedSupervisionImpl();
		return listedSupervision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionGroup createInspectionGroup() {
		InspectionGroupImpl inspectionGroup = new InspectionGroupImpl();
		return inspectionGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection createInspection() {
		InspectionImpl inspection = new InspectionImpl();
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem createProblem() {
		ProblemImpl problem = new ProblemImpl();
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemEvent createProblemEvent() {
		ProblemEventImpl problemEvent = new ProblemEventImpl();
		return problemEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RescreeningRound createRescreeningRound() {
		RescreeningRoundImpl rescreeningRound = new RescreeningRoundImpl();
		return rescreeningRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreeningRecord createScreeningRecord() {
		ScreeningRecordImpl screeningRecord = new ScreeningRecordImpl();
		return screeningRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupervisionLevel createSupervisionLevelFromString(EDataType eDataType, String initialValue) {
		SupervisionLevel result = SupervisionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupervisionLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ListingStatus createListingStatusFromString(EDataType eDataType, String initialValue) {
		ListingStatus result = ListingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertListingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemSource createProblemSourceFromString(EDataType eDataType, String initialValue) {
		ProblemSource result = ProblemSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemArea createProblemAreaFromString(EDataType eDataType, String initialValue) {
		ProblemArea result = ProblemArea.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemAreaToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemStatus createProblemStatusFromString(EDataType eDataType, String initialValue) {
		ProblemStatus result = ProblemStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemTransition createProblemTransitionFromString(EDataType eDataType, String initialValue) {
		ProblemTransition result = ProblemTransition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemTransitionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionPackage getSupervisionPackage() {
		return (SupervisionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SupervisionPackage getPackage() {
		return SupervisionPackage.eINSTANCE;
	}

} //SupervisionFactoryImpl
