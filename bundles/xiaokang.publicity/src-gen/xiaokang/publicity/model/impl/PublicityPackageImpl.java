/**
 */
package xiaokang.publicity.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import xiaokang.core.model.CorePackage;

import xiaokang.publicity.model.Award;
import xiaokang.publicity.model.AwardLevel;
import xiaokang.publicity.model.CharityEvent;
import xiaokang.publicity.model.CharityKind;
import xiaokang.publicity.model.Commendation;
import xiaokang.publicity.model.CommendationCategory;
import xiaokang.publicity.model.FourOnesActivity;
import xiaokang.publicity.model.FourOnesKind;
import xiaokang.publicity.model.MediaKind;
import xiaokang.publicity.model.MediaReport;
import xiaokang.publicity.model.ProsperityLeader;
import xiaokang.publicity.model.PublicityFactory;
import xiaokang.publicity.model.PublicityPackage;
import xiaokang.publicity.model.VolunteerRegistration;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PublicityPackageImpl extends EPackageImpl implements PublicityPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mediaReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass awardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commendationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fourOnesActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass prosperityLeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volunteerRegistrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass charityEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mediaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum awardLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum commendationCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fourOnesKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum charityKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see xiaokang.publicity.model.PublicityPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PublicityPackageImpl() {
		super(eNS_URI, PublicityFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PublicityPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PublicityPackage init() {
		if (isInited) return (PublicityPackage)EPackage.Registry.INSTANCE.getEPackage(PublicityPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPublicityPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PublicityPackageImpl thePublicityPackage = registeredPublicityPackage instanceof PublicityPackageImpl ? (PublicityPackageImpl)registeredPublicityPackage : new PublicityPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		thePublicityPackage.createPackageContents();

		// Initialize created meta-data
		thePublicityPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePublicityPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PublicityPackage.eNS_URI, thePublicityPackage);
		return thePublicityPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMediaReport() {
		return mediaReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaReport_Outlet() {
		return (EAttribute)mediaReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaReport_Kind() {
		return (EAttribute)mediaReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaReport_Title() {
		return (EAttribute)mediaReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaReport_Date() {
		return (EAttribute)mediaReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaReport_Link() {
		return (EAttribute)mediaReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediaReport_Villages() {
		return (EReference)mediaReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaReport_Covers() {
		return (EAttribute)mediaReportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAward() {
		return awardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAward_Name() {
		return (EAttribute)awardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAward_Level() {
		return (EAttribute)awardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAward_AwardedTo() {
		return (EAttribute)awardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAward_Village() {
		return (EReference)awardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAward_Date() {
		return (EAttribute)awardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommendation() {
		return commendationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommendation_Category() {
		return (EAttribute)commendationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommendation_Name() {
		return (EAttribute)commendationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommendation_Township() {
		return (EReference)commendationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommendation_Date() {
		return (EAttribute)commendationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommendation_CommendedBy() {
		return (EAttribute)commendationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFourOnesActivity() {
		return fourOnesActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFourOnesActivity_Cadre() {
		return (EReference)fourOnesActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFourOnesActivity_Month() {
		return (EAttribute)fourOnesActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFourOnesActivity_Kind() {
		return (EAttribute)fourOnesActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFourOnesActivity_Households() {
		return (EReference)fourOnesActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFourOnesActivity_Village() {
		return (EReference)fourOnesActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFourOnesActivity_Notes() {
		return (EAttribute)fourOnesActivityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProsperityLeader() {
		return prosperityLeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProsperityLeader_Name() {
		return (EAttribute)prosperityLeaderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProsperityLeader_Business() {
		return (EAttribute)prosperityLeaderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProsperityLeader_HouseholdsHelped() {
		return (EAttribute)prosperityLeaderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProsperityLeader_Village() {
		return (EReference)prosperityLeaderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolunteerRegistration() {
		return volunteerRegistrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolunteerRegistration_Township() {
		return (EReference)volunteerRegistrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolunteerRegistration_Year() {
		return (EAttribute)volunteerRegistrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolunteerRegistration_Registered() {
		return (EAttribute)volunteerRegistrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCharityEvent() {
		return charityEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharityEvent_Donor() {
		return (EAttribute)charityEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCharityEvent_Village() {
		return (EReference)charityEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharityEvent_Kind() {
		return (EAttribute)charityEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharityEvent_Beneficiaries() {
		return (EAttribute)charityEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharityEvent_Amount() {
		return (EAttribute)charityEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharityEvent_Date() {
		return (EAttribute)charityEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharityEvent_Description() {
		return (EAttribute)charityEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMediaKind() {
		return mediaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAwardLevel() {
		return awardLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommendationCategory() {
		return commendationCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFourOnesKind() {
		return fourOnesKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCharityKind() {
		return charityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicityFactory getPublicityFactory() {
		return (PublicityFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		mediaReportEClass = createEClass(MEDIA_REPORT);
		createEAttribute(mediaReportEClass, MEDIA_REPORT__OUTLET);
		createEAttribute(mediaReportEClass, MEDIA_REPORT__KIND);
		createEAttribute(mediaReportEClass, MEDIA_REPORT__TITLE);
		createEAttribute(mediaReportEClass, MEDIA_REPORT__DATE);
		createEAttribute(mediaReportEClass, MEDIA_REPORT__LINK);
		createEReference(mediaReportEClass, MEDIA_REPORT__VILLAGES);
		createEAttribute(mediaReportEClass, MEDIA_REPORT__COVERS);

		awardEClass = createEClass(AWARD);
		createEAttribute(awardEClass, AWARD__NAME);
		createEAttribute(awardEClass, AWARD__LEVEL);
		createEAttribute(awardEClass, AWARD__AWARDED_TO);
		createEReference(awardEClass, AWARD__VILLAGE);
		createEAttribute(awardEClass, AWARD__DATE);

		commendationEClass = createEClass(COMMENDATION);
		createEAttribute(commendationEClass, COMMENDATION__CATEGORY);
		createEAttribute(commendationEClass, COMMENDATION__NAME);
		createEReference(commendationEClass, COMMENDATION__TOWNSHIP);
		createEAttribute(commendationEClass, COMMENDATION__DATE);
		createEAttribute(commendationEClass, COMMENDATION__COMMENDED_BY);

		fourOnesActivityEClass = createEClass(FOUR_ONES_ACTIVITY);
		createEReference(fourOnesActivityEClass, FOUR_ONES_ACTIVITY__CADRE);
		createEAttribute(fourOnesActivityEClass, FOUR_ONES_ACTIVITY__MONTH);
		createEAttribute(fourOnesActivityEClass, FOUR_ONES_ACTIVITY__KIND);
		createEReference(fourOnesActivityEClass, FOUR_ONES_ACTIVITY__HOUSEHOLDS);
		createEReference(fourOnesActivityEClass, FOUR_ONES_ACTIVITY__VILLAGE);
		createEAttribute(fourOnesActivityEClass, FOUR_ONES_ACTIVITY__NOTES);

		prosperityLeaderEClass = createEClass(PROSPERITY_LEADER);
		createEAttribute(prosperityLeaderEClass, PROSPERITY_LEADER__NAME);
		createEAttribute(prosperityLeaderEClass, PROSPERITY_LEADER__BUSINESS);
		createEAttribute(prosperityLeaderEClass, PROSPERITY_LEADER__HOUSEHOLDS_HELPED);
		createEReference(prosperityLeaderEClass, PROSPERITY_LEADER__VILLAGE);

		volunteerRegistrationEClass = createEClass(VOLUNTEER_REGISTRATION);
		createEReference(volunteerRegistrationEClass, VOLUNTEER_REGISTRATION__TOWNSHIP);
		createEAttribute(volunteerRegistrationEClass, VOLUNTEER_REGISTRATION__YEAR);
		createEAttribute(volunteerRegistrationEClass, VOLUNTEER_REGISTRATION__REGISTERED);

		charityEventEClass = createEClass(CHARITY_EVENT);
		createEAttribute(charityEventEClass, CHARITY_EVENT__DONOR);
		createEReference(charityEventEClass, CHARITY_EVENT__VILLAGE);
		createEAttribute(charityEventEClass, CHARITY_EVENT__KIND);
		createEAttribute(charityEventEClass, CHARITY_EVENT__BENEFICIARIES);
		createEAttribute(charityEventEClass, CHARITY_EVENT__AMOUNT);
		createEAttribute(charityEventEClass, CHARITY_EVENT__DATE);
		createEAttribute(charityEventEClass, CHARITY_EVENT__DESCRIPTION);

		// Create enums
		mediaKindEEnum = createEEnum(MEDIA_KIND);
		awardLevelEEnum = createEEnum(AWARD_LEVEL);
		commendationCategoryEEnum = createEEnum(COMMENDATION_CATEGORY);
		fourOnesKindEEnum = createEEnum(FOUR_ONES_KIND);
		charityKindEEnum = createEEnum(CHARITY_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(mediaReportEClass, MediaReport.class, "MediaReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMediaReport_Outlet(), ecorePackage.getEString(), "outlet", null, 1, 1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaReport_Kind(), this.getMediaKind(), "kind", null, 1, 1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaReport_Title(), ecorePackage.getEString(), "title", null, 1, 1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaReport_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaReport_Link(), ecorePackage.getEString(), "link", null, 0, 1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediaReport_Villages(), theCorePackage.getVillage(), null, "villages", null, 0, -1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaReport_Covers(), ecorePackage.getEString(), "covers", null, 0, 1, MediaReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(awardEClass, Award.class, "Award", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAward_Name(), ecorePackage.getEString(), "name", null, 1, 1, Award.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAward_Level(), this.getAwardLevel(), "level", null, 1, 1, Award.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAward_AwardedTo(), ecorePackage.getEString(), "awardedTo", null, 1, 1, Award.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAward_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, Award.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAward_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, Award.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commendationEClass, Commendation.class, "Commendation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommendation_Category(), this.getCommendationCategory(), "category", null, 1, 1, Commendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommendation_Name(), ecorePackage.getEString(), "name", null, 1, 1, Commendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommendation_Township(), theCorePackage.getTownship(), null, "township", null, 0, 1, Commendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommendation_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, Commendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommendation_CommendedBy(), ecorePackage.getEString(), "commendedBy", null, 0, 1, Commendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fourOnesActivityEClass, FourOnesActivity.class, "FourOnesActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFourOnesActivity_Cadre(), theCorePackage.getCadre(), null, "cadre", null, 1, 1, FourOnesActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFourOnesActivity_Month(), theCorePackage.getLocalDate(), "month", null, 1, 1, FourOnesActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFourOnesActivity_Kind(), this.getFourOnesKind(), "kind", null, 1, 1, FourOnesActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFourOnesActivity_Households(), theCorePackage.getHousehold(), null, "households", null, 0, -1, FourOnesActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFourOnesActivity_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, FourOnesActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFourOnesActivity_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, FourOnesActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(prosperityLeaderEClass, ProsperityLeader.class, "ProsperityLeader", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProsperityLeader_Name(), ecorePackage.getEString(), "name", null, 1, 1, ProsperityLeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProsperityLeader_Business(), ecorePackage.getEString(), "business", null, 0, 1, ProsperityLeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProsperityLeader_HouseholdsHelped(), ecorePackage.getEInt(), "householdsHelped", null, 0, 1, ProsperityLeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProsperityLeader_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, ProsperityLeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volunteerRegistrationEClass, VolunteerRegistration.class, "VolunteerRegistration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVolunteerRegistration_Township(), theCorePackage.getTownship(), null, "township", null, 1, 1, VolunteerRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolunteerRegistration_Year(), ecorePackage.getEInt(), "year", null, 1, 1, VolunteerRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolunteerRegistration_Registered(), ecorePackage.getEInt(), "registered", null, 1, 1, VolunteerRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(charityEventEClass, CharityEvent.class, "CharityEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCharityEvent_Donor(), ecorePackage.getEString(), "donor", null, 1, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCharityEvent_Village(), theCorePackage.getVillage(), null, "village", null, 0, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharityEvent_Kind(), this.getCharityKind(), "kind", null, 1, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharityEvent_Beneficiaries(), ecorePackage.getEInt(), "beneficiaries", null, 0, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharityEvent_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharityEvent_Date(), theCorePackage.getLocalDate(), "date", null, 1, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharityEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1, CharityEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(mediaKindEEnum, MediaKind.class, "MediaKind");
		addEEnumLiteral(mediaKindEEnum, MediaKind.NEWSPAPER);
		addEEnumLiteral(mediaKindEEnum, MediaKind.TV);
		addEEnumLiteral(mediaKindEEnum, MediaKind.ONLINE);

		initEEnum(awardLevelEEnum, AwardLevel.class, "AwardLevel");
		addEEnumLiteral(awardLevelEEnum, AwardLevel.NATIONAL);
		addEEnumLiteral(awardLevelEEnum, AwardLevel.PROVINCE);
		addEEnumLiteral(awardLevelEEnum, AwardLevel.CITY);
		addEEnumLiteral(awardLevelEEnum, AwardLevel.COUNTY);

		initEEnum(commendationCategoryEEnum, CommendationCategory.class, "CommendationCategory");
		addEEnumLiteral(commendationCategoryEEnum, CommendationCategory.GOT_RICH);
		addEEnumLiteral(commendationCategoryEEnum, CommendationCategory.INDUSTRY_PACESETTER);
		addEEnumLiteral(commendationCategoryEEnum, CommendationCategory.CARING_DONOR);
		addEEnumLiteral(commendationCategoryEEnum, CommendationCategory.OUTSTANDING_HELPER);

		initEEnum(fourOnesKindEEnum, FourOnesKind.class, "FourOnesKind");
		addEEnumLiteral(fourOnesKindEEnum, FourOnesKind.VISIT);
		addEEnumLiteral(fourOnesKindEEnum, FourOnesKind.CLEAN_UP);
		addEEnumLiteral(fourOnesKindEEnum, FourOnesKind.MEETING);
		addEEnumLiteral(fourOnesKindEEnum, FourOnesKind.COMMENDATION);

		initEEnum(charityKindEEnum, CharityKind.class, "CharityKind");
		addEEnumLiteral(charityKindEEnum, CharityKind.SCHOOL_AID);
		addEEnumLiteral(charityKindEEnum, CharityKind.DISABILITY_HELP);
		addEEnumLiteral(charityKindEEnum, CharityKind.PAIRING);
		addEEnumLiteral(charityKindEEnum, CharityKind.OTHER);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://xiaokang/store
		createStoreAnnotations();
		// http://xiaokang/form
		createFormAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "\u5ba3\u4f20\u548c\u793e\u4f1a\u6276\u8d2b: media reports, awards, commendations, the \"four ones\" of the pairing cadres, leaders of prosperity, volunteers and charity."
		   });
		addAnnotation
		  (mediaReportEClass,
		   source,
		   new String[] {
			   "documentation", "\u5a92\u4f53\u62a5\u9053: a report in a newspaper, on TV or online about the campaign."
		   });
		addAnnotation
		  (getMediaReport_Covers(),
		   source,
		   new String[] {
			   "documentation", "The workshops, enterprises or people it covers, as the report names them."
		   });
		addAnnotation
		  (awardEClass,
		   source,
		   new String[] {
			   "documentation", "\u8363\u8a89: an award to a workshop, a village, a unit or a person."
		   });
		addAnnotation
		  (commendationEClass,
		   source,
		   new String[] {
			   "documentation", "\u8868\u5f70: a model commended (of getting rich, industry help, donation or help)."
		   });
		addAnnotation
		  (getCommendation_Name(),
		   source,
		   new String[] {
			   "documentation", "The person or unit commended."
		   });
		addAnnotation
		  (fourOnesActivityEClass,
		   source,
		   new String[] {
			   "documentation", "\u201c\u56db\u4e2a\u4e00\u201d: what a pairing cadre did in a month: visits to their households, a clean-up, a meeting, a commendation."
		   });
		addAnnotation
		  (getFourOnesActivity_Month(),
		   source,
		   new String[] {
			   "documentation", "The first day of the month."
		   });
		addAnnotation
		  (getFourOnesActivity_Households(),
		   source,
		   new String[] {
			   "documentation", "The households visited or helped."
		   });
		addAnnotation
		  (prosperityLeaderEClass,
		   source,
		   new String[] {
			   "documentation", "\u81f4\u5bcc\u5e26\u5934\u4eba: a villager whose business helps poor households."
		   });
		addAnnotation
		  (volunteerRegistrationEClass,
		   source,
		   new String[] {
			   "documentation", "\u5fd7\u613f\u8005\u6ce8\u518c: volunteers registered on the national social-help network in a township and year."
		   });
		addAnnotation
		  (charityEventEClass,
		   source,
		   new String[] {
			   "documentation", "\u793e\u4f1a\u5e2e\u6276: a donation or help by a company, group or person (e.g. school aid)."
		   });
		addAnnotation
		  (mediaKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The kind of an outlet."
		   });
		addAnnotation
		  (awardLevelEEnum,
		   source,
		   new String[] {
			   "documentation", "Who gave an award."
		   });
		addAnnotation
		  (commendationCategoryEEnum,
		   source,
		   new String[] {
			   "documentation", "What a model is commended for."
		   });
		addAnnotation
		  (fourOnesKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The four things a pairing cadre does every month."
		   });
		addAnnotation
		  (charityKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The kind of a donation or help."
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/store</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createStoreAnnotations() {
		String source = "http://xiaokang/store";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "version", "1"
		   });
		addAnnotation
		  (getMediaReport_Title(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getFourOnesActivity_Month(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getFourOnesActivity_Notes(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getCharityEvent_Description(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://xiaokang/form</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFormAnnotations() {
		String source = "http://xiaokang/form";
		addAnnotation
		  (getProsperityLeader_HouseholdsHelped(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getVolunteerRegistration_Year(),
		   source,
		   new String[] {
			   "min", "2000",
			   "max", "2100"
		   });
		addAnnotation
		  (getVolunteerRegistration_Registered(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getCharityEvent_Beneficiaries(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getCharityEvent_Amount(),
		   source,
		   new String[] {
			   "unit", "\u5143",
			   "min", "0"
		   });
	}

} //PublicityPackageImpl
