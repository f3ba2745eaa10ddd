package xiaokang.edit.ui;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.internal.Messages;

/** Shows attribute values as the Properties view does (enum literals in the user's language) and binds text fields to them, for every plug-in's editors. */
public final class FeatureText {

    private static final String SHOWN = "xiaokang.shown"; //$NON-NLS-1$

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

    /** Edits {@code attribute} of {@code owner()} when the field loses focus or Enter is pressed; a value of the wrong type is put back. */
    public static void bind(Text text, AdapterFactoryEditingDomain domain, Supplier<EObject> owner, EAttribute attribute) {
        Runnable commit = () -> {
            // Only what the user typed over the shown value is a change (a field not filled yet is none).
            if (text.getData(SHOWN) == null || text.getText().equals(text.getData(SHOWN))) {
                return;
            }
            EObject target = owner.get();
            Object value;
            try {
                value = text.getText().isEmpty() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), text.getText().trim());
            } catch (RuntimeException e) {
                text.setText(of(domain, target, attribute));
                return;
            }
            EditCommands.apply(domain, target, attribute, value);
        };
        text.addListener(SWT.FocusOut, event -> commit.run());
        text.addListener(SWT.DefaultSelection, event -> commit.run());
    }

    /** Puts the model's value into the field unless the user is typing in it (the field differs from what was last put there). */
    public static void show(Text text, AdapterFactoryEditingDomain domain, EObject owner, EAttribute attribute) {
        String value = owner.eGet(attribute) == null ? "" : String.valueOf(owner.eGet(attribute)); //$NON-NLS-1$
        Object shown = text.getData(SHOWN);
        boolean typing = text.isFocusControl() && shown != null && !text.getText().equals(shown);
        if (!typing && !text.getText().equals(value)) {
            text.setText(value);
        }
        text.setData(SHOWN, value);
    }
}
