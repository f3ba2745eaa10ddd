package xiaokang.core.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An object as it was before a lifecycle step: every changeable feature's value, and the length of
 * each list of contained objects (a step appends its event). Restoring it takes the step back.
 */
public final class StepSnapshot {

    private final EObject object;
    private final Map<EStructuralFeature, Object> values = new HashMap<>();
    private final Map<EReference, Integer> lengths = new HashMap<>();

    public StepSnapshot(EObject object) {
        this.object = object;
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()) {
                lengths.put(reference, ((List<?>) object.eGet(reference)).size());
            } else if (!(feature instanceof EReference reference && reference.isContainment())) {
                Object value = object.eGet(feature);
                values.put(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
            }
        }
    }

    /** Puts the object back as it was. */
    public void restore() {
        values.forEach((feature, value) -> {
            if (!feature.isMany()) {
                object.eSet(feature, value);
            } else if (!value.equals(object.eGet(feature))) {
                object.eSet(feature, value);
            }
        });
        lengths.forEach((reference, length) -> {
            List<?> list = (List<?>) object.eGet(reference);
            list.subList(length, list.size()).clear();
        });
    }
}
