package xiaokang.edit.ui.internal;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import xiaokang.edit.ui.FeatureRules;

/**
 * Cell editors that take and give an attribute's own value (not its text): typed text checked by
 * {@link FeatureRules} with the reason shown, a choice among an enum's literals (named in the
 * user's language) or 是/否.
 */
public final class FeatureCellEditors {

    private FeatureCellEditors() {
    }

    /** The editor for the attribute, its choices labelled by {@code labels} (one per literal, or 是 and 否). */
    public static CellEditor of(Composite parent, EAttribute attribute, List<String> labels) {
        if (attribute.getEAttributeType() instanceof EEnum type) {
            return choice(parent, labels, index -> type.getELiterals().get(index).getInstance(),
                    value -> value == null ? -1 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getValue())));
        }
        if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            return choice(parent, List.of(Messages.FeatureText_yes, Messages.FeatureText_no), index -> index == 0,
                    value -> Boolean.TRUE.equals(value) ? 0 : 1);
        }
        TextCellEditor text = new TextCellEditor(parent) {
            @Override
            protected Object doGetValue() {
                return FeatureRules.value(attribute, (String) super.doGetValue());
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value)); //$NON-NLS-1$
            }
        };
        text.setValidator(typed -> FeatureRules.problem(attribute, String.valueOf(typed)));
        return text;
    }

    private interface IntToValue {
        Object value(int index);
    }

    private interface ValueToInt {
        int index(Object value);
    }

    private static CellEditor choice(Composite parent, List<String> labels, IntToValue value, ValueToInt index) {
        return new ComboBoxCellEditor(parent, labels.toArray(String[]::new), SWT.READ_ONLY) {
            @Override
            protected Object doGetValue() {
                int selected = (Integer) super.doGetValue();
                return selected < 0 ? null : value.value(selected);
            }

            @Override
            protected void doSetValue(Object shown) {
                super.doSetValue(index.index(shown));
            }
        };
    }

    /** The literals' labels, for {@link #of}. */
    public static List<EEnumLiteral> literals(EAttribute attribute) {
        return attribute.getEAttributeType() instanceof EEnum type ? type.getELiterals() : List.of();
    }
}
