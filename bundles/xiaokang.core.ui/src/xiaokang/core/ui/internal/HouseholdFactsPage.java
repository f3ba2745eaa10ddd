package xiaokang.core.ui.internal;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.TableColumns;
import xiaokang.edit.ui.FeatureText;

/** 户情况: number, address, status, registration and lifting years, the cadre, and the income by year. */
final class HouseholdFactsPage extends FormPage {

    private final HouseholdEditor editor;

    HouseholdFactsPage(HouseholdEditor editor) {
        super(editor, "facts", Messages.HouseholdFactsPage_title); //$NON-NLS-1$
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        FormToolkit toolkit = managed.getToolkit();
        managed.getForm().setText(Messages.HouseholdFactsPage_title);
        Composite body = managed.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        Section facts = toolkit.createSection(body, Section.TITLE_BAR);
        facts.setText(Messages.HouseholdFactsPage_facts);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
        Composite fields = toolkit.createComposite(facts);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        facts.setClient(fields);
        Supplier<EObject> household = editor::household;
        text(toolkit, fields, household, CorePackage.Literals.HOUSEHOLD__NUMBER);
        text(toolkit, fields, household, CorePackage.Literals.HOUSEHOLD__ADDRESS);
        choice(toolkit, fields, household, CorePackage.Literals.HOUSEHOLD__STATUS);
        check(toolkit, fields, household, CorePackage.Literals.HOUSEHOLD__REGISTERED);
        text(toolkit, fields, household, CorePackage.Literals.HOUSEHOLD__YEAR_REGISTERED);
        text(toolkit, fields, household, CorePackage.Literals.HOUSEHOLD__YEAR_LIFTED);
        toolkit.createLabel(fields, EditCommands.displayName(editor.domain(), editor.household(), CorePackage.Literals.HOUSEHOLD__CADRE));
        Label cadre = toolkit.createLabel(fields, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cadre);
        editor.onChange(() -> {
            Household current = editor.household();
            cadre.setText(current.getCadre() == null ? "" : current.getCadre().getName()); //$NON-NLS-1$
        });
        incomes(toolkit, body);
        editor.onChange(() -> managed.getForm().reflow(true));
        editor.commandStackChanged(null);
    }

    private void text(FormToolkit toolkit, Composite parent, Supplier<EObject> owner, EAttribute attribute) {
        toolkit.createLabel(parent, EditCommands.displayName(editor.domain(), owner.get(), attribute));
        Text text = toolkit.createText(parent, "", SWT.BORDER); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
        text.setData("feature", attribute.getName()); //$NON-NLS-1$
        FeatureText.bind(text, editor.domain(), owner, attribute);
        editor.onChange(() -> FeatureText.show(text, editor.domain(), owner.get(), attribute));
    }

    private void choice(FormToolkit toolkit, Composite parent, Supplier<EObject> owner, EAttribute attribute) {
        toolkit.createLabel(parent, EditCommands.displayName(editor.domain(), owner.get(), attribute));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        EEnum type = (EEnum) attribute.getEAttributeType();
        for (EEnumLiteral literal : type.getELiterals()) {
            combo.add(labelOf(owner.get(), attribute, literal.getInstance()));
        }
        combo.addListener(SWT.Selection, event -> EditCommands.apply(editor.domain(), owner.get(), attribute,
                type.getELiterals().get(combo.getSelectionIndex()).getInstance()));
        editor.onChange(() -> {
            Object value = owner.get().eGet(attribute);
            combo.select(value == null ? -1 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getValue())));
        });
    }

    /** The literal's label, read on a scratch object so that the stored one sees no change. */
    private String labelOf(EObject owner, EAttribute attribute, Object value) {
        EObject scratch = EcoreUtil.create(owner.eClass());
        scratch.eSet(attribute, value);
        return FeatureText.of(editor.domain(), scratch, attribute);
    }

    private void check(FormToolkit toolkit, Composite parent, Supplier<EObject> owner, EAttribute attribute) {
        toolkit.createLabel(parent, EditCommands.displayName(editor.domain(), owner.get(), attribute));
        Button check = toolkit.createButton(parent, "", SWT.CHECK); //$NON-NLS-1$
        check.addListener(SWT.Selection, event -> EditCommands.apply(editor.domain(), owner.get(), attribute, check.getSelection()));
        editor.onChange(() -> check.setSelection(Boolean.TRUE.equals(owner.get().eGet(attribute))));
    }

    private void incomes(FormToolkit toolkit, Composite body) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(Messages.HouseholdFactsPage_incomes);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        TableViewer table = new TableViewer(section, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        section.setClient(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.HouseholdFactsPage_year, 80, SWT.LEFT, AnnualIncome.class,
                income -> String.valueOf(income.getYear()));
        Function<AnnualIncome, String> amount = income -> income.getPerCapitaNetIncome() == null ? null
                : income.getPerCapitaNetIncome().toPlainString();
        TableViewerColumn income = TableColumns.add(table, EditCommands.displayName(editor.domain(),
                CoreFactory.eINSTANCE.createAnnualIncome(), CorePackage.Literals.ANNUAL_INCOME__PER_CAPITA_NET_INCOME)
                + Messages.HouseholdFactsPage_yuan, 160, SWT.RIGHT, AnnualIncome.class, amount);
        TableColumns.editable(income, table, AnnualIncome.class, amount, (element, typed) -> {
            try {
                EditCommands.apply(editor.domain(), element, CorePackage.Literals.ANNUAL_INCOME__PER_CAPITA_NET_INCOME,
                        new BigDecimal(typed));
            } catch (NumberFormatException e) {
                table.refresh(element);
            }
        });
        editor.onChange(() -> table.setInput(editor.household().getIncomes()));
    }
}
