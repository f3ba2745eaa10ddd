package xiaokang.server.ui.internal;

import java.sql.Connection;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;

import xiaokang.core.ui.StoreReadingView;
import xiaokang.data.WorkbenchStore;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.store.UserAccounts;
import xiaokang.store.UserAccounts.Account;
import xiaokang.store.UserAccounts.Role;

/**
 * 用户管理: who logs in to the shared database, with their role and townships; the administrator
 * adds users, disables them and resets their passwords here (the database refuses anyone else).
 */
public final class UsersView extends StoreReadingView {

    public static final String ID = "xiaokang.server.ui.users"; //$NON-NLS-1$

    /** What the view shows: whether the database asks for logins at all, its users, who is looking. */
    public record Listing(boolean logins, List<Account> accounts, List<String> townships, String viewer) {
    }

    private TableViewer table;
    private Listing listing = new Listing(false, List.of(), List.of(), null);

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        Table control = table.getTable();
        control.setHeaderVisible(true);
        control.setLinesVisible(true);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
        column(Messages.UsersView_name, 120, Account::name);
        column(Messages.UsersView_role, 110, account -> account.role().label());
        column(Messages.UsersView_townships, 220, account -> String.join("、", account.townships())); //$NON-NLS-1$
        column(Messages.UsersView_cadre, 100, account -> account.cadre() == null ? "" : account.cadre()); //$NON-NLS-1$
        column(Messages.UsersView_state, 150, account -> account.disabled() ? Messages.UsersView_disabled
                : account.lockedUntil() != null ? NLS.bind(Messages.UsersView_locked, day.format(account.lockedUntil())) : Messages.UsersView_active);
        column(Messages.UsersView_created, 140, account -> account.createdAt() == null ? "" : day.format(account.createdAt())); //$NON-NLS-1$
        column(Messages.UsersView_createdBy, 100, Account::createdBy);
        table.setContentProvider(ArrayContentProvider.getInstance());
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(action(Messages.UsersView_add, this::askForNewUser));
        toolBar.add(action(Messages.UsersView_disable, this::askToDisable));
        toolBar.add(action(Messages.UsersView_reset, this::askForPassword));
        toolBar.add(action(Messages.UsersView_refresh, this::refresh));
        refresh();
    }

    private void column(String title, int width, Function<Account, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Account) element);
            }
        });
    }

    private static Action action(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        return action;
    }

    /** Reads the users again; returns the job. */
    public Job refresh() {
        return readStore(Messages.UsersView_reading, UsersView::read, this::show);
    }

    private static Listing read(Store store) throws Exception {
        try (Connection connection = store.connect()) {
            if (!UserAccounts.enabled(connection)) {
                return new Listing(false, List.of(), List.of(), store.user());
            }
            return new Listing(true, UserAccounts.list(connection), UserAccounts.townshipNames(connection), store.user());
        }
    }

    private void show(Listing read) {
        listing = read;
        table.setInput(read.accounts());
        if (!read.logins()) {
            setContentDescription(Messages.UsersView_noLogins);
            return;
        }
        boolean admin = read.accounts().stream()
                .anyMatch(account -> account.name().equals(read.viewer()) && account.role() == Role.ADMIN);
        String count = NLS.bind(Messages.UsersView_count, read.accounts().size());
        setContentDescription(admin ? count : count + ' ' + Messages.UsersView_adminOnly);
    }

    /** The users shown now (for tests). */
    public Listing listing() {
        return listing;
    }

    private void askForNewUser() {
        UserDialog dialog = UserDialog.forNewUser(getSite().getShell(), listing.townships());
        if (dialog.open() == Window.OK) {
            UserDialog.Result user = dialog.result();
            add(user.name(), user.role(), user.townships(), user.cadre(), user.password());
        }
    }

    private void askToDisable() {
        Account account = selected();
        if (account != null && MessageDialog.openConfirm(getSite().getShell(), Messages.UsersView_disable,
                NLS.bind(Messages.UsersView_confirmDisable, account.name()))) {
            disable(account.name());
        }
    }

    private void askForPassword() {
        Account account = selected();
        if (account == null) {
            return;
        }
        UserDialog dialog = UserDialog.forReset(getSite().getShell(), account.name());
        if (dialog.open() == Window.OK) {
            reset(account.name(), dialog.result().password());
        }
    }

    private Account selected() {
        Account account = (Account) ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (account == null) {
            setContentDescription(Messages.UsersView_selectFirst);
        }
        return account;
    }

    /** Adds a user (a cadre naming their pairing cadre), then reads the list again; returns the job. */
    public Job add(String name, Role role, List<String> townships, String cadre, String password) {
        return write(Messages.UsersView_add,
                (store, connection) -> UserAccounts.add(connection, name, role, townships, cadre, password, store.user()));
    }

    /** Disables a user, then reads the list again; returns the job. */
    public Job disable(String name) {
        return write(Messages.UsersView_disable, (store, connection) -> UserAccounts.disable(connection, name));
    }

    /** Gives a user a new password, then reads the list again; returns the job. */
    public Job reset(String name, String password) {
        return write(Messages.UsersView_reset, (store, connection) -> UserAccounts.reset(connection, name, password));
    }

    private interface Change {
        void apply(Store store, Connection connection) throws Exception;
    }

    /** Makes a change in a job as the logged-in user; a refusal (not the administrator, a bad name) is said in a dialog. */
    private Job write(String title, Change change) {
        Display display = getSite().getShell().getDisplay();
        WorkbenchStore database;
        try {
            database = database();
        } catch (StoreException e) {
            setContentDescription(e.getMessage());
            return Job.create(title, monitor -> Status.OK_STATUS);
        }
        Job job = Job.create(title, monitor -> {
            try {
                Store store = database.store();
                try (Connection connection = store.connect()) {
                    change.apply(store, connection);
                }
                display.asyncExec(this::refresh);
            } catch (Exception e) {
                display.asyncExec(() -> MessageDialog.openError(getSite().getShell(), title, String.valueOf(e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
