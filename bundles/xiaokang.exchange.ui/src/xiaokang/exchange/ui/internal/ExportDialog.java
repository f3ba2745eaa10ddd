package xiaokang.exchange.ui.internal;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;

/**
 * What to export (the registry's person list, or every record of a class), where it goes, whose
 * it is (a township, or the whole city), and whether it is masked.
 */
final class ExportDialog extends Dialog {

    private final InstalledClasses installed = InstalledClasses.read();
    private Combo holds;
    private EClass chosenClass;
    private Text file;
    private Text township;
    private Button mask;
    private Path chosenFile;
    private String chosenTownship;
    private boolean chosenMask;

    ExportDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Export_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = DialogFields.grid(area);
        holds = DialogFields.combo(fields, Messages.Export_holds, installed.choices(), false);
        holds.setVisibleItemCount(20);
        file = DialogFields.text(fields, Messages.Export_file, ""); //$NON-NLS-1$
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText(Messages.FilePage_browse);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setFileName(holds.getSelectionIndex() <= 0 ? Messages.Export_defaultName
                    : installed.labels().of(installed.at(holds.getSelectionIndex())) + ".xlsx"); //$NON-NLS-1$
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        township = DialogFields.text(fields, Messages.Export_township, ""); //$NON-NLS-1$
        township.setMessage(Messages.Export_wholeCity);
        mask = new Button(fields, SWT.CHECK);
        mask.setText(Messages.Export_mask);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(mask);
        return area;
    }

    @Override
    protected void okPressed() {
        String path = file.getText().strip();
        if (path.isEmpty() || !(path.endsWith(".xlsx") || path.endsWith(".csv"))) { //$NON-NLS-1$ //$NON-NLS-2$
            org.eclipse.jface.dialogs.MessageDialog.openError(getShell(), Messages.Export_title, Messages.Export_badFile);
            return;
        }
        chosenFile = Path.of(path);
        chosenClass = installed.at(holds.getSelectionIndex());
        chosenTownship = township.getText().isBlank() ? null : township.getText().strip();
        chosenMask = mask.getSelection();
        super.okPressed();
    }

    /** The class whose records are exported, or null for the registry's person list. */
    EClass eClass() {
        return chosenClass;
    }

    InstalledClasses installed() {
        return installed;
    }

    Path file() {
        return chosenFile;
    }

    String township() {
        return chosenTownship;
    }

    boolean mask() {
        return chosenMask;
    }
}
