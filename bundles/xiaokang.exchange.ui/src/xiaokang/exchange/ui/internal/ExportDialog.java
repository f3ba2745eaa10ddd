package xiaokang.exchange.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.core.Models;
import xiaokang.edit.ui.DialogFields;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordSheet;

/**
 * What to export (the registry's person list, or every record of a class), where it goes, whose
 * it is (a township, or the whole city), and whether it is masked.
 */
final class ExportDialog extends Dialog {

    private final List<EPackage> packages = Models.read(Platform.getExtensionRegistry());
    private final ModelLabels labels = ModelLabels.read(Platform.getExtensionRegistry(), packages);
    private final List<EClass> classes = RecordSheet.classes(packages);
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
        List<String> kinds = new ArrayList<>(List.of(Messages.FilePage_registry));
        classes.forEach(c -> kinds.add(NLS.bind(Messages.FilePage_class, labels.of(c), c.getEPackage().getNsPrefix() + '.' + c.getName())));
        holds = DialogFields.combo(fields, Messages.Export_holds, kinds, false);
        holds.setVisibleItemCount(20);
        file = DialogFields.text(fields, Messages.Export_file, ""); //$NON-NLS-1$
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText(Messages.FilePage_browse);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setFileName(holds.getSelectionIndex() <= 0 ? Messages.Export_defaultName
                    : labels.of(classes.get(holds.getSelectionIndex() - 1)) + ".xlsx"); //$NON-NLS-1$
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
        chosenClass = holds.getSelectionIndex() <= 0 ? null : classes.get(holds.getSelectionIndex() - 1);
        chosenTownship = township.getText().isBlank() ? null : township.getText().strip();
        chosenMask = mask.getSelection();
        super.okPressed();
    }

    /** The class whose records are exported, or null for the registry's person list. */
    EClass eClass() {
        return chosenClass;
    }

    List<EPackage> packages() {
        return packages;
    }

    ModelLabels labels() {
        return labels;
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
