package xiaokang.core.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import xiaokang.edit.ui.EditCommands;

/**
 * What an editor changed in a household (or any record) since it was read: a copy taken at reading, compared
 * attribute by attribute. "Overwrite" after a conflict applies these changes to the household as
 * someone else saved it, leaving their other changes in place.
 */
public final class LocalChanges {

    /** One changed attribute of the object at {@code path} (a fragment path below the household). */
    public record Change(String path, EAttribute attribute, Object value) {
    }

    private final EObject original;

    public LocalChanges(EObject root) {
        this.original = EcoreUtil.copy(root);
    }

    public List<Change> of(EObject current) {
        List<Change> changes = new ArrayList<>();
        compare(current, original, "", changes); //$NON-NLS-1$
        Iterator<EObject> contents = current.eAllContents();
        while (contents.hasNext()) {
            EObject object = contents.next();
            String path = EcoreUtil.getRelativeURIFragmentPath(current, object);
            EObject before = EcoreUtil.getEObject(original, path);
            if (before != null) {
                compare(object, before, path, changes);
            }
        }
        return changes;
    }

    private static void compare(EObject now, EObject before, String path, List<Change> changes) {
        for (EAttribute attribute : now.eClass().getEAllAttributes()) {
            if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isMany()
                    && !Objects.equals(now.eGet(attribute), before.eGet(attribute))) {
                changes.add(new Change(path, attribute, now.eGet(attribute)));
            }
        }
    }

    /** Applies {@code changes} to {@code root} as commands on {@code domain} (so they can be undone). */
    public static void apply(List<Change> changes, EObject root, AdapterFactoryEditingDomain domain) {
        for (Change change : changes) {
            EObject target = change.path().isEmpty() ? root : EcoreUtil.getEObject(root, change.path());
            if (target != null) {
                EditCommands.apply(domain, target, change.attribute(), change.value());
            }
        }
    }
}
