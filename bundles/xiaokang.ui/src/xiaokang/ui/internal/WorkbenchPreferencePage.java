package xiaokang.ui.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Objects;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import xiaokang.data.DatabaseSettings;
import xiaokang.store.StoreException;

/**
 * Window ▸ Preferences ▸ 小康工作台: which database this desk works on (an embedded one in a folder,
 * or a Derby network server shared by several desks, with the user to connect as) and the language.
 * Both take effect at the next start; the page offers to restart.
 */
public final class WorkbenchPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Where the language is kept: the start script reads it from this node's file before the platform starts. */
    public static final String NODE = "xiaokang.ui"; //$NON-NLS-1$
    public static final String LANGUAGE = "language"; //$NON-NLS-1$
    static final String[] LANGUAGES = { "zh_CN", "en" }; //$NON-NLS-1$ //$NON-NLS-2$

    private Button embedded;
    private Text folder;
    private Button browse;
    private Button server;
    private Text serverUrl;
    private Text user;
    private Label connection;
    private Combo language;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);

        Group database = new Group(page, SWT.NONE);
        database.setText(Messages.Preferences_database);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(database);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(database);
        embedded = radio(database, Messages.Preferences_embedded);
        folder = field(database, Messages.Preferences_folder, 1);
        browse = new Button(database, SWT.PUSH);
        browse.setText(Messages.Preferences_browse);
        browse.addListener(SWT.Selection, e -> chooseFolder());
        server = radio(database, Messages.Preferences_server);
        serverUrl = field(database, Messages.Preferences_serverUrl, 2);
        serverUrl.setMessage("jdbc:derby://host:1527/xiaokang"); //$NON-NLS-1$
        user = field(database, Messages.Preferences_user, 2);
        Button test = new Button(database, SWT.PUSH);
        test.setText(Messages.Preferences_test);
        test.addListener(SWT.Selection, e -> testConnection());
        connection = new Label(database, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(connection);

        Group languages = new Group(page, SWT.NONE);
        languages.setText(Messages.Preferences_language);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(languages);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(languages);
        new Label(languages, SWT.NONE).setText(Messages.Preferences_languageLabel);
        language = new Combo(languages, SWT.READ_ONLY);
        language.setItems(Messages.Preferences_chinese, Messages.Preferences_english);

        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.Preferences_restartNote);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);

        show(DatabaseSettings.read(), savedLanguage());
        embedded.addListener(SWT.Selection, e -> enableFields());
        server.addListener(SWT.Selection, e -> enableFields());
        return page;
    }

    private static Button radio(Composite parent, String text) {
        Button radio = new Button(parent, SWT.RADIO);
        radio.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(radio);
        return radio;
    }

    private static Text field(Composite parent, String label, int span) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        GridDataFactory.swtDefaults().indent(16, 0).applyTo(caption);
        Text text = new Text(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** Shows {@code settings} and the language, as saved or as a user fills them in. */
    public void show(DatabaseSettings settings, String languageCode) {
        embedded.setSelection(!settings.onServer());
        server.setSelection(settings.onServer());
        folder.setText(settings.embeddedFolder().toString());
        serverUrl.setText(Objects.toString(settings.serverUrl(), "")); //$NON-NLS-1$
        user.setText(Objects.toString(settings.user(), "")); //$NON-NLS-1$
        language.select(LANGUAGES[1].equals(languageCode) ? 1 : 0);
        enableFields();
    }

    private void enableFields() {
        boolean local = embedded.getSelection();
        folder.setEnabled(local);
        browse.setEnabled(local);
        serverUrl.setEnabled(!local);
        user.setEnabled(!local);
    }

    /** The settings as the page shows them now. */
    public DatabaseSettings settings() {
        if (server.getSelection()) {
            return new DatabaseSettings(null, serverUrl.getText(), user.getText());
        }
        String chosen = folder.getText().trim();
        boolean isDefault = chosen.isEmpty() || Path.of(chosen).equals(DatabaseSettings.DEFAULT.embeddedFolder());
        return new DatabaseSettings(isDefault ? null : Path.of(chosen), null, null);
    }

    /** The language code the page shows now ({@code zh_CN} or {@code en}). */
    public String languageCode() {
        return LANGUAGES[Math.max(0, language.getSelectionIndex())];
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** Connects in the background and says what happened: a server may take a while to answer. */
    private void testConnection() {
        DatabaseSettings settings = settings();
        connection.setText(Messages.Preferences_testing);
        Job.create(Messages.Preferences_test, monitor -> {
            String result;
            try (Connection opened = settings.database().connect()) {
                result = NLS.bind(Messages.Preferences_connected, opened.getMetaData().getDatabaseProductVersion());
            } catch (StoreException | java.sql.SQLException e) {
                result = e.getMessage();
            }
            String shown = result;
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                if (!connection.isDisposed()) {
                    connection.setText(shown);
                    connection.getParent().layout(true);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public boolean performOk() {
        DatabaseSettings settings = settings();
        String problem = settings.problem();
        if (problem != null) {
            setErrorMessage(problem);
            return false;
        }
        boolean changed = !settings.equals(DatabaseSettings.read()) || !languageCode().equals(savedLanguage());
        try {
            settings.save();
            IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
            node.put(LANGUAGE, languageCode());
            node.flush();
        } catch (StoreException | BackingStoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        if (changed && getShell() != null && getShell().isVisible()
                && MessageDialog.openQuestion(getShell(), Messages.Preferences_title, Messages.Preferences_restart)) {
            getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
        }
        return true;
    }

    private static String savedLanguage() {
        return InstanceScope.INSTANCE.getNode(NODE).get(LANGUAGE, LANGUAGES[0]);
    }
}
