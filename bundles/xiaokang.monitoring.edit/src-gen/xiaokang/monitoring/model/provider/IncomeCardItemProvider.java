/**
 */
package xiaokang.monitoring.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringPackage;

/**
 * This is the item provider adapter for a {@link xiaokang.monitoring.model.IncomeCard} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class IncomeCardItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IncomeCardItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addHouseholdPropertyDescriptor(object);
			addYearPropertyDescriptor(object);
			addPeoplePropertyDescriptor(object);
			addWagesPropertyDescriptor(object);
			addCropsPropertyDescriptor(object);
			addLivestockPropertyDescriptor(object);
			addForestryFruitPropertyDescriptor(object);
			addOtherOperatingPropertyDescriptor(object);
			addCropsCostPropertyDescriptor(object);
			addLivestockCostPropertyDescriptor(object);
			addForestryFruitCostPropertyDescriptor(object);
			addOtherOperatingCostPropertyDescriptor(object);
			addPropertyPropertyDescriptor(object);
			addPensionsPropertyDescriptor(object);
			addLowIncomeAllowancePropertyDescriptor(object);
			addSubsidiesPropertyDescriptor(object);
			addOtherTransfersPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Household feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHouseholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_household_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_household_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__HOUSEHOLD,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_year_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_year_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the People feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeoplePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_people_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_people_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__PEOPLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Wages feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWagesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_wages_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_wages_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__WAGES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crops feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCropsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_crops_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_crops_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__CROPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Livestock feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLivestockPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_livestock_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_livestock_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__LIVESTOCK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Forestry Fruit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForestryFruitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_forestryFruit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_forestryFruit_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__FORESTRY_FRUIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Operating feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherOperatingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_otherOperating_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_otherOperating_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__OTHER_OPERATING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crops Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCropsCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_cropsCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_cropsCost_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__CROPS_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Livestock Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLivestockCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_livestockCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_livestockCost_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__LIVESTOCK_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Forestry Fruit Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForestryFruitCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_forestryFruitCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_forestryFruitCost_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__FORESTRY_FRUIT_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Operating Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherOperatingCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_otherOperatingCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_otherOperatingCost_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__OTHER_OPERATING_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Property feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPropertyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_property_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_property_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__PROPERTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pensions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPensionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_pensions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_pensions_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__PENSIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Low Income Allowance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowIncomeAllowancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_lowIncomeAllowance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_lowIncomeAllowance_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__LOW_INCOME_ALLOWANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subsidies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubsidiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_subsidies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_subsidies_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__SUBSIDIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Transfers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherTransfersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IncomeCard_otherTransfers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IncomeCard_otherTransfers_feature", "_UI_IncomeCard_type"),
				 MonitoringPackage.Literals.INCOME_CARD__OTHER_TRANSFERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns IncomeCard.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/IncomeCard"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		IncomeCard incomeCard = (IncomeCard)object;
		return getString("_UI_IncomeCard_type") + " " + incomeCard.getYear();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(IncomeCard.class)) {
			case MonitoringPackage.INCOME_CARD__YEAR:
			case MonitoringPackage.INCOME_CARD__PEOPLE:
			case MonitoringPackage.INCOME_CARD__WAGES:
			case MonitoringPackage.INCOME_CARD__CROPS:
			case MonitoringPackage.INCOME_CARD__LIVESTOCK:
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT:
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING:
			case MonitoringPackage.INCOME_CARD__CROPS_COST:
			case MonitoringPackage.INCOME_CARD__LIVESTOCK_COST:
			case MonitoringPackage.INCOME_CARD__FORESTRY_FRUIT_COST:
			case MonitoringPackage.INCOME_CARD__OTHER_OPERATING_COST:
			case MonitoringPackage.INCOME_CARD__PROPERTY:
			case MonitoringPackage.INCOME_CARD__PENSIONS:
			case MonitoringPackage.INCOME_CARD__LOW_INCOME_ALLOWANCE:
			case MonitoringPackage.INCOME_CARD__SUBSIDIES:
			case MonitoringPackage.INCOME_CARD__OTHER_TRANSFERS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return MonitoringEditPlugin.INSTANCE;
	}

}
