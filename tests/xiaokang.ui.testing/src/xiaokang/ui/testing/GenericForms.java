package xiaokang.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.RecordActions;
import xiaokang.core.ui.StoredObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.RecordChooser;
import xiaokang.store.Store;

/**
 * A user's way through a generic form, for every plug-in's tests: type into a field and leave it,
 * choose a record by searching, and the whole life of a record (create, refused while a field is
 * wrong, undo and redo, save, reopen, delete), each checked against the database with a count of
 * the test's own.
 */
public final class GenericForms {

    private GenericForms() {
    }

    /** Types {@code value} into the form's field of {@code feature} and leaves it with Enter. */
    public static void type(StoredObjectEditor editor, String feature, String value) {
        Text text = text(editor, feature);
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        Workbench.dispatch();
    }

    /** The text field of {@code feature} (of a date, the one beside the calendar button). */
    public static Text text(StoredObjectEditor editor, String feature) {
        Control field = editor.field(feature).orElseThrow(() -> new AssertionError("no field " + feature)); //$NON-NLS-1$
        return field instanceof Text t ? t : (Text) ((Composite) field).getChildren()[0];
    }

    /** Presses the field's 选择… and takes the first record that {@code search} finds in the chooser. */
    public static void choose(StoredObjectEditor editor, String feature, String search) {
        Composite row = (Composite) editor.field(feature).orElseThrow(() -> new AssertionError("no field " + feature)); //$NON-NLS-1$
        Button choose = (Button) row.getChildren()[1];
        whenOpen(RecordChooser.class, chooser -> chooser.take(search, 0));
        choose.notifyListeners(SWT.Selection, null);
        Workbench.dispatch();
    }

    /**
     * Acts in the dialog of {@code type} as soon as it is open: for a modal dialog, which a test
     * opens with a call that returns only when it is closed; {@code act} must close it.
     */
    public static <T> void whenOpen(Class<T> type, Consumer<T> act) {
        Display display = Display.getCurrent();
        display.asyncExec(new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (type.isInstance(shell.getData())) {
                        act.accept(type.cast(shell.getData()));
                        return;
                    }
                }
                display.asyncExec(this);
            }
        });
    }

    /** The first column of the first row {@code sql} gives, as a number. */
    public static long count(Store store, String sql) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** What a test fills in a new record's form. */
    @FunctionalInterface
    public interface Filling {
        void fill(ObjectEditor editor) throws Exception;
    }

    /**
     * Creates a record of {@code type} through its generic form as a user does, and checks each
     * step against {@code table}: the empty form is refused; {@code fill} fills it; a bad value
     * typed into {@code badFeature} is shown at the field and refused, then {@code goodValue}
     * typed; the last edit undone and redone; saved (one row more); reopened from the database
     * with {@code expected} values; deleted (the row gone).
     *
     * @return the saved record's id (deleted again when this returns)
     */
    public static long roundTrip(Store store, EClass type, String table, Filling fill, String badFeature, String badValue,
            String goodValue, Map<EStructuralFeature, Object> expected) throws Exception {
        long before = count(store, "SELECT COUNT(*) FROM " + table); //$NON-NLS-1$
        ObjectEditor editor = RecordActions.create(Workbench.page(), store, type, Map.of());
        assertTrue(editor.isNew() && editor.isDirty(), "a new record's form starts unsaved"); //$NON-NLS-1$
        assertTrue(editor.save().isPresent(), "an empty form is refused: its required fields are empty"); //$NON-NLS-1$
        fill.fill(editor);

        type(editor, badFeature, badValue);
        Optional<String> refused = editor.save();
        assertTrue(refused.isPresent() && !editor.problems().all().isEmpty(), "a bad value is refused: " + refused); //$NON-NLS-1$
        assertEquals(badValue, text(editor, badFeature).getText(), "the bad value stays where it was typed, to be corrected"); //$NON-NLS-1$
        assertEquals(before, count(store, "SELECT COUNT(*) FROM " + table), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$
        type(editor, badFeature, goodValue);
        assertEquals(Optional.empty(), editor.problems().first(), "the corrected field is taken"); //$NON-NLS-1$

        EStructuralFeature last = type.getEStructuralFeature(badFeature);
        Object typed = editor.object().eGet(last);
        editor.domain().getCommandStack().undo();
        assertTrue(!typed.equals(editor.object().eGet(last)), "undo takes the last edit back"); //$NON-NLS-1$
        editor.domain().getCommandStack().redo();
        assertEquals(typed, editor.object().eGet(last), "redo makes it again"); //$NON-NLS-1$

        assertEquals(Optional.empty(), editor.save());
        assertTrue(!editor.isDirty() && !editor.isNew());
        assertEquals(before + 1, count(store, "SELECT COUNT(*) FROM " + table), "one row more"); //$NON-NLS-1$ //$NON-NLS-2$
        long id = ((StoredObjectInput) editor.getEditorInput()).id();
        Workbench.page().closeEditor(editor, false);

        ObjectEditor reopened = (ObjectEditor) ObjectEditor.open(Workbench.page(), new StoredObjectInput(store, type, id, "reopened")); //$NON-NLS-1$
        for (Map.Entry<EStructuralFeature, Object> value : expected.entrySet()) {
            assertEquals(value.getValue(), reopened.object().eGet(value.getKey()), "reopened " + value.getKey().getName()); //$NON-NLS-1$
        }
        Workbench.page().closeEditor(reopened, false);

        assertEquals(Optional.empty(), RecordActions.delete(store, type, id));
        assertEquals(before, count(store, "SELECT COUNT(*) FROM " + table), "deleted"); //$NON-NLS-1$ //$NON-NLS-2$
        return id;
    }
}
