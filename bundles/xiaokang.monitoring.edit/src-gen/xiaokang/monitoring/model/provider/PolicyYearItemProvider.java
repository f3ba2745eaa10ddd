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

import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;

/**
 * This is the item provider adapter for a {@link xiaokang.monitoring.model.PolicyYear} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PolicyYearItemProvider 
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
	public PolicyYearItemProvider(AdapterFactory adapterFactory) {
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

			addYearPropertyDescriptor(object);
			addIncomeLinePropertyDescriptor(object);
			addWarningMarginPropertyDescriptor(object);
			addIncomeDropSharePropertyDescriptor(object);
			addRigidExpenditurePropertyDescriptor(object);
			addRigidExpenditureSharePropertyDescriptor(object);
			addCropsCostSharePropertyDescriptor(object);
			addLivestockCostSharePropertyDescriptor(object);
			addForestryFruitCostSharePropertyDescriptor(object);
			addOtherOperatingCostSharePropertyDescriptor(object);
			addVisitDaysPropertyDescriptor(object);
			addDecisionDaysPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
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
				 getString("_UI_PolicyYear_year_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_year_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Income Line feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIncomeLinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_incomeLine_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_incomeLine_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__INCOME_LINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Warning Margin feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWarningMarginPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_warningMargin_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_warningMargin_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__WARNING_MARGIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Income Drop Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIncomeDropSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_incomeDropShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_incomeDropShare_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__INCOME_DROP_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rigid Expenditure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRigidExpenditurePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_rigidExpenditure_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_rigidExpenditure_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__RIGID_EXPENDITURE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rigid Expenditure Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRigidExpenditureSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_rigidExpenditureShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_rigidExpenditureShare_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__RIGID_EXPENDITURE_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crops Cost Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCropsCostSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_cropsCostShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_cropsCostShare_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__CROPS_COST_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Livestock Cost Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLivestockCostSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_livestockCostShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_livestockCostShare_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__LIVESTOCK_COST_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Forestry Fruit Cost Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForestryFruitCostSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_forestryFruitCostShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_forestryFruitCostShare_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Operating Cost Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherOperatingCostSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_otherOperatingCostShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_otherOperatingCostShare_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__OTHER_OPERATING_COST_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Visit Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisitDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_visitDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_visitDays_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__VISIT_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyYear_decisionDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyYear_decisionDays_feature", "_UI_PolicyYear_type"),
				 MonitoringPackage.Literals.POLICY_YEAR__DECISION_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns PolicyYear.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PolicyYear"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		PolicyYear policyYear = (PolicyYear)object;
		return getString("_UI_PolicyYear_type") + " " + policyYear.getYear();
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

		switch (notification.getFeatureID(PolicyYear.class)) {
			case MonitoringPackage.POLICY_YEAR__YEAR:
			case MonitoringPackage.POLICY_YEAR__INCOME_LINE:
			case MonitoringPackage.POLICY_YEAR__WARNING_MARGIN:
			case MonitoringPackage.POLICY_YEAR__INCOME_DROP_SHARE:
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE:
			case MonitoringPackage.POLICY_YEAR__RIGID_EXPENDITURE_SHARE:
			case MonitoringPackage.POLICY_YEAR__CROPS_COST_SHARE:
			case MonitoringPackage.POLICY_YEAR__LIVESTOCK_COST_SHARE:
			case MonitoringPackage.POLICY_YEAR__FORESTRY_FRUIT_COST_SHARE:
			case MonitoringPackage.POLICY_YEAR__OTHER_OPERATING_COST_SHARE:
			case MonitoringPackage.POLICY_YEAR__VISIT_DAYS:
			case MonitoringPackage.POLICY_YEAR__DECISION_DAYS:
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
