package xiaokang.core.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import xiaokang.core.Rules;
import xiaokang.core.Severity;
import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.edit.ui.FeatureFields;

/**
 * What the installed rules (the core's and every plug-in's) say of the record a form shows, at the
 * fields they name, as the user edits: a mark whose hover gives the rule's message. Unlike a value
 * the field cannot take, a breach does not stop the save: a household may fail a check and still be
 * what the office knows of it; the Problems view lists it.
 */
public final class RuleMarks {

    private final Validator validator = new Validator(Rules.read(Platform.getExtensionRegistry()), LocalDate.now());
    private final Map<Control, ControlDecoration> marks = new HashMap<>();
    private final List<String> shown = new ArrayList<>();

    /** Checks {@code object} and marks the fields of {@code form} its breaches name; the marks of before go. */
    public void show(Composite form, EObject object) {
        marks.values().forEach(ControlDecoration::hide);
        shown.clear();
        if (object == null || form.isDisposed()) {
            return;
        }
        for (Violation violation : validator.validate(object)) {
            if (violation.feature() != null && (violation.target() == null || violation.target() == object)) {
                FeatureFields.find(form, violation.feature().getName()).ifPresent(field -> mark(field, violation));
            }
        }
    }

    private void mark(Control field, Violation violation) {
        ControlDecoration mark = marks.computeIfAbsent(field, control -> {
            ControlDecoration created = new ControlDecoration(control, SWT.RIGHT | SWT.TOP);
            created.setShowHover(true);
            control.addDisposeListener(event -> marks.remove(control));
            return created;
        });
        String image = violation.severity() == Severity.ERROR ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
        mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(image).getImage());
        mark.setDescriptionText(violation.message());
        mark.show();
        shown.add(violation.message());
    }

    /** The rules' messages shown at the fields now. */
    public List<String> shown() {
        return List.copyOf(shown);
    }
}
