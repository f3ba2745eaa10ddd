package xiaokang.edit.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;

import xiaokang.edit.ui.internal.Messages;

/**
 * Edit commands named in the user's language after what they change ("修改 人均纯收入"), so that
 * the workbench's Undo and Redo say what they undo. The name of a feature comes from the item
 * provider's property descriptor, as in the Properties view.
 */
public final class EditCommands {

    private EditCommands() {
    }

    /** Sets {@code feature} of {@code owner}; undoable on the domain's command stack. */
    public static Command set(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Command set = SetCommand.create(domain, owner, feature, value);
        return new CommandWrapper(NLS.bind(Messages.EditCommands_set, displayName(domain, owner, feature)), null, set);
    }

    /** Adds {@code value} to the list {@code feature} of {@code owner} ("添加 家庭成员"); undoable. */
    public static void add(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Command add = AddCommand.create(domain, owner, feature, value);
        domain.getCommandStack().execute(new CommandWrapper(NLS.bind(Messages.EditCommands_add,
                displayName(domain, owner, feature)), null, add));
    }

    /** Removes {@code value} from the list {@code feature} of {@code owner} ("删除 家庭成员"); undoable. */
    public static void remove(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Command remove = RemoveCommand.create(domain, owner, feature, value);
        domain.getCommandStack().execute(new CommandWrapper(NLS.bind(Messages.EditCommands_remove,
                displayName(domain, owner, feature)), null, remove));
    }

    /** Executes {@link #set} unless the value is already there. */
    public static void apply(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Object current = owner.eGet(feature);
        if (current == null ? value != null : !current.equals(value)) {
            domain.getCommandStack().execute(set(domain, owner, feature, value));
        }
    }

    /**
     * The feature's name as the Properties view shows it; a contained list, which has no property,
     * is named by the class of what it holds (核查结果).
     */
    public static String displayName(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature) {
        Object adapter = domain.getAdapterFactory().adapt(owner, IItemPropertySource.class);
        if (adapter instanceof IItemPropertySource source) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(owner, feature);
            if (descriptor != null) {
                return descriptor.getDisplayName(owner);
            }
        }
        return feature instanceof EReference reference ? typeName(domain.getAdapterFactory(), reference.getEReferenceType()) : feature.getName();
    }

    /**
     * The class's name in the user's language (合作社): the label of an empty object of the class
     * up to the space that EMF's generated labels put between the type and the value of the
     * labelling feature (which an enum or number has even when nothing is filled in).
     */
    public static String typeName(AdapterFactory factory, EClass type) {
        EObject sample = EcoreUtil.create(type);
        Object adapter = factory.adapt(sample, IItemLabelProvider.class);
        String label = adapter instanceof IItemLabelProvider provider ? provider.getText(sample) : null;
        if (label == null || label.isBlank()) {
            return type.getName();
        }
        int space = label.strip().indexOf(' ');
        return space > 0 ? label.strip().substring(0, space) : label.strip();
    }

    /**
     * The label of a record a field or column points to, without the type word EMF's labels begin
     * with ("杨然军", not "帮扶干部 杨然军"): the field's name already says what it is.
     */
    public static String shortLabel(AdapterFactoryEditingDomain domain, EObject target) {
        String label = label(domain, target);
        String type = typeName(domain.getAdapterFactory(), target.eClass()) + ' ';
        return label.startsWith(type) && label.length() > type.length() ? label.substring(type.length()) : label;
    }

    /** The object's label as the Properties view and the navigator show it ("问题 2020-00042"). */
    public static String label(AdapterFactoryEditingDomain domain, EObject object) {
        Object labels = domain.getAdapterFactory().adapt(object, IItemLabelProvider.class);
        return labels instanceof IItemLabelProvider provider ? provider.getText(object) : String.valueOf(object);
    }
}
