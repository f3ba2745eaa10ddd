package xiaokang.exchange.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
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
import xiaokang.edit.ui.RecordTables;
import xiaokang.exchange.ColumnMapping;
import xiaokang.exchange.ImportMode;
import xiaokang.exchange.RecordImport;
import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.RegistryColumn;
import xiaokang.exchange.RegistryImport;
import xiaokang.exchange.SheetPreview;

/**
 * The wizard's first page: what the file holds (the registry's person list, or the records of a
 * class), the file, a mapping file if a list's headers differ, how to import, and a preview of the
 * file's first rows with what each column is read as.
 */
final class ImportFilePage extends WizardPage {

    private static final String[] SHEETS = { "*.xlsx;*.xls;*.csv", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final ImportMode[] MODES = { ImportMode.UPSERT, ImportMode.CREATE, ImportMode.UPDATE };
    private static final int PREVIEW_ROWS = 3;

    private final InstalledClasses installed = InstalledClasses.read();
    private Combo holds;
    private TableViewer preview;
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
        holds = DialogFields.combo(fields, Messages.FilePage_holds, installed.choices(), false);
        holds.setVisibleItemCount(20);
        new Label(fields, SWT.NONE);
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
        Composite previewArea = new Composite(fields, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 160).applyTo(previewArea);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().applyTo(previewArea);
        preview = RecordTables.create(previewArea, SWT.DEFAULT);
        RecordTables.column(preview, Messages.Preview_header, 140, SheetPreview.Column.class, SheetPreview.Column::header);
        RecordTables.column(preview, Messages.Preview_readAs, 140, SheetPreview.Column.class,
                c -> c.readAs().isEmpty() ? Messages.Preview_notRead : c.readAs());
        RecordTables.column(preview, NLS.bind(Messages.Preview_values, PREVIEW_ROWS), 320, SheetPreview.Column.class,
                c -> String.join(" | ", c.values())); //$NON-NLS-1$
        file.addModifyListener(e -> validate());
        mapping.addModifyListener(e -> validate());
        holds.addListener(SWT.Selection, e -> validate());
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
        boolean registry = holds.getSelectionIndex() <= 0;
        mapping.setEnabled(registry);
        incomeYear.setEnabled(registry);
        createPlaces.setEnabled(registry);
        if (problem == null) {
            problem = showPreview();
        } else {
            preview.setInput(List.of());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** Fills the preview; returns why the file cannot be read, or null. */
    private String showPreview() {
        try {
            ImportRun run = run();
            if (run.isRegistry()) {
                ColumnMapping columns = run.registry().mapping();
                preview.setInput(SheetPreview.read(file(), columns::isHeader, h -> columns.column(h).map(RegistryColumn::header), PREVIEW_ROWS));
            } else {
                RecordSheet sheet = RecordSheet.of(run.eClass(), installed.packages(), installed.labels());
                preview.setInput(SheetPreview.read(file(), sheet::isHeader, h -> sheet.column(h).map(RecordSheet.Column::header), PREVIEW_ROWS));
            }
            return null;
        } catch (IOException e) {
            preview.setInput(List.of());
            return e.getMessage();
        }
    }

    Path file() {
        return Path.of(file.getText().strip());
    }

    /** The import chosen. */
    ImportRun run() throws IOException {
        String user = System.getProperty("user.name"); //$NON-NLS-1$
        ImportMode chosenMode = MODES[mode.getSelectionIndex()];
        ColumnMapping columns = mapping.getText().isBlank() || !mapping.isEnabled() ? ColumnMapping.defaults()
                : ColumnMapping.read(Path.of(mapping.getText().strip()));
        RegistryImport.Options registry = RegistryImport.Options.defaults(user).mode(chosenMode).createPlaces(createPlaces.getSelection())
                .incomeYear(incomeYear.getSelection()).mapping(columns);
        EClass eClass = installed.at(holds.getSelectionIndex());
        return new ImportRun(file(), registry, eClass, RecordImport.Options.defaults(user).mode(chosenMode), installed.packages(),
                installed.labels());
    }
}
