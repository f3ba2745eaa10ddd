package xiaokang.edit.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import xiaokang.edit.ui.internal.Messages;

/**
 * The fields of a form whose value cannot be taken, each shown at the field with why (an error
 * mark whose hover says it) as the user types; a form is not saved while there is one.
 */
public final class FieldProblems {

    private final Map<Control, String> problems = new LinkedHashMap<>();
    private final Map<Control, ControlDecoration> marks = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Shows {@code problem} at the field named {@code label}, or takes its mark away when null. */
    public void report(Control field, String label, String problem) {
        String before = problems.get(field);
        ControlDecoration mark = marks.computeIfAbsent(field, this::mark);
        if (problem == null) {
            problems.remove(field);
            mark.hide();
        } else {
            String message = NLS.bind(Messages.FieldProblems_at, label, problem);
            problems.put(field, message);
            mark.setDescriptionText(message);
            mark.show();
        }
        if (!Objects.equals(before, problems.get(field))) {
            listeners.forEach(Runnable::run);
        }
    }

    private ControlDecoration mark(Control field) {
        ControlDecoration mark = new ControlDecoration(field, SWT.LEFT | SWT.CENTER);
        mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        mark.setShowHover(true);
        mark.hide();
        field.addDisposeListener(event -> {
            problems.remove(field);
            marks.remove(field);
        });
        return mark;
    }

    /** The first problem in the form's order ("金额：不是数字"), if any. */
    public Optional<String> first() {
        return problems.values().stream().findFirst();
    }

    /** Every problem in the form's order. */
    public List<String> all() {
        return List.copyOf(problems.values());
    }

    /** Runs whenever a field's problem comes, changes or goes. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
