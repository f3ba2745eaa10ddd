package xiaokang.edit.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.edit.ui.internal.DatePopup;
import xiaokang.edit.ui.internal.Messages;

/**
 * The fields of a form, each a label with the feature's name (and unit) and a control bound to the
 * feature of the object being edited: typed text checked as it is typed ({@link FeatureRules}), a
 * date with a calendar, a choice of enum literals, a check box, a record chosen by searching for
 * it, a list of records or of literals. Edits are undoable commands; a value that cannot be taken
 * is shown at its field ({@link FieldProblems}) and leaves the model as it was. {@code onChange}
 * registers how each field shows the model again after every edit, undo, redo and reload (the
 * owner and domain may be replaced).
 */
public final class FeatureFields {

    private static final String FEATURE = "feature"; //$NON-NLS-1$
    private static final String SHOWN = "xiaokang.shown"; //$NON-NLS-1$

    private final FormToolkit toolkit;
    private final Supplier<AdapterFactoryEditingDomain> domain;
    private final Supplier<EObject> owner;
    private final Consumer<Runnable> onChange;
    private final FieldProblems problems;
    private final RecordFinder finder;

    /** Fields whose references are shown, not chosen, and whose problems no one collects. */
    public FeatureFields(FormToolkit toolkit, Supplier<AdapterFactoryEditingDomain> domain, Supplier<EObject> owner,
            Consumer<Runnable> onChange) {
        this(toolkit, domain, owner, onChange, new FieldProblems(), null);
    }

    /**
     * @param problems where the fields report values that cannot be taken
     * @param finder finds the records a reference may point to; null shows references without a chooser
     */
    public FeatureFields(FormToolkit toolkit, Supplier<AdapterFactoryEditingDomain> domain, Supplier<EObject> owner,
            Consumer<Runnable> onChange, FieldProblems problems, RecordFinder finder) {
        this.toolkit = toolkit;
        this.domain = domain;
        this.owner = owner;
        this.onChange = onChange;
        this.problems = problems;
        this.finder = finder;
    }

    /** Fields for another object (a contained record, in its own dialog) with the same domain and finder. */
    public FeatureFields of(FormToolkit otherToolkit, Supplier<EObject> other, Consumer<Runnable> otherChange, FieldProblems otherProblems) {
        return new FeatureFields(otherToolkit, domain, other, otherChange, otherProblems, finder);
    }

    /**
     * The field of {@code feature} under {@code root} (its text, its choice, the row of a
     * reference), for putting the cursor where a finding points; empty when there is none.
     */
    public static Optional<Control> find(Control root, String feature) {
        if (feature.equals(root.getData(FEATURE))) {
            return Optional.of(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Control> found = find(child, feature);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private String name(EStructuralFeature feature) {
        return EditCommands.displayName(domain.get(), owner.get(), feature);
    }

    private Label label(Composite parent, EStructuralFeature feature) {
        String unit = FeatureRules.unit(feature);
        String text = unit == null ? name(feature) : name(feature) + '（' + unit + '）';
        Label label = toolkit.createLabel(parent, FeatureRules.required(feature) ? text + " *" : text); //$NON-NLS-1$
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
        return label;
    }

    private static void place(Control field, int height) {
        GridDataFactory.fillDefaults().grab(true, false).hint(220, height).indent(10, 0).applyTo(field);
    }

    /** A one-line text field. */
    public Text text(Composite parent, EAttribute attribute) {
        return text(parent, attribute, false);
    }

    /** A text field, several lines high when {@code multi}; typed text is checked as it is typed and taken on focus out or Enter. */
    public Text text(Composite parent, EAttribute attribute, boolean multi) {
        label(parent, attribute);
        Text text = toolkit.createText(parent, "", SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)); //$NON-NLS-1$
        place(text, multi ? 60 : SWT.DEFAULT);
        bind(text, attribute);
        return text;
    }

    private void bind(Text text, EAttribute attribute) {
        text.setData(FEATURE, attribute.getName());
        text.addListener(SWT.Modify, event -> problems.report(text, name(attribute), FeatureRules.problem(attribute, text.getText())));
        Runnable take = () -> {
            // Only what the user typed over the shown value is a change (a field not filled yet is none).
            if (text.getData(SHOWN) == null || text.getText().equals(text.getData(SHOWN))
                    || FeatureRules.problem(attribute, text.getText()) != null) {
                return;
            }
            EditCommands.apply(domain.get(), owner.get(), attribute, FeatureRules.value(attribute, text.getText()));
        };
        text.addListener(SWT.FocusOut, event -> take.run());
        text.addListener(SWT.DefaultSelection, event -> take.run());
        onChange.accept(() -> {
            show(text, attribute);
            problems.report(text, name(attribute), FeatureRules.problem(attribute, text.getText()));
        });
    }

    /** Puts the model's value into the field unless the user is typing in it (the field differs from what was last put there). */
    private void show(Text text, EAttribute attribute) {
        Object current = owner.get().eGet(attribute);
        String value = current == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), current); //$NON-NLS-1$
        Object shown = text.getData(SHOWN);
        boolean typing = text.isFocusControl() && shown != null && !text.getText().equals(shown);
        if (!typing && !text.getText().equals(value)) {
            text.setText(value);
        }
        text.setData(SHOWN, value);
    }

    /** A date typed as 2024-06-30 or picked from a calendar. */
    public Text date(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        Composite row = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(row);
        place(row, SWT.DEFAULT);
        Text text = toolkit.createText(row, "", SWT.BORDER); //$NON-NLS-1$
        text.setMessage(Messages.FeatureFields_dateHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        bind(text, attribute);
        Button pick = toolkit.createButton(row, Messages.FeatureFields_pickDate, SWT.PUSH);
        pick.addListener(SWT.Selection, event -> {
            Object current = owner.get().eGet(attribute);
            DatePopup.open(pick, current instanceof LocalDate day ? day : LocalDate.now(), day -> {
                text.setText(day.toString());
                text.notifyListeners(SWT.DefaultSelection, null);
            });
        });
        return text;
    }

    /** A drop-down of the enum's literals, named as the Properties view names them. */
    public Combo choice(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(FEATURE, attribute.getName());
        EEnum type = (EEnum) attribute.getEAttributeType();
        for (EEnumLiteral literal : type.getELiterals()) {
            combo.add(labelOf(attribute, literal.getInstance()));
        }
        place(combo, SWT.DEFAULT);
        combo.addListener(SWT.Selection, event -> EditCommands.apply(domain.get(), owner.get(), attribute,
                type.getELiterals().get(combo.getSelectionIndex()).getInstance()));
        onChange.accept(() -> {
            Object value = owner.get().eGet(attribute);
            combo.select(value == null ? -1 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getValue())));
        });
        return combo;
    }

    /** A check box per literal of a many-valued enum attribute (a household's causes, a household's risks). */
    public Composite choices(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        Composite boxes = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(boxes);
        place(boxes, SWT.DEFAULT);
        boxes.setData(FEATURE, attribute.getName());
        EEnum type = (EEnum) attribute.getEAttributeType();
        for (EEnumLiteral literal : type.getELiterals()) {
            Object value = literal.getInstance();
            Button box = toolkit.createButton(boxes, FeatureText.of(domain.get(), owner.get(), attribute, value), SWT.CHECK);
            box.addListener(SWT.Selection, event -> {
                if (box.getSelection()) {
                    EditCommands.add(domain.get(), owner.get(), attribute, value);
                } else {
                    EditCommands.remove(domain.get(), owner.get(), attribute, value);
                }
            });
            onChange.accept(() -> box.setSelection(((List<?>) owner.get().eGet(attribute)).contains(value)));
        }
        return boxes;
    }

    /** The literal's label, read on a scratch object so that the edited one sees no change. */
    private String labelOf(EAttribute attribute, Object value) {
        EObject scratch = EcoreUtil.create(owner.get().eClass());
        scratch.eSet(attribute, value);
        return FeatureText.of(domain.get(), scratch, attribute);
    }

    /** A check box for a boolean attribute. */
    public Button check(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        Button check = toolkit.createButton(parent, "", SWT.CHECK); //$NON-NLS-1$
        check.setData(FEATURE, attribute.getName());
        place(check, SWT.DEFAULT);
        check.addListener(SWT.Selection, event -> EditCommands.apply(domain.get(), owner.get(), attribute, check.getSelection()));
        onChange.accept(() -> check.setSelection(Boolean.TRUE.equals(owner.get().eGet(attribute))));
        return check;
    }

    /** The record a single reference points to, with 选择… to search for another and 清除 for an optional one. */
    public Composite reference(Composite parent, EReference reference) {
        label(parent, reference);
        Composite row = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 0).applyTo(row);
        place(row, SWT.DEFAULT);
        row.setData(FEATURE, reference.getName());
        Label value = toolkit.createLabel(row, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(value);
        Button choose = toolkit.createButton(row, Messages.FeatureFields_choose, SWT.PUSH);
        choose.addListener(SWT.Selection, event -> {
            EObject chosen = choose(reference);
            if (chosen != null) {
                EditCommands.apply(domain.get(), owner.get(), reference, chosen);
            }
        });
        if (!FeatureRules.required(reference)) {
            Button clear = toolkit.createButton(row, Messages.FeatureFields_clear, SWT.PUSH);
            clear.addListener(SWT.Selection, event -> EditCommands.apply(domain.get(), owner.get(), reference, null));
        }
        onChange.accept(() -> {
            Object target = owner.get().eGet(reference);
            value.setText(target == null ? "" : text(target)); //$NON-NLS-1$
            problems.report(row, name(reference), target == null && FeatureRules.required(reference) ? Messages.FeatureRules_required : null);
            row.layout();
        });
        return row;
    }

    /** The records a many-valued reference points to (a base's villages), with 添加… and 移除. */
    public Composite references(Composite parent, EReference reference) {
        label(parent, reference);
        Composite box = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(box);
        place(box, SWT.DEFAULT);
        box.setData(FEATURE, reference.getName());
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).span(1, 2).applyTo(list);
        Button add = toolkit.createButton(box, Messages.FeatureFields_add, SWT.PUSH);
        Button remove = toolkit.createButton(box, Messages.FeatureFields_remove, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        List<EObject> shown = new ArrayList<>();
        add.addListener(SWT.Selection, event -> {
            EObject chosen = choose(reference);
            if (chosen != null && !((List<?>) owner.get().eGet(reference)).contains(chosen)) {
                EditCommands.add(domain.get(), owner.get(), reference, chosen);
            }
        });
        remove.addListener(SWT.Selection, event -> {
            for (int index : list.getSelectionIndices()) {
                EditCommands.remove(domain.get(), owner.get(), reference, shown.get(index));
            }
        });
        onChange.accept(() -> {
            shown.clear();
            list.removeAll();
            for (Object target : (List<?>) owner.get().eGet(reference)) {
                shown.add((EObject) target);
                list.add(text(target));
            }
        });
        return box;
    }

    private EObject choose(EReference reference) {
        RecordChooser chooser = new RecordChooser(toolkit.getColors().getDisplay().getActiveShell(), name(reference),
                reference.getEReferenceType(), finder, domain.get());
        return chooser.open() == RecordChooser.OK ? chooser.chosen() : null;
    }

    /** Lines of text, one value each, for a many-valued text attribute (an inspection group's members). */
    public Text lines(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        Text text = toolkit.createText(parent, "", SWT.BORDER | SWT.MULTI | SWT.V_SCROLL); //$NON-NLS-1$
        place(text, 60);
        text.setData(FEATURE, attribute.getName());
        text.addListener(SWT.FocusOut, event -> {
            List<String> typed = text.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!typed.equals(owner.get().eGet(attribute))) {
                EditCommands.apply(domain.get(), owner.get(), attribute, typed);
            }
        });
        onChange.accept(() -> {
            String value = ((List<?>) owner.get().eGet(attribute)).stream().map(String::valueOf).collect(Collectors.joining("\n")); //$NON-NLS-1$
            if (!text.isFocusControl() && !text.getText().equals(value)) {
                text.setText(value);
            }
        });
        return text;
    }

    /** The value shown, not edited: an attribute's text, or the label of the object a reference points to. */
    public Label fixed(Composite parent, EStructuralFeature feature) {
        label(parent, feature);
        Label value = toolkit.createLabel(parent, ""); //$NON-NLS-1$
        place(value, SWT.DEFAULT);
        onChange.accept(() -> value.setText(shown(feature)));
        return value;
    }

    private String shown(EStructuralFeature feature) {
        EObject object = owner.get();
        if (feature instanceof EAttribute attribute && !feature.isMany()) {
            return FeatureText.of(domain.get(), object, attribute);
        }
        Object value = object.eGet(feature);
        if (value instanceof List<?> values && feature instanceof EAttribute attribute) {
            return values.stream().map(v -> FeatureText.of(domain.get(), object, attribute, v)).collect(Collectors.joining("、")); //$NON-NLS-1$
        }
        if (value instanceof List<?> values) {
            return values.stream().map(this::text).collect(Collectors.joining("、")); //$NON-NLS-1$
        }
        return value == null ? "" : text(value); //$NON-NLS-1$
    }

    private String text(Object value) {
        return value instanceof EObject target ? EditCommands.shortLabel(domain.get(), target) : String.valueOf(value);
    }

    /** Text the store keeps longer than a line (annotated with a {@code length}) gets a field several lines high. */
    private static boolean isLong(EAttribute attribute) {
        EAnnotation store = attribute.getEAnnotation("http://xiaokang/store"); //$NON-NLS-1$
        return store != null && store.getDetails().containsKey("length"); //$NON-NLS-1$
    }

    private static boolean isDate(EAttribute attribute) {
        return attribute.getEAttributeType().getInstanceClass() == LocalDate.class;
    }

    /** Whether a form edits the feature (the rest is shown, or, for contained lists, left to {@link #all}'s caller). */
    public static boolean onForm(EStructuralFeature feature) {
        return !feature.isTransient() && !(feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()));
    }

    /**
     * A field for every stored feature of the owner's class but its contained lists: attributes as
     * text, date, choice, check boxes or lines; references as choosers when there is a finder;
     * what cannot be changed shown as it is.
     */
    public void all(Composite parent) {
        for (EStructuralFeature feature : owner.get().eClass().getEAllStructuralFeatures()) {
            if (!onForm(feature)) {
                continue;
            }
            if (!feature.isChangeable() || feature.isDerived()) {
                fixed(parent, feature);
            } else if (feature instanceof EAttribute attribute) {
                attribute(parent, attribute);
            } else if (finder != null) {
                EReference reference = (EReference) feature;
                if (reference.isMany()) {
                    references(parent, reference);
                } else {
                    reference(parent, reference);
                }
            } else {
                fixed(parent, feature);
            }
        }
    }

    private void attribute(Composite parent, EAttribute attribute) {
        boolean isEnum = attribute.getEAttributeType() instanceof EEnum;
        if (attribute.isMany()) {
            if (isEnum) {
                choices(parent, attribute);
            } else {
                lines(parent, attribute);
            }
        } else if (isEnum) {
            choice(parent, attribute);
        } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            check(parent, attribute);
        } else if (isDate(attribute)) {
            date(parent, attribute);
        } else {
            text(parent, attribute, isLong(attribute));
        }
    }
}
