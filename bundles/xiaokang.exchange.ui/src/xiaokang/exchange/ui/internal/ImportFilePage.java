package xiaokang.exchange.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;

import xiaokang.edit.ui.DialogFields;
import xiaokang.exchange.ColumnMapping;
import xiaokang.exchange.RegistryImport;
import xiaokang.exchange.ImportMode;

/** The wizard's first page: the list's file, a mapping file if its headers differ, and how to import. */
final class ImportFilePage extends WizardPage {

    private static final String[] SHEETS = { "*.xlsx;*.xls;*.csv", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final ImportMode[] MODES = { ImportMode.UPSERT, ImportMode.CREATE, ImportMode.UPDATE };

    private Text file;
    private Text mapping;
    private Combo mode;
    private Button createPlaces;
    private Spinner incomeYear;

    ImportFilePage() {
        super("file"); //$NON-NLS-1$
        setTitle(Messages.FilePage_title);
        setDescription(Messages.FilePage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite fields = new Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
        file = fileField(fields, Messages.FilePage_file, SHEETS);
        mapping = fileField(fields, Messages.FilePage_mapping, new String[] { "*.properties", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        mode = DialogFields.combo(fields, Messages.FilePage_mode, List.of(Messages.Mode_upsert, Messages.Mode_create, Messages.Mode_update), false);
        new Label(fields, SWT.NONE);
        new Label(fields, SWT.NONE).setText(Messages.FilePage_incomeYear);
        incomeYear = new Spinner(fields, SWT.BORDER);
        incomeYear.setValues(Year.now().getValue() - 1, 1949, 2100, 0, 1, 10);
        new Label(fields, SWT.NONE);
        new Label(fields, SWT.NONE);
        createPlaces = new Button(fields, SWT.CHECK);
        createPlaces.setText(Messages.FilePage_createPlaces);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(createPlaces);
        Label help = new Label(fields, SWT.WRAP);
        help.setText(Messages.FilePage_help);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).indent(0, 12).applyTo(help);
        file.addModifyListener(e -> validate());
        mapping.addModifyListener(e -> validate());
        setControl(fields);
    }

    private Text fileField(Composite fields, String label, String[] extensions) {
        new Label(fields, SWT.NONE).setText(label);
        Text text = new Text(fields, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText(Messages.FilePage_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(extensions);
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    private void validate() {
        String problem = null;
        if (file.getText().isBlank()) {
            problem = Messages.FilePage_noFile;
        } else if (!Files.isRegularFile(Path.of(file.getText().strip()))) {
            problem = NLS.bind(Messages.FilePage_missing, file.getText().strip());
        } else if (!mapping.getText().isBlank() && !Files.isRegularFile(Path.of(mapping.getText().strip()))) {
            problem = NLS.bind(Messages.FilePage_missing, mapping.getText().strip());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    Path file() {
        return Path.of(file.getText().strip());
    }

    /** The options chosen, as a dry run. */
    RegistryImport.Options options() throws IOException {
        ColumnMapping columns = mapping.getText().isBlank() ? ColumnMapping.defaults() : ColumnMapping.read(Path.of(mapping.getText().strip()));
        return RegistryImport.Options.defaults(System.getProperty("user.name")).mode(MODES[mode.getSelectionIndex()]) //$NON-NLS-1$
                .createPlaces(createPlaces.getSelection()).incomeYear(incomeYear.getSelection()).mapping(columns).dryRun(true);
    }
}
