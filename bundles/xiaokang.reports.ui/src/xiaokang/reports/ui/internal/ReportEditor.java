package xiaokang.reports.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import xiaokang.reports.ReportFormat;

/**
 * A rendered report, shown as HTML in the SWT Browser, with buttons that render the same report
 * with the same parameters to PDF, Excel or Word. Where the machine has no browser engine
 * (WebKitGTK on Linux) the editor says so and offers the system's browser instead.
 */
public final class ReportEditor extends EditorPart {

    public static final String ID = "xiaokang.reports.ui.reportEditor"; //$NON-NLS-1$

    private Browser browser;
    private Label fallback;
    private Path html;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ReportEditorInput)) {
            throw new PartInitException(input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    private ReportEditorInput reportInput() {
        return (ReportEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite buttons = new Composite(parent, SWT.NONE);
        RowLayoutFactory.swtDefaults().applyTo(buttons);
        saveButton(buttons, ReportFormat.PDF, Messages.ReportEditor_savePdf);
        saveButton(buttons, ReportFormat.XLSX, Messages.ReportEditor_saveXlsx);
        saveButton(buttons, ReportFormat.DOCX, Messages.ReportEditor_saveDocx);
        saveButton(buttons, ReportFormat.HTML, Messages.ReportEditor_saveHtml);
        Button external = new Button(buttons, SWT.PUSH);
        external.setText(Messages.ReportEditor_openExternal);
        external.addListener(SWT.Selection, event -> Program.launch(html.toString()));
        try {
            browser = new Browser(parent, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(browser);
        } catch (SWTError e) {
            fallback = new Label(parent, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(fallback);
        }
        show(reportInput().html());
    }

    private void saveButton(Composite buttons, ReportFormat format, String label) {
        Button button = new Button(buttons, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, event -> saveAs(format));
    }

    /** Shows a newly rendered HTML file, replacing (and deleting) the one shown before. */
    void show(Path rendered) {
        if (html != null && !html.equals(rendered)) {
            deleteQuietly(html);
        }
        html = rendered;
        if (browser != null) {
            browser.setUrl(rendered.toUri().toString());
        } else if (fallback != null) {
            fallback.setText(NLS.bind(Messages.ReportEditor_noBrowser, rendered));
        }
    }

    /** Renders the same report with the same parameters into a file the user picks. */
    void saveAs(ReportFormat format) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(NLS.bind(Messages.ReportEditor_saveTitle, format.name()));
        dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
        dialog.setFileName(reportInput().report().name() + '.' + format.extension());
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            saveAs(format, Path.of(file));
        }
    }

    public RenderJob saveAs(ReportFormat format, Path file) {
        RenderJob job = new RenderJob(WorkbenchData.of(getSite()), reportInput().report(), reportInput().parameters(), format, file,
                saved -> getEditorSite().getActionBars().getStatusLineManager()
                        .setMessage(NLS.bind(Messages.ReportEditor_saved, saved)));
        job.schedule();
        return job;
    }

    public Path html() {
        return html;
    }

    public boolean hasBrowser() {
        return browser != null;
    }

    @Override
    public void dispose() {
        if (html != null) {
            deleteQuietly(html);
        }
        super.dispose();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system's temp cleaning takes it
        }
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a report is not edited: nothing to save
    }

    @Override
    public void doSaveAs() {
        saveAs(ReportFormat.PDF);
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
