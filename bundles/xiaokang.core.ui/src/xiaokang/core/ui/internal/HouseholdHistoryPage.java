package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.store.AuditLog;
import xiaokang.store.StoreException;

/** 变更记录: who changed what of the household and its members (removed ones too), when, from the store's audit; newest first. */
public final class HouseholdHistoryPage extends FormPage {

    private static final int LIMIT = 500;

    private final HouseholdEditor editor;

    /** One audit row. */
    public record Entry(String at, String who, String action, String table, String attribute, String oldValue, String newValue) {
    }

    HouseholdHistoryPage(HouseholdEditor editor) {
        super(editor, "history", Messages.HouseholdHistoryPage_title); //$NON-NLS-1$
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        managed.getForm().setText(Messages.HouseholdHistoryPage_title);
        managed.getForm().getBody().setLayout(new FillLayout());
        TableViewer table = new TableViewer(managed.getForm().getBody(), SWT.FULL_SELECTION | SWT.BORDER);
        RecordTables.exportMenu(table);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, Messages.HouseholdHistoryPage_at, 150, Entry::at);
        column(table, Messages.HouseholdHistoryPage_who, 80, Entry::who);
        column(table, Messages.HouseholdHistoryPage_action, 70, Entry::action);
        column(table, Messages.HouseholdHistoryPage_table, 140, Entry::table);
        column(table, Messages.HouseholdHistoryPage_attribute, 140, Entry::attribute);
        column(table, Messages.HouseholdHistoryPage_old, 140, Entry::oldValue);
        column(table, Messages.HouseholdHistoryPage_new, 140, Entry::newValue);
        editor.onChange(() -> {
            if (!table.getControl().isDisposed() && !editor.isDirty()) {
                table.setInput(read());
            }
        });
        editor.commandStackChanged(null);
    }

    private static void column(TableViewer table, String title, int width, java.util.function.Function<Entry, String> text) {
        TableColumns.add(table, title, width, SWT.LEFT, Entry.class, text);
    }

    /** The audit rows of the household and of everything it holds or held, removed members included; newest first. */
    public List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        long household = editor.session().id(editor.household());
        try (Connection connection = editor.householdInput().store().connect()) {
            for (AuditLog.Change change : AuditLog.lifeOf(connection, household, LIMIT).reversed()) {
                entries.add(new Entry(String.valueOf(change.at()).replaceFirst("\\.\\d+$", ""), change.who(), change.action(), //$NON-NLS-1$ //$NON-NLS-2$
                        change.table(), change.attribute(), change.oldValue(), change.newValue()));
            }
        } catch (SQLException | StoreException e) {
            entries.add(new Entry("", "", "", "", e.getMessage(), "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        return entries;
    }
}
