package xiaokang.server.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.store.UserAccounts.Role;

/**
 * A new user (name, role, a township user's townships, a cadre's pairing cadre, first password), or a new password for a
 * user named already: the password is typed twice and never shown.
 */
final class UserDialog extends TitleAreaDialog {

    private static final int MIN_PASSWORD = 8;
    /** The roles the administrator gives: there is one administrator, the database's owner. */
    private static final List<Role> ROLES = Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN).toList();

    private final String resetName;
    private final List<String> townshipChoices;
    private Text name;
    private Combo role;
    private org.eclipse.swt.widgets.List townships;
    private Text cadre;
    private Text password;
    private Text repeat;
    private Result result;

    /** What was entered. */
    record Result(String name, Role role, List<String> townships, String cadre, String password) {
    }

    private UserDialog(Shell parent, String resetName, List<String> townshipChoices) {
        super(parent);
        this.resetName = resetName;
        this.townshipChoices = townshipChoices;
    }

    /** A dialog for a new user. */
    static UserDialog forNewUser(Shell parent, List<String> townships) {
        return new UserDialog(parent, null, townships);
    }

    /** A dialog for a new password of {@code name}. */
    static UserDialog forReset(Shell parent, String name) {
        return new UserDialog(parent, name, List.of());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(resetName == null ? Messages.UserDialog_addTitle : Messages.UserDialog_resetTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(resetName == null ? Messages.UserDialog_addTitle : NLS.bind(Messages.UserDialog_resetFor, resetName));
        setMessage(resetName == null ? Messages.UserDialog_addMessage : Messages.UserDialog_resetMessage);
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(8, 8).applyTo(fields);
        if (resetName == null) {
            name = field(fields, Messages.UserDialog_name, SWT.NONE);
            new Label(fields, SWT.NONE).setText(Messages.UserDialog_role);
            role = new Combo(fields, SWT.READ_ONLY);
            ROLES.forEach(r -> role.add(r.label()));
            role.select(ROLES.indexOf(Role.TOWNSHIP));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(role);
            Label label = new Label(fields, SWT.NONE);
            label.setText(Messages.UserDialog_townships);
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
            townships = new org.eclipse.swt.widgets.List(fields, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
            townshipChoices.forEach(townships::add);
            GridDataFactory.fillDefaults().grab(true, true).hint(260, townships.getItemHeight() * 8).applyTo(townships);
            cadre = field(fields, Messages.UserDialog_cadre, SWT.NONE);
            cadre.setMessage(Messages.UserDialog_cadreHint);
            cadre.setEnabled(false);
            role.addListener(SWT.Selection, event -> {
                townships.setEnabled(hasTownships());
                cadre.setEnabled(selectedRole() == Role.CADRE);
            });
        }
        password = field(fields, Messages.UserDialog_password, SWT.PASSWORD);
        repeat = field(fields, Messages.UserDialog_repeat, SWT.PASSWORD);
        return area;
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private Role selectedRole() {
        return ROLES.get(role.getSelectionIndex());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, resetName == null ? Messages.UserDialog_add : Messages.UserDialog_reset, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String problem = problem();
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        result = resetName == null
                ? new Result(name.getText().trim(), selectedRole(),
                        hasTownships() ? List.of(townships.getSelection()) : List.of(),
                        selectedRole() == Role.CADRE ? cadre.getText().trim() : null, password.getText())
                : new Result(resetName, null, List.of(), null, password.getText());
        super.okPressed();
    }

    /** Whether the selected role sees and changes its townships alone (乡镇业务员, 帮扶干部). */
    private boolean hasTownships() {
        return selectedRole() == Role.TOWNSHIP || selectedRole() == Role.CADRE;
    }

    /** What is wrong with the entries, in the user's words, or null. */
    private String problem() {
        if (name != null && name.getText().isBlank()) {
            return Messages.UserDialog_noName;
        }
        if (role != null && hasTownships() && townships.getSelectionCount() == 0) {
            return Messages.UserDialog_noTownship;
        }
        if (role != null && selectedRole() == Role.CADRE && cadre.getText().isBlank()) {
            return Messages.UserDialog_noCadre;
        }
        if (password.getText().length() < MIN_PASSWORD) {
            return NLS.bind(Messages.UserDialog_short, MIN_PASSWORD);
        }
        if (!password.getText().equals(repeat.getText())) {
            return Messages.UserDialog_differ;
        }
        return null;
    }

    Result result() {
        return result;
    }
}
