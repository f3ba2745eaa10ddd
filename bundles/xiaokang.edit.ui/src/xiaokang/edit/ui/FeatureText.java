package xiaokang.edit.ui;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import xiaokang.edit.ui.internal.Messages;

/** Shows attribute values as the Properties view does (enum literals in the user's language), for every plug-in's editors. */
public final class FeatureText {

    private FeatureText() {
    }

    public static String of(AdapterFactoryEditingDomain domain, EObject owner, EAttribute attribute) {
        return of(domain, owner, attribute, owner.eGet(attribute));
    }

    /** One value of the owner's attribute as the Properties view shows it: an element of a many-valued attribute. */
    public static String of(AdapterFactoryEditingDomain domain, EObject owner, EAttribute attribute, Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Boolean yes) {
            return yes ? Messages.FeatureText_yes : Messages.FeatureText_no;
        }
        Object adapter = domain.getAdapterFactory().adapt(owner, IItemPropertySource.class);
        if (adapter instanceof IItemPropertySource source) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(owner, attribute);
            if (descriptor != null) {
                IItemLabelProvider labels = descriptor.getLabelProvider(owner);
                return labels.getText(value);
            }
        }
        return String.valueOf(value);
    }
}
