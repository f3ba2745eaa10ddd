package xiaokang.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.data.WorkbenchStore;
import xiaokang.store.StoreException;

/**
 * Asks for the user and password of a shared database before the workbench opens; the server
 * checks them at once, and a refusal is shown in the dialog, which stays open for another try.
 */
public final class LoginDialog extends TitleAreaDialog {

    private final String server;
    private final String lastUser;
    private final WorkbenchStore store;
    private Text user;
    private Text password;
    private String loggedIn;

    public LoginDialog(Shell parent, String server, String lastUser, WorkbenchStore store) {
        super(parent);
        this.server = server;
        this.lastUser = lastUser;
        this.store = store;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Product_name);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Login_title);
        setMessage(NLS.bind(Messages.Login_message, server));
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(8, 8).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.Login_user);
        user = new Text(fields, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(user);
        new Label(fields, SWT.NONE).setText(Messages.Login_password);
        password = new Text(fields, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        if (lastUser != null) {
            user.setText(lastUser);
            password.setFocus();
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Login_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (attempt(user.getText(), password.getText())) {
            super.okPressed();
        }
    }

    /** Logs in; on a refusal says why in the dialog and empties the password. */
    boolean attempt(String name, String secret) {
        if (name.isBlank() || secret.isEmpty()) {
            setErrorMessage(Messages.Login_missing);
            return false;
        }
        try {
            store.logIn(name.trim(), secret);
            loggedIn = name.trim();
            return true;
        } catch (StoreException e) {
            setErrorMessage(e.getMessage());
            password.setText(""); //$NON-NLS-1$
            password.setFocus();
            return false;
        }
    }

    /** Who logged in, or null. */
    public String loggedIn() {
        return loggedIn;
    }
}
