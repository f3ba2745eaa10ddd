/**
 */
package xiaokang.monitoring.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import xiaokang.monitoring.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MonitoringFactoryImpl extends EFactoryImpl implements MonitoringFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MonitoringFactory init() {
		try {
			MonitoringFactory theMonitoringFactory = (MonitoringFactory)EPackage.Registry.INSTANCE.getEFactory(MonitoringPackage.eNS_URI);
			if (theMonitoringFactory != null) {
				return theMonitoringFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MonitoringFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringFactoryImpl() {
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
			case MonitoringPackage.POLICY_YEAR: return createPolicyYear();
			case MonitoringPackage.INCOME_CARD: return createIncomeCard();
			case MonitoringPackage.RIGID_EXPENDITURE: return createRigidExpenditure();
			case MonitoringPackage.DEPARTMENT_RECORD: return createDepartmentRecord();
			case MonitoringPackage.WARNING: return createWarning();
			case MonitoringPackage.MONITORED_HOUSEHOLD: return createMonitoredHousehold();
			case MonitoringPackage.MONITORING_EVENT: return createMonitoringEvent();
			case MonitoringPackage.HELP_MEASURE: return createHelpMeasure();
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
			case MonitoringPackage.EXPENDITURE_KIND:
				return createExpenditureKindFromString(eDataType, initialValue);
			case MonitoringPackage.DEPARTMENT_LIST:
				return createDepartmentListFromString(eDataType, initialValue);
			case MonitoringPackage.WARNING_KIND:
				return createWarningKindFromString(eDataType, initialValue);
			case MonitoringPackage.WARNING_STATUS:
				return createWarningStatusFromString(eDataType, initialValue);
			case MonitoringPackage.MONITORING_CATEGORY:
				return createMonitoringCategoryFromString(eDataType, initialValue);
			case MonitoringPackage.RISK_TYPE:
				return createRiskTypeFromString(eDataType, initialValue);
			case MonitoringPackage.HOW_FOUND:
				return createHowFoundFromString(eDataType, initialValue);
			case MonitoringPackage.MONITORING_STAGE:
				return createMonitoringStageFromString(eDataType, initialValue);
			case MonitoringPackage.MONITORING_STEP:
				return createMonitoringStepFromString(eDataType, initialValue);
			case MonitoringPackage.MEASURE_KIND:
				return createMeasureKindFromString(eDataType, initialValue);
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
			case MonitoringPackage.EXPENDITURE_KIND:
				return convertExpenditureKindToString(eDataType, instanceValue);
			case MonitoringPackage.DEPARTMENT_LIST:
				return convertDepartmentListToString(eDataType, instanceValue);
			case MonitoringPackage.WARNING_KIND:
				return convertWarningKindToString(eDataType, instanceValue);
			case MonitoringPackage.WARNING_STATUS:
				return convertWarningStatusToString(eDataType, instanceValue);
			case MonitoringPackage.MONITORING_CATEGORY:
				return convertMonitoringCategoryToString(eDataType, instanceValue);
			case MonitoringPackage.RISK_TYPE:
				return convertRiskTypeToString(eDataType, instanceValue);
			case MonitoringPackage.HOW_FOUND:
				return convertHowFoundToString(eDataType, instanceValue);
			case MonitoringPackage.MONITORING_STAGE:
				return convertMonitoringStageToString(eDataType, instanceValue);
			case MonitoringPackage.MONITORING_STEP:
				return convertMonitoringStepToString(eDataType, instanceValue);
			case MonitoringPackage.MEASURE_KIND:
				return convertMeasureKindToString(eDataType, instanceValue);
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
	public PolicyYear createPolicyYear() {
		PolicyYearImpl policyYear = new PolicyYearImpl();
		return policyYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncomeCard createIncomeCard() {
		IncomeCardImpl incomeCard = new IncomeCardImpl();
		return incomeCard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RigidExpenditure createRigidExpenditure() {
		RigidExpenditureImpl rigidExpenditure = new RigidExpenditureImpl();
		return rigidExpenditure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentRecord createDepartmentRecord() {
		DepartmentRecordImpl departmentRecord = new DepartmentRecordImpl();
		return departmentRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Warning createWarning() {
		WarningImpl warning = new WarningImpl();
		return warning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoredHousehold createMonitoredHousehold() {
		MonitoredHouseholdImpl monitoredHousehold = new MonitoredHouseholdImpl();
		return monitoredHousehold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringEvent createMonitoringEvent() {
		MonitoringEventImpl monitoringEvent = new MonitoringEventImpl();
		return monitoringEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HelpMeasure createHelpMeasure() {
		HelpMeasureImpl helpMeasure = new HelpMeasureImpl();
		return helpMeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpenditureKind createExpenditureKindFromString(EDataType eDataType, String initialValue) {
		ExpenditureKind result = ExpenditureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpenditureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DepartmentList createDepartmentListFromString(EDataType eDataType, String initialValue) {
		DepartmentList result = DepartmentList.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDepartmentListToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WarningKind createWarningKindFromString(EDataType eDataType, String initialValue) {
		WarningKind result = WarningKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWarningKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WarningStatus createWarningStatusFromString(EDataType eDataType, String initialValue) {
		WarningStatus result = WarningStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWarningStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringCategory createMonitoringCategoryFromString(EDataType eDataType, String initialValue) {
		MonitoringCategory result = MonitoringCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonitoringCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskType createRiskTypeFromString(EDataType eDataType, String initialValue) {
		RiskType result = RiskType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HowFound createHowFoundFromString(EDataType eDataType, String initialValue) {
		HowFound result = HowFound.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHowFoundToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringStage createMonitoringStageFromString(EDataType eDataType, String initialValue) {
		MonitoringStage result = MonitoringStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonitoringStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringStep createMonitoringStepFromString(EDataType eDataType, String initialValue) {
		MonitoringStep result = MonitoringStep.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonitoringStepToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureKind createMeasureKindFromString(EDataType eDataType, String initialValue) {
		MeasureKind result = MeasureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringPackage getMonitoringPackage() {
		return (MonitoringPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MonitoringPackage getPackage() {
		return MonitoringPackage.eINSTANCE;
	}

} //MonitoringFactoryImpl
