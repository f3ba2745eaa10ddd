/**
 */
package xiaokang.monitoring.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

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

import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;

/**
 * This is the item provider adapter for a {@link xiaokang.monitoring.model.MonitoredHousehold} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MonitoredHouseholdItemProvider 
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
	public MonitoredHouseholdItemProvider(AdapterFactory adapterFactory) {
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
			addCategoryPropertyDescriptor(object);
			addRisksPropertyDescriptor(object);
			addFoundOnPropertyDescriptor(object);
			addFoundByPropertyDescriptor(object);
			addStagePropertyDescriptor(object);
			addStageDuePropertyDescriptor(object);
			addAuthorisationSignedPropertyDescriptor(object);
			addPublicisedOnPropertyDescriptor(object);
			addIdentifiedOnPropertyDescriptor(object);
			addEliminatedOnPropertyDescriptor(object);
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
				 getString("_UI_MonitoredHousehold_household_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_household_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__HOUSEHOLD,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_category_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Risks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRisksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_risks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_risks_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__RISKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Found On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFoundOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_foundOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_foundOn_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__FOUND_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Found By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFoundByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_foundBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_foundBy_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__FOUND_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_stage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_stage_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__STAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stage Due feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStageDuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_stageDue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_stageDue_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__STAGE_DUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Authorisation Signed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorisationSignedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_authorisationSigned_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_authorisationSigned_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publicised On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicisedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_publicisedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_publicisedOn_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__PUBLICISED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Identified On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdentifiedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_identifiedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_identifiedOn_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__IDENTIFIED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Eliminated On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEliminatedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoredHousehold_eliminatedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoredHousehold_eliminatedOn_feature", "_UI_MonitoredHousehold_type"),
				 MonitoringPackage.Literals.MONITORED_HOUSEHOLD__ELIMINATED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(MonitoringPackage.Literals.MONITORED_HOUSEHOLD__EVENTS);
			childrenFeatures.add(MonitoringPackage.Literals.MONITORED_HOUSEHOLD__MEASURES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns MonitoredHousehold.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MonitoredHousehold"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		MonitoringCategory labelValue = ((MonitoredHousehold)object).getCategory();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_MonitoredHousehold_type") :
			getString("_UI_MonitoredHousehold_type") + " " + label;
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

		switch (notification.getFeatureID(MonitoredHousehold.class)) {
			case MonitoringPackage.MONITORED_HOUSEHOLD__CATEGORY:
			case MonitoringPackage.MONITORED_HOUSEHOLD__RISKS:
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_ON:
			case MonitoringPackage.MONITORED_HOUSEHOLD__FOUND_BY:
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE:
			case MonitoringPackage.MONITORED_HOUSEHOLD__STAGE_DUE:
			case MonitoringPackage.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED:
			case MonitoringPackage.MONITORED_HOUSEHOLD__PUBLICISED_ON:
			case MonitoringPackage.MONITORED_HOUSEHOLD__IDENTIFIED_ON:
			case MonitoringPackage.MONITORED_HOUSEHOLD__ELIMINATED_ON:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case MonitoringPackage.MONITORED_HOUSEHOLD__EVENTS:
			case MonitoringPackage.MONITORED_HOUSEHOLD__MEASURES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(MonitoringPackage.Literals.MONITORED_HOUSEHOLD__EVENTS,
				 MonitoringFactory.eINSTANCE.createMonitoringEvent()));

		newChildDescriptors.add
			(createChildParameter
				(MonitoringPackage.Literals.MONITORED_HOUSEHOLD__MEASURES,
				 MonitoringFactory.eINSTANCE.createHelpMeasure()));
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
