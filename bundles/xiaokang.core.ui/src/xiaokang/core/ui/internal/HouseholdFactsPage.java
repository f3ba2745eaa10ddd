package xiaokang.core.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.model.CorePackage;
import xiaokang.edit.ui.ContainedRecords;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.FeatureFields;

/**
 * 户情况: number, address, status, registration and lifting years, causes, the pairing cadre
 * (chosen by searching), the income by year and the assistance received (added, edited, removed).
 */
public final class HouseholdFactsPage extends FormPage {

    public static final String ID = "facts"; //$NON-NLS-1$

    private final HouseholdEditor editor;
    private final Map<EReference, ContainedRecords> lists = new HashMap<>();

    HouseholdFactsPage(HouseholdEditor editor) {
        super(editor, ID, Messages.HouseholdFactsPage_title);
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
        FeatureFields field = editor.fields(toolkit, editor::household, editor::onChange);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__NUMBER);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__ADDRESS);
        field.choice(fields, CorePackage.Literals.HOUSEHOLD__STATUS);
        field.check(fields, CorePackage.Literals.HOUSEHOLD__REGISTERED);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__YEAR_REGISTERED);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__YEAR_LIFTED);
        field.text(fields, CorePackage.Literals.HOUSEHOLD__PHONE);
        field.choices(fields, CorePackage.Literals.HOUSEHOLD__CAUSES);
        field.reference(fields, CorePackage.Literals.HOUSEHOLD__CADRE);
        list(toolkit, body, field, CorePackage.Literals.HOUSEHOLD__INCOMES);
        list(toolkit, body, field, CorePackage.Literals.HOUSEHOLD__ASSISTANCE);
        editor.onChange(() -> managed.getForm().reflow(true));
        editor.commandStackChanged(null);
    }

    /**
     * A list the household holds (its income by year, the assistance it received) as a table with
     * 添加…, 编辑… and 删除 through the generic form of its records.
     */
    private void list(FormToolkit toolkit, Composite body, FeatureFields field, EReference containment) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(EditCommands.displayName(editor.domain(), editor.household(), containment));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().applyTo(client);
        section.setClient(client);
        ContainedRecords records = new ContainedRecords(field, editor::domain, editor::household, containment);
        RecordTables.exportMenu(records.create(toolkit, client, editor::onChange));
        lists.put(containment, records);
    }

    /** The table of a list the household holds (its incomes, its assistance), with its 添加… and 编辑…. */
    public ContainedRecords records(EReference containment) {
        return lists.get(containment);
    }
}
