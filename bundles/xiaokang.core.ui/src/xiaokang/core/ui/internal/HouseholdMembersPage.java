package xiaokang.core.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.TableColumns;
import xiaokang.edit.ui.FeatureText;

/**
 * 家庭成员: the members in an editable table, and below it every fact of the selected member
 * (health, labour ability, schooling, insurance ...) in the generic form. The ID number is checked
 * as it is typed (the cell turns red and the form header says what is wrong); gender and birth
 * date follow from it.
 */
public final class HouseholdMembersPage extends FormPage {

    public static final String ID = "members"; //$NON-NLS-1$

    private final HouseholdEditor editor;
    private TableViewer table;
    private final RuleMarks rules = new RuleMarks();

    HouseholdMembersPage(HouseholdEditor editor) {
        super(editor, ID, Messages.HouseholdMembersPage_title);
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        managed.getForm().setText(Messages.HouseholdMembersPage_title);
        managed.getForm().getBody().setLayout(new FillLayout());
        SashForm sash = new SashForm(managed.getForm().getBody(), SWT.VERTICAL);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER);
        RecordTables.exportMenu(table);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Person sample = CoreFactory.eINSTANCE.createPerson();
        editable(sample, CorePackage.Literals.PERSON__NAME, 90);
        TableViewerColumn id = editable(sample, CorePackage.Literals.PERSON__ID_NUMBER, 170);
        Color error = table.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
        id.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Person) element).getIdNumber();
            }

            @Override
            public Color getForeground(Object element) {
                return IdNumbers.isValid(((Person) element).getIdNumber()) ? null : error;
            }
        });
        for (EAttribute shown : List.of(CorePackage.Literals.PERSON__GENDER, CorePackage.Literals.PERSON__BIRTH_DATE,
                CorePackage.Literals.PERSON__RELATION, CorePackage.Literals.PERSON__HEALTH,
                CorePackage.Literals.PERSON__LABOUR_ABILITY, CorePackage.Literals.PERSON__EDUCATION,
                CorePackage.Literals.PERSON__IN_SCHOOL, CorePackage.Literals.PERSON__MEDICAL_INSURANCE)) {
            column(sample, shown, 80, person -> FeatureText.of(editor.domain(), person, shown));
        }
        editor.onChange(() -> {
            if (!table.getControl().isDisposed()) {
                table.setInput(editor.household().getMembers());
                showProblems(managed);
            }
        });
        managed.getForm().getToolBarManager().add(new Action(Messages.HouseholdMembersPage_add) {
            @Override
            public void run() {
                table.setSelection(new StructuredSelection(addMember()), true);
            }
        });
        managed.getForm().getToolBarManager().add(new Action(Messages.HouseholdMembersPage_remove) {
            @Override
            public void run() {
                Person person = (Person) table.getStructuredSelection().getFirstElement();
                if (person != null && MessageDialog.openConfirm(getSite().getShell(), Messages.HouseholdMembersPage_remove,
                        NLS.bind(Messages.HouseholdMembersPage_confirmRemove, person.getName()))) {
                    removeMember(person);
                }
            }
        });
        managed.getForm().updateToolBar();
        details(managed.getToolkit(), sash);
        // The member selected is what the Properties view shows and edits.
        editor.getSite().setSelectionProvider(table);
        sash.setWeights(2, 3);
        editor.commandStackChanged(null);
    }

    /** Every fact of the member selected in the table, in the generic form (its first member when none is selected). */
    private void details(FormToolkit toolkit, SashForm sash) {
        ScrolledForm form = toolkit.createScrolledForm(sash);
        form.setText(Messages.HouseholdMembersPage_details);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form.getBody());
        List<Runnable> shown = new ArrayList<>();
        editor.fields(toolkit, this::member, refresher -> {
            shown.add(refresher);
            editor.onChange(() -> {
                if (member() != null) {
                    refresher.run();
                }
            });
        }).all(form.getBody());
        shown.add(() -> rules.show(form.getBody(), member()));
        editor.onChange(() -> rules.show(form.getBody(), member()));
        table.addSelectionChangedListener(event -> {
            if (member() != null) {
                shown.forEach(Runnable::run);
                form.setText(NLS.bind(Messages.HouseholdMembersPage_detailsOf, member().getName()));
                form.reflow(true);
            }
        });
    }

    /** What the installed rules say of the member shown, at the fields they name (tests). */
    public RuleMarks ruleMarks() {
        return rules;
    }

    /** The member whose facts the form below the table shows. */
    public Person member() {
        Person selected = table == null ? null : (Person) table.getStructuredSelection().getFirstElement();
        return selected != null || editor.household().getMembers().isEmpty() ? selected : editor.household().getMembers().get(0);
    }

    /**
     * Adds a member to be filled in (name, ID number): undoable, and the save is refused until the
     * ID number is right.
     */
    public Person addMember() {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(Messages.HouseholdMembersPage_newName);
        person.setIdNumber(""); //$NON-NLS-1$
        person.setRelation(Relation.OTHER);
        EditCommands.add(editor.domain(), editor.household(), CorePackage.Literals.HOUSEHOLD__MEMBERS, person);
        return person;
    }

    /** Removes a member (undoable); the save deletes the person and the change history keeps the record. */
    public void removeMember(Person person) {
        EditCommands.remove(editor.domain(), editor.household(), CorePackage.Literals.HOUSEHOLD__MEMBERS, person);
    }

    private TableViewerColumn column(Person sample, EAttribute attribute, int width, Function<Person, String> text) {
        return TableColumns.add(table, EditCommands.displayName(editor.domain(), sample, attribute), width, SWT.LEFT,
                Person.class, text);
    }

    private TableViewerColumn editable(Person sample, EAttribute attribute, int width) {
        Function<Person, String> text = person -> person.eGet(attribute) == null ? null : person.eGet(attribute).toString();
        TableViewerColumn column = column(sample, attribute, width, text);
        TableColumns.editable(column, table, Person.class, text, (person, typed) -> setMember(person, attribute, typed));
        return column;
    }

    /** Sets a member's name or ID number; an invalid ID number is kept (and shown red) so that it can be corrected. */
    public void setMember(Person person, EAttribute attribute, String value) {
        EditCommands.apply(editor.domain(), person, attribute, value);
    }

    private void showProblems(IManagedForm managed) {
        List<Person> invalid = editor.invalidMembers();
        if (invalid.isEmpty()) {
            managed.getForm().setMessage(null, IMessageProvider.NONE);
            return;
        }
        Person first = invalid.get(0);
        String problem = IdNumbers.problem(first.getIdNumber()).map(Messages::problemText).orElse(""); //$NON-NLS-1$
        managed.getForm().setMessage(NLS.bind(Messages.HouseholdMembersPage_invalidId,
                new Object[] { first.getName(), first.getIdNumber(), problem }), IMessageProvider.ERROR);
    }

    /** Selects a member's row and shows it. */
    public void select(Person person) {
        // A page just created gets its rows from the editor's next refresh: show them now to select one.
        if (table.getInput() != editor.household().getMembers()) {
            table.setInput(editor.household().getMembers());
        }
        table.setSelection(new StructuredSelection(person), true);
    }

    /** The form header's message: an error naming the member whose ID number is wrong, or nothing. */
    public String problemMessage() {
        return getManagedForm() == null ? null : getManagedForm().getForm().getMessage();
    }

    public TableViewer table() {
        return table;
    }
}
