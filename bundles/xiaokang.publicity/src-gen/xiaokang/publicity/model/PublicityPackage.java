/**
 */
package xiaokang.publicity.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 宣传和社会扶贫: media reports, awards, commendations, the "four ones" of the pairing cadres, leaders of prosperity, volunteers and charity.
 * <!-- end-model-doc -->
 * @see xiaokang.publicity.model.PublicityFactory
 * @model kind="package"
 *        annotation="http://xiaokang/store version='1'"
 * @generated
 */
public interface PublicityPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://xiaokang/publicity/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "publicity";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PublicityPackage eINSTANCE = xiaokang.publicity.model.impl.PublicityPackageImpl.init();

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.MediaReportImpl <em>Media Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.MediaReportImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getMediaReport()
	 * @generated
	 */
	int MEDIA_REPORT = 0;

	/**
	 * The feature id for the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__OUTLET = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__DATE = 3;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__LINK = 4;

	/**
	 * The feature id for the '<em><b>Villages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__VILLAGES = 5;

	/**
	 * The feature id for the '<em><b>Covers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT__COVERS = 6;

	/**
	 * The number of structural features of the '<em>Media Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Media Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.AwardImpl <em>Award</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.AwardImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getAward()
	 * @generated
	 */
	int AWARD = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Awarded To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD__AWARDED_TO = 2;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD__VILLAGE = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD__DATE = 4;

	/**
	 * The number of structural features of the '<em>Award</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Award</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.CommendationImpl <em>Commendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.CommendationImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCommendation()
	 * @generated
	 */
	int COMMENDATION = 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION__TOWNSHIP = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION__DATE = 3;

	/**
	 * The feature id for the '<em><b>Commended By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION__COMMENDED_BY = 4;

	/**
	 * The number of structural features of the '<em>Commendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Commendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENDATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.FourOnesActivityImpl <em>Four Ones Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.FourOnesActivityImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getFourOnesActivity()
	 * @generated
	 */
	int FOUR_ONES_ACTIVITY = 3;

	/**
	 * The feature id for the '<em><b>Cadre</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY__CADRE = 0;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY__MONTH = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY__KIND = 2;

	/**
	 * The feature id for the '<em><b>Households</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY__HOUSEHOLDS = 3;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY__VILLAGE = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY__NOTES = 5;

	/**
	 * The number of structural features of the '<em>Four Ones Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Four Ones Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOUR_ONES_ACTIVITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.ProsperityLeaderImpl <em>Prosperity Leader</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.ProsperityLeaderImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getProsperityLeader()
	 * @generated
	 */
	int PROSPERITY_LEADER = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPERITY_LEADER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPERITY_LEADER__BUSINESS = 1;

	/**
	 * The feature id for the '<em><b>Households Helped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPERITY_LEADER__HOUSEHOLDS_HELPED = 2;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPERITY_LEADER__VILLAGE = 3;

	/**
	 * The number of structural features of the '<em>Prosperity Leader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPERITY_LEADER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Prosperity Leader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSPERITY_LEADER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.VolunteerRegistrationImpl <em>Volunteer Registration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.VolunteerRegistrationImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getVolunteerRegistration()
	 * @generated
	 */
	int VOLUNTEER_REGISTRATION = 5;

	/**
	 * The feature id for the '<em><b>Township</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEER_REGISTRATION__TOWNSHIP = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEER_REGISTRATION__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEER_REGISTRATION__REGISTERED = 2;

	/**
	 * The number of structural features of the '<em>Volunteer Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEER_REGISTRATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Volunteer Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEER_REGISTRATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.impl.CharityEventImpl <em>Charity Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.impl.CharityEventImpl
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCharityEvent()
	 * @generated
	 */
	int CHARITY_EVENT = 6;

	/**
	 * The feature id for the '<em><b>Donor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__DONOR = 0;

	/**
	 * The feature id for the '<em><b>Village</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__VILLAGE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Beneficiaries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__BENEFICIARIES = 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__AMOUNT = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__DATE = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT__DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Charity Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Charity Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARITY_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.MediaKind <em>Media Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.MediaKind
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getMediaKind()
	 * @generated
	 */
	int MEDIA_KIND = 7;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.AwardLevel <em>Award Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.AwardLevel
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getAwardLevel()
	 * @generated
	 */
	int AWARD_LEVEL = 8;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.CommendationCategory <em>Commendation Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.CommendationCategory
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCommendationCategory()
	 * @generated
	 */
	int COMMENDATION_CATEGORY = 9;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.FourOnesKind <em>Four Ones Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.FourOnesKind
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getFourOnesKind()
	 * @generated
	 */
	int FOUR_ONES_KIND = 10;

	/**
	 * The meta object id for the '{@link xiaokang.publicity.model.CharityKind <em>Charity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see xiaokang.publicity.model.CharityKind
	 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCharityKind()
	 * @generated
	 */
	int CHARITY_KIND = 11;


	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.MediaReport <em>Media Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Report</em>'.
	 * @see xiaokang.publicity.model.MediaReport
	 * @generated
	 */
	EClass getMediaReport();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.MediaReport#getOutlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlet</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getOutlet()
	 * @see #getMediaReport()
	 * @generated
	 */
	EAttribute getMediaReport_Outlet();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.MediaReport#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getKind()
	 * @see #getMediaReport()
	 * @generated
	 */
	EAttribute getMediaReport_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.MediaReport#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getTitle()
	 * @see #getMediaReport()
	 * @generated
	 */
	EAttribute getMediaReport_Title();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.MediaReport#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getDate()
	 * @see #getMediaReport()
	 * @generated
	 */
	EAttribute getMediaReport_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.MediaReport#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getLink()
	 * @see #getMediaReport()
	 * @generated
	 */
	EAttribute getMediaReport_Link();

	/**
	 * Returns the meta object for the reference list '{@link xiaokang.publicity.model.MediaReport#getVillages <em>Villages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Villages</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getVillages()
	 * @see #getMediaReport()
	 * @generated
	 */
	EReference getMediaReport_Villages();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.MediaReport#getCovers <em>Covers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covers</em>'.
	 * @see xiaokang.publicity.model.MediaReport#getCovers()
	 * @see #getMediaReport()
	 * @generated
	 */
	EAttribute getMediaReport_Covers();

	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.Award <em>Award</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Award</em>'.
	 * @see xiaokang.publicity.model.Award
	 * @generated
	 */
	EClass getAward();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Award#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.publicity.model.Award#getName()
	 * @see #getAward()
	 * @generated
	 */
	EAttribute getAward_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Award#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see xiaokang.publicity.model.Award#getLevel()
	 * @see #getAward()
	 * @generated
	 */
	EAttribute getAward_Level();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Award#getAwardedTo <em>Awarded To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Awarded To</em>'.
	 * @see xiaokang.publicity.model.Award#getAwardedTo()
	 * @see #getAward()
	 * @generated
	 */
	EAttribute getAward_AwardedTo();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.Award#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.publicity.model.Award#getVillage()
	 * @see #getAward()
	 * @generated
	 */
	EReference getAward_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Award#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.publicity.model.Award#getDate()
	 * @see #getAward()
	 * @generated
	 */
	EAttribute getAward_Date();

	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.Commendation <em>Commendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commendation</em>'.
	 * @see xiaokang.publicity.model.Commendation
	 * @generated
	 */
	EClass getCommendation();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Commendation#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see xiaokang.publicity.model.Commendation#getCategory()
	 * @see #getCommendation()
	 * @generated
	 */
	EAttribute getCommendation_Category();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Commendation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.publicity.model.Commendation#getName()
	 * @see #getCommendation()
	 * @generated
	 */
	EAttribute getCommendation_Name();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.Commendation#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.publicity.model.Commendation#getTownship()
	 * @see #getCommendation()
	 * @generated
	 */
	EReference getCommendation_Township();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Commendation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.publicity.model.Commendation#getDate()
	 * @see #getCommendation()
	 * @generated
	 */
	EAttribute getCommendation_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.Commendation#getCommendedBy <em>Commended By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commended By</em>'.
	 * @see xiaokang.publicity.model.Commendation#getCommendedBy()
	 * @see #getCommendation()
	 * @generated
	 */
	EAttribute getCommendation_CommendedBy();

	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.FourOnesActivity <em>Four Ones Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Four Ones Activity</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity
	 * @generated
	 */
	EClass getFourOnesActivity();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.FourOnesActivity#getCadre <em>Cadre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cadre</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity#getCadre()
	 * @see #getFourOnesActivity()
	 * @generated
	 */
	EReference getFourOnesActivity_Cadre();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.FourOnesActivity#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity#getMonth()
	 * @see #getFourOnesActivity()
	 * @generated
	 */
	EAttribute getFourOnesActivity_Month();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.FourOnesActivity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity#getKind()
	 * @see #getFourOnesActivity()
	 * @generated
	 */
	EAttribute getFourOnesActivity_Kind();

	/**
	 * Returns the meta object for the reference list '{@link xiaokang.publicity.model.FourOnesActivity#getHouseholds <em>Households</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Households</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity#getHouseholds()
	 * @see #getFourOnesActivity()
	 * @generated
	 */
	EReference getFourOnesActivity_Households();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.FourOnesActivity#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity#getVillage()
	 * @see #getFourOnesActivity()
	 * @generated
	 */
	EReference getFourOnesActivity_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.FourOnesActivity#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see xiaokang.publicity.model.FourOnesActivity#getNotes()
	 * @see #getFourOnesActivity()
	 * @generated
	 */
	EAttribute getFourOnesActivity_Notes();

	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.ProsperityLeader <em>Prosperity Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prosperity Leader</em>'.
	 * @see xiaokang.publicity.model.ProsperityLeader
	 * @generated
	 */
	EClass getProsperityLeader();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.ProsperityLeader#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see xiaokang.publicity.model.ProsperityLeader#getName()
	 * @see #getProsperityLeader()
	 * @generated
	 */
	EAttribute getProsperityLeader_Name();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.ProsperityLeader#getBusiness <em>Business</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business</em>'.
	 * @see xiaokang.publicity.model.ProsperityLeader#getBusiness()
	 * @see #getProsperityLeader()
	 * @generated
	 */
	EAttribute getProsperityLeader_Business();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.ProsperityLeader#getHouseholdsHelped <em>Households Helped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Households Helped</em>'.
	 * @see xiaokang.publicity.model.ProsperityLeader#getHouseholdsHelped()
	 * @see #getProsperityLeader()
	 * @generated
	 */
	EAttribute getProsperityLeader_HouseholdsHelped();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.ProsperityLeader#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.publicity.model.ProsperityLeader#getVillage()
	 * @see #getProsperityLeader()
	 * @generated
	 */
	EReference getProsperityLeader_Village();

	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.VolunteerRegistration <em>Volunteer Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volunteer Registration</em>'.
	 * @see xiaokang.publicity.model.VolunteerRegistration
	 * @generated
	 */
	EClass getVolunteerRegistration();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.VolunteerRegistration#getTownship <em>Township</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Township</em>'.
	 * @see xiaokang.publicity.model.VolunteerRegistration#getTownship()
	 * @see #getVolunteerRegistration()
	 * @generated
	 */
	EReference getVolunteerRegistration_Township();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.VolunteerRegistration#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see xiaokang.publicity.model.VolunteerRegistration#getYear()
	 * @see #getVolunteerRegistration()
	 * @generated
	 */
	EAttribute getVolunteerRegistration_Year();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.VolunteerRegistration#getRegistered <em>Registered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered</em>'.
	 * @see xiaokang.publicity.model.VolunteerRegistration#getRegistered()
	 * @see #getVolunteerRegistration()
	 * @generated
	 */
	EAttribute getVolunteerRegistration_Registered();

	/**
	 * Returns the meta object for class '{@link xiaokang.publicity.model.CharityEvent <em>Charity Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Charity Event</em>'.
	 * @see xiaokang.publicity.model.CharityEvent
	 * @generated
	 */
	EClass getCharityEvent();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.CharityEvent#getDonor <em>Donor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Donor</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getDonor()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EAttribute getCharityEvent_Donor();

	/**
	 * Returns the meta object for the reference '{@link xiaokang.publicity.model.CharityEvent#getVillage <em>Village</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Village</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getVillage()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EReference getCharityEvent_Village();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.CharityEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getKind()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EAttribute getCharityEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.CharityEvent#getBeneficiaries <em>Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficiaries</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getBeneficiaries()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EAttribute getCharityEvent_Beneficiaries();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.CharityEvent#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getAmount()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EAttribute getCharityEvent_Amount();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.CharityEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getDate()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EAttribute getCharityEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link xiaokang.publicity.model.CharityEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see xiaokang.publicity.model.CharityEvent#getDescription()
	 * @see #getCharityEvent()
	 * @generated
	 */
	EAttribute getCharityEvent_Description();

	/**
	 * Returns the meta object for enum '{@link xiaokang.publicity.model.MediaKind <em>Media Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media Kind</em>'.
	 * @see xiaokang.publicity.model.MediaKind
	 * @generated
	 */
	EEnum getMediaKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.publicity.model.AwardLevel <em>Award Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Award Level</em>'.
	 * @see xiaokang.publicity.model.AwardLevel
	 * @generated
	 */
	EEnum getAwardLevel();

	/**
	 * Returns the meta object for enum '{@link xiaokang.publicity.model.CommendationCategory <em>Commendation Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Commendation Category</em>'.
	 * @see xiaokang.publicity.model.CommendationCategory
	 * @generated
	 */
	EEnum getCommendationCategory();

	/**
	 * Returns the meta object for enum '{@link xiaokang.publicity.model.FourOnesKind <em>Four Ones Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Four Ones Kind</em>'.
	 * @see xiaokang.publicity.model.FourOnesKind
	 * @generated
	 */
	EEnum getFourOnesKind();

	/**
	 * Returns the meta object for enum '{@link xiaokang.publicity.model.CharityKind <em>Charity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Charity Kind</em>'.
	 * @see xiaokang.publicity.model.CharityKind
	 * @generated
	 */
	EEnum getCharityKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PublicityFactory getPublicityFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.MediaReportImpl <em>Media Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.MediaReportImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getMediaReport()
		 * @generated
		 */
		EClass MEDIA_REPORT = eINSTANCE.getMediaReport();

		/**
		 * The meta object literal for the '<em><b>Outlet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_REPORT__OUTLET = eINSTANCE.getMediaReport_Outlet();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_REPORT__KIND = eINSTANCE.getMediaReport_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_REPORT__TITLE = eINSTANCE.getMediaReport_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_REPORT__DATE = eINSTANCE.getMediaReport_Date();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_REPORT__LINK = eINSTANCE.getMediaReport_Link();

		/**
		 * The meta object literal for the '<em><b>Villages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIA_REPORT__VILLAGES = eINSTANCE.getMediaReport_Villages();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_REPORT__COVERS = eINSTANCE.getMediaReport_Covers();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.AwardImpl <em>Award</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.AwardImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getAward()
		 * @generated
		 */
		EClass AWARD = eINSTANCE.getAward();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD__NAME = eINSTANCE.getAward_Name();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD__LEVEL = eINSTANCE.getAward_Level();

		/**
		 * The meta object literal for the '<em><b>Awarded To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD__AWARDED_TO = eINSTANCE.getAward_AwardedTo();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AWARD__VILLAGE = eINSTANCE.getAward_Village();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD__DATE = eINSTANCE.getAward_Date();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.CommendationImpl <em>Commendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.CommendationImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCommendation()
		 * @generated
		 */
		EClass COMMENDATION = eINSTANCE.getCommendation();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENDATION__CATEGORY = eINSTANCE.getCommendation_Category();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENDATION__NAME = eINSTANCE.getCommendation_Name();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENDATION__TOWNSHIP = eINSTANCE.getCommendation_Township();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENDATION__DATE = eINSTANCE.getCommendation_Date();

		/**
		 * The meta object literal for the '<em><b>Commended By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENDATION__COMMENDED_BY = eINSTANCE.getCommendation_CommendedBy();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.FourOnesActivityImpl <em>Four Ones Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.FourOnesActivityImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getFourOnesActivity()
		 * @generated
		 */
		EClass FOUR_ONES_ACTIVITY = eINSTANCE.getFourOnesActivity();

		/**
		 * The meta object literal for the '<em><b>Cadre</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOUR_ONES_ACTIVITY__CADRE = eINSTANCE.getFourOnesActivity_Cadre();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOUR_ONES_ACTIVITY__MONTH = eINSTANCE.getFourOnesActivity_Month();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOUR_ONES_ACTIVITY__KIND = eINSTANCE.getFourOnesActivity_Kind();

		/**
		 * The meta object literal for the '<em><b>Households</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOUR_ONES_ACTIVITY__HOUSEHOLDS = eINSTANCE.getFourOnesActivity_Households();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOUR_ONES_ACTIVITY__VILLAGE = eINSTANCE.getFourOnesActivity_Village();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOUR_ONES_ACTIVITY__NOTES = eINSTANCE.getFourOnesActivity_Notes();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.ProsperityLeaderImpl <em>Prosperity Leader</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.ProsperityLeaderImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getProsperityLeader()
		 * @generated
		 */
		EClass PROSPERITY_LEADER = eINSTANCE.getProsperityLeader();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPERITY_LEADER__NAME = eINSTANCE.getProsperityLeader_Name();

		/**
		 * The meta object literal for the '<em><b>Business</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPERITY_LEADER__BUSINESS = eINSTANCE.getProsperityLeader_Business();

		/**
		 * The meta object literal for the '<em><b>Households Helped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSPERITY_LEADER__HOUSEHOLDS_HELPED = eINSTANCE.getProsperityLeader_HouseholdsHelped();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROSPERITY_LEADER__VILLAGE = eINSTANCE.getProsperityLeader_Village();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.VolunteerRegistrationImpl <em>Volunteer Registration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.VolunteerRegistrationImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getVolunteerRegistration()
		 * @generated
		 */
		EClass VOLUNTEER_REGISTRATION = eINSTANCE.getVolunteerRegistration();

		/**
		 * The meta object literal for the '<em><b>Township</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUNTEER_REGISTRATION__TOWNSHIP = eINSTANCE.getVolunteerRegistration_Township();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUNTEER_REGISTRATION__YEAR = eINSTANCE.getVolunteerRegistration_Year();

		/**
		 * The meta object literal for the '<em><b>Registered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUNTEER_REGISTRATION__REGISTERED = eINSTANCE.getVolunteerRegistration_Registered();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.impl.CharityEventImpl <em>Charity Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.impl.CharityEventImpl
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCharityEvent()
		 * @generated
		 */
		EClass CHARITY_EVENT = eINSTANCE.getCharityEvent();

		/**
		 * The meta object literal for the '<em><b>Donor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARITY_EVENT__DONOR = eINSTANCE.getCharityEvent_Donor();

		/**
		 * The meta object literal for the '<em><b>Village</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHARITY_EVENT__VILLAGE = eINSTANCE.getCharityEvent_Village();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARITY_EVENT__KIND = eINSTANCE.getCharityEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARITY_EVENT__BENEFICIARIES = eINSTANCE.getCharityEvent_Beneficiaries();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARITY_EVENT__AMOUNT = eINSTANCE.getCharityEvent_Amount();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARITY_EVENT__DATE = eINSTANCE.getCharityEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARITY_EVENT__DESCRIPTION = eINSTANCE.getCharityEvent_Description();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.MediaKind <em>Media Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.MediaKind
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getMediaKind()
		 * @generated
		 */
		EEnum MEDIA_KIND = eINSTANCE.getMediaKind();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.AwardLevel <em>Award Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.AwardLevel
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getAwardLevel()
		 * @generated
		 */
		EEnum AWARD_LEVEL = eINSTANCE.getAwardLevel();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.CommendationCategory <em>Commendation Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.CommendationCategory
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCommendationCategory()
		 * @generated
		 */
		EEnum COMMENDATION_CATEGORY = eINSTANCE.getCommendationCategory();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.FourOnesKind <em>Four Ones Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.FourOnesKind
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getFourOnesKind()
		 * @generated
		 */
		EEnum FOUR_ONES_KIND = eINSTANCE.getFourOnesKind();

		/**
		 * The meta object literal for the '{@link xiaokang.publicity.model.CharityKind <em>Charity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see xiaokang.publicity.model.CharityKind
		 * @see xiaokang.publicity.model.impl.PublicityPackageImpl#getCharityKind()
		 * @generated
		 */
		EEnum CHARITY_KIND = eINSTANCE.getCharityKind();

	}

} //PublicityPackage
