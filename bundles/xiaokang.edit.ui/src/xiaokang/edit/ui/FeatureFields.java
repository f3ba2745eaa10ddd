package xiaokang.edit.ui;

import java.util.List;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The fields of a form editor, each a label with the feature's name and a control bound to the
 * feature of the object being edited: typed text, a choice of enum literals, a check box, or a
 * read-only value. Edits are undoable commands; {@code onChange} registers how each field shows
 * the model again after every edit, undo, redo and reload (the owner and domain may be replaced).
 */
public final class FeatureFields {

    private final FormToolkit toolkit;
    private final Supplier<AdapterFactoryEditingDomain> domain;
    private final Supplier<EObject> owner;
    private final Consumer<Runnable> onChange;

    public FeatureFields(FormToolkit toolkit, Supplier<AdapterFactoryEditingDomain> domain, Supplier<EObject> owner,
            Consumer<Runnable> onChange) {
        this.toolkit = toolkit;
        this.domain = domain;
        this.owner = owner;
        this.onChange = onChange;
    }

    private Label label(Composite parent, EStructuralFeature feature) {
        Label label = toolkit.createLabel(parent, EditCommands.displayName(domain.get(), owner.get(), feature));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        return label;
    }

    /** A one-line text field. */
    public Text text(Composite parent, EAttribute attribute) {
        return text(parent, attribute, false);
    }

    /** A text field, several lines high when {@code multi}; typed text is taken on focus out or Enter. */
    public Text text(Composite parent, EAttribute attribute, boolean multi) {
        label(parent, attribute);
        Text text = toolkit.createText(parent, "", SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(220, multi ? 60 : SWT.DEFAULT).applyTo(text);
        text.setData("feature", attribute.getName()); //$NON-NLS-1$
        FeatureText.bind(text, domain.get(), owner, attribute);
        onChange.accept(() -> FeatureText.show(text, domain.get(), owner.get(), attribute));
        return text;
    }

    /** A drop-down of the enum's literals, named as the Properties view names them. */
    public Combo choice(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData("feature", attribute.getName()); //$NON-NLS-1$
        EEnum type = (EEnum) attribute.getEAttributeType();
        for (EEnumLiteral literal : type.getELiterals()) {
            combo.add(labelOf(attribute, literal.getInstance()));
        }
        combo.addListener(SWT.Selection, event -> EditCommands.apply(domain.get(), owner.get(), attribute,
                type.getELiterals().get(combo.getSelectionIndex()).getInstance()));
        onChange.accept(() -> {
            Object value = owner.get().eGet(attribute);
            combo.select(value == null ? -1 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getValue())));
        });
        return combo;
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
        check.setData("feature", attribute.getName()); //$NON-NLS-1$
        check.addListener(SWT.Selection, event -> EditCommands.apply(domain.get(), owner.get(), attribute, check.getSelection()));
        onChange.accept(() -> check.setSelection(Boolean.TRUE.equals(owner.get().eGet(attribute))));
        return check;
    }

    /** The value shown, not edited: an attribute's text, or the label of the object a reference points to. */
    public Label fixed(Composite parent, EStructuralFeature feature) {
        label(parent, feature);
        Label value = toolkit.createLabel(parent, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
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

    /**
     * The field's label already says what it points to, so a target is shown without the type word
     * EMF's labels begin with ("杨然军", not "帮扶干部 杨然军"). The type word is the label of an
     * object of the same class with nothing filled in.
     */
    private String text(Object value) {
        if (!(value instanceof EObject target)) {
            return String.valueOf(value);
        }
        String label = EditCommands.label(domain.get(), target);
        String type = EditCommands.label(domain.get(), EcoreUtil.create(target.eClass())) + ' ';
        return label.startsWith(type) && label.length() > type.length() ? label.substring(type.length()) : label;
    }

    /** Text the store keeps longer than a line (annotated with a {@code length}) gets a field several lines high. */
    private static boolean isLong(EAttribute attribute) {
        EAnnotation store = attribute.getEAnnotation("http://xiaokang/store"); //$NON-NLS-1$
        return store != null && store.getDetails().containsKey("length"); //$NON-NLS-1$
    }

    /**
     * A field for every stored feature of the owner's class: single-valued attributes as text,
     * choice or check box, references and lists shown as they are.
     */
    public void all(Composite parent) {
        for (EStructuralFeature feature : owner.get().eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || feature instanceof EReference reference && reference.isContainment()) {
                continue;
            }
            if (feature instanceof EAttribute attribute && !attribute.isMany() && attribute.isChangeable()) {
                if (attribute.getEAttributeType() instanceof EEnum) {
                    choice(parent, attribute);
                } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
                    check(parent, attribute);
                } else {
                    text(parent, attribute, isLong(attribute));
                }
            } else {
                fixed(parent, feature);
            }
        }
    }
}
