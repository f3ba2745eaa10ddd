package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import xiaokang.store.StoreException;
import xiaokang.edit.ui.TableColumns;

/** 变更记录: who changed what of the household and its members, when, from the store's audit table; newest first. */
final class HouseholdHistoryPage extends FormPage {

    private static final int LIMIT = 500;

    private final HouseholdEditor editor;

    /** One audit row. */
    record Entry(String at, String who, String action, String table, String attribute, String oldValue, String newValue) {
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

    /** The audit rows of the household and everything it holds. */
    List<Entry> read() {
        List<Long> ids = Stream.concat(Stream.of((EObject) editor.household()), streamOf(editor.household()))
                .map(object -> editor.session().id(object)).filter(id -> id >= 0).toList();
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",")); //$NON-NLS-1$
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = editor.householdInput().store().connect();
                PreparedStatement query = connection.prepareStatement("SELECT CHANGED_AT, WHO, ACTION, TABLE_NAME, ATTRIBUTE, " //$NON-NLS-1$
                        + "OLD_VALUE, NEW_VALUE FROM XK.AUDIT WHERE OBJECT_ID IN (" + in + ") ORDER BY ID DESC FETCH FIRST " //$NON-NLS-1$ //$NON-NLS-2$
                        + LIMIT + " ROWS ONLY"); //$NON-NLS-1$
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(String.valueOf(rows.getTimestamp(1)).replaceFirst("\\.\\d+$", ""), rows.getString(2), //$NON-NLS-1$ //$NON-NLS-2$
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
            }
        } catch (SQLException | StoreException e) {
            entries.add(new Entry("", "", "", "", e.getMessage(), "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        return entries;
    }

    private static Stream<EObject> streamOf(EObject root) {
        List<EObject> all = new ArrayList<>();
        root.eAllContents().forEachRemaining(all::add);
        return all.stream();
    }
}
