package xiaokang.core.ui.internal;

import java.math.BigDecimal;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.TableColumns;

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
        FeatureFields field = new FeatureFields(toolkit, editor::domain, editor::household, editor::onChange);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__NUMBER);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__ADDRESS);
        field.choice(fields, CorePackage.Literals.HOUSEHOLD__STATUS);
        field.check(fields, CorePackage.Literals.HOUSEHOLD__REGISTERED);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__YEAR_REGISTERED);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__YEAR_LIFTED);
        field.fixed(fields, CorePackage.Literals.HOUSEHOLD__CADRE);
        incomes(toolkit, body);
        editor.onChange(() -> managed.getForm().reflow(true));
        editor.commandStackChanged(null);
    }

    private void incomes(FormToolkit toolkit, Composite body) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(Messages.HouseholdFactsPage_incomes);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        TableViewer table = new TableViewer(section, SWT.FULL_SELECTION | SWT.BORDER);
        RecordTables.exportMenu(table);
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
