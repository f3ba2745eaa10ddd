package xiaokang.install.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.progress.IProgressService;

import xiaokang.edit.ui.RecordTables;
import xiaokang.install.InstallException;
import xiaokang.install.PluginInstaller;
import xiaokang.install.PluginInstaller.Plugin;

/**
 * Help ▸ 插件: the plug-ins installed besides the product's own, removing one, and installing new
 * ones from a p2 repository folder or zip (such as the update site {@code releng} builds). The work
 * runs off the UI thread with progress; a change asks to restart the workbench.
 */
public final class PluginsDialog extends Dialog {

    private final PluginInstaller installer;
    private final String problem;
    private TableViewer table;
    private Button remove;
    private boolean changed;

    /** {@code installer} is null when the product has no p2 profile; {@code problem} then says why. */
    public PluginsDialog(Shell parent, PluginInstaller installer, String problem) {
        super(parent);
        this.installer = installer;
        this.problem = problem;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).numColumns(2).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(problem == null ? Messages.Dialog_intro : problem);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(intro);

        table = RecordTables.create(area, 180);
        RecordTables.column(table, Messages.Column_name, 220, Plugin.class, Plugin::name);
        RecordTables.column(table, Messages.Column_id, 200, Plugin.class, Plugin::id);
        RecordTables.column(table, Messages.Column_version, 140, Plugin.class, Plugin::version);
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button fromFolder = button(buttons, Messages.Button_fromFolder);
        Button fromZip = button(buttons, Messages.Button_fromZip);
        remove = button(buttons, Messages.Button_remove);
        fromFolder.addListener(SWT.Selection, e -> chooseFolder());
        fromZip.addListener(SWT.Selection, e -> chooseZip());
        remove.addListener(SWT.Selection, e -> removeSelected());
        table.addSelectionChangedListener(e -> remove.setEnabled(!e.getStructuredSelection().isEmpty()));
        remove.setEnabled(false);
        fromFolder.setEnabled(installer != null);
        fromZip.setEnabled(installer != null);
        showInstalled();
        return area;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The plug-ins installed besides the product's own. */
    public List<Plugin> installed() {
        @SuppressWarnings("unchecked")
        List<Plugin> shown = (List<Plugin>) table.getInput();
        return shown == null ? List.of() : shown;
    }

    /** Whether something was installed or removed: the workbench must restart to show it. */
    public boolean changed() {
        return changed;
    }

    private void showInstalled() {
        if (installer == null) {
            table.setInput(List.of());
            return;
        }
        try {
            table.setInput(installer.installed());
        } catch (InstallException e) {
            MessageDialog.openError(getShell(), Messages.Dialog_title, e.getMessage());
        }
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.Choose_folder);
        String folder = dialog.open();
        if (folder != null) {
            installFrom(Path.of(folder));
        }
    }

    private void chooseZip() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
        String zip = dialog.open();
        if (zip != null) {
            installFrom(Path.of(zip));
        }
    }

    /** Lists what the repository offers that the product lacks, lets the user pick, and installs it. */
    public void installFrom(Path folderOrZip) {
        List<Plugin> offered = new ArrayList<>();
        URI repository;
        try {
            repository = PluginInstaller.repository(folderOrZip);
            run(monitor -> {
                for (Plugin plugin : installer.available(repository, monitor)) {
                    if (!installer.has(plugin.id())) {
                        offered.add(plugin);
                    }
                }
            });
        } catch (InstallException e) {
            MessageDialog.openError(getShell(), Messages.Dialog_title, e.getMessage());
            return;
        }
        if (offered.isEmpty()) {
            MessageDialog.openInformation(getShell(), Messages.Dialog_title, Messages.Install_nothingNew);
            return;
        }
        ListSelectionDialog choose = ListSelectionDialog.of(offered).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(LabelProvider.createTextProvider(o -> ((Plugin) o).name() + "  (" + ((Plugin) o).id() + ')')) //$NON-NLS-1$
                .message(Messages.Install_choose).title(Messages.Dialog_title).preselect(offered.toArray()).create(getShell());
        if (choose.open() != Window.OK || choose.getResult().length == 0) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Object chosen : choose.getResult()) {
            ids.add(((Plugin) chosen).id());
        }
        if (perform(monitor -> installer.install(repository, ids, monitor))) {
            offerRestart(NLS.bind(Messages.Install_done, String.join("、", ids))); //$NON-NLS-1$
        }
    }

    private void removeSelected() {
        IStructuredSelection selection = table.getStructuredSelection();
        List<String> ids = new ArrayList<>();
        for (Object selected : selection) {
            ids.add(((Plugin) selected).id());
        }
        if (ids.isEmpty() || !MessageDialog.openConfirm(getShell(), Messages.Dialog_title,
                NLS.bind(Messages.Remove_confirm, String.join("、", ids)))) { //$NON-NLS-1$
            return;
        }
        if (perform(monitor -> installer.uninstall(ids, monitor))) {
            offerRestart(NLS.bind(Messages.Remove_done, String.join("、", ids))); //$NON-NLS-1$
        }
    }

    private boolean perform(Work work) {
        try {
            run(work);
            return true;
        } catch (InstallException e) {
            MessageDialog.openError(getShell(), Messages.Dialog_title, e.getMessage());
            return false;
        } finally {
            showInstalled();
        }
    }

    private void offerRestart(String done) {
        changed = true;
        if (MessageDialog.openQuestion(getShell(), Messages.Dialog_title, done + '\n' + Messages.Restart_question)) {
            close();
            PlatformUI.getWorkbench().restart();
        }
    }

    /** p2 work, cancellable, off the UI thread with the workbench's progress dialog. */
    @FunctionalInterface
    interface Work {
        void run(IProgressMonitor monitor) throws InstallException;
    }

    private void run(Work work) throws InstallException {
        IProgressService progress = PlatformUI.getWorkbench().getProgressService();
        try {
            progress.run(true, true, monitor -> {
                try {
                    work.run(monitor);
                } catch (InstallException e) {
                    throw new InvocationTargetException(e);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InstallException install) {
                throw install;
            }
            throw new InstallException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            throw new InstallException(Messages.Install_cancelled);
        }
    }
}
