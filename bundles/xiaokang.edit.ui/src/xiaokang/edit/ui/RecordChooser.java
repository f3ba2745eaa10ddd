package xiaokang.edit.ui;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.internal.Messages;

/**
 * Chooses a stored record of a class by searching for it: what is typed (a name, a number, an ID
 * number, an id) is looked up as the user pauses, the matches listed by their labels; Enter or a
 * double-click takes the selected one.
 */
public final class RecordChooser extends Dialog {

    private static final int SHOWN = 50;
    private static final int PAUSE_MS = 250;

    private final EClass type;
    private final String title;
    private final RecordFinder finder;
    private final AdapterFactoryEditingDomain domain;
    private Text query;
    private TableViewer matches;
    private Label status;
    private EObject chosen;

    public RecordChooser(Shell parent, String title, EClass type, RecordFinder finder, AdapterFactoryEditingDomain domain) {
        super(parent);
        this.title = title;
        this.type = type;
        this.finder = finder;
        this.domain = domain;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.RecordChooser_title, title));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        query = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.RecordChooser_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        matches = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        matches.setContentProvider(ArrayContentProvider.getInstance());
        matches.setLabelProvider(LabelProvider.createTextProvider(element -> EditCommands.label(domain, (EObject) element)));
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 280).applyTo(matches.getControl());
        status = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        query.addListener(SWT.Modify, event -> {
            String typed = query.getText();
            query.getDisplay().timerExec(PAUSE_MS, () -> {
                if (!query.isDisposed() && query.getText().equals(typed)) {
                    search(typed);
                }
            });
        });
        query.addListener(SWT.DefaultSelection, event -> {
            search(query.getText());
            if (matches.getTable().getItemCount() > 0) {
                matches.getTable().select(0);
                okPressed();
            }
        });
        matches.addDoubleClickListener(event -> okPressed());
        search(""); //$NON-NLS-1$
        return area;
    }

    /** Lists what {@code text} finds now (a test types and calls it without waiting for the pause). */
    public void search(String text) {
        if (!text.equals(query.getText())) {
            query.setText(text);
        }
        BusyIndicator.showWhile(query.getDisplay(), () -> {
            try {
                List<EObject> found = finder.find(type, text, SHOWN + 1);
                matches.setInput(found.subList(0, Math.min(found.size(), SHOWN)));
                status.setText(found.size() > SHOWN ? NLS.bind(Messages.RecordChooser_more, SHOWN)
                        : NLS.bind(Messages.RecordChooser_found, found.size()));
            } catch (Exception e) {
                matches.setInput(List.of());
                status.setText(String.valueOf(e.getMessage()));
            }
        });
        if (matches.getTable().getItemCount() == 1) {
            matches.getTable().select(0);
        }
    }

    /** Takes the match at {@code index} of what {@code text} finds, as a user who typed it and chose that line (tests). */
    public void take(String text, int index) {
        search(text);
        matches.getTable().select(index);
        okPressed();
    }

    @Override
    protected void okPressed() {
        Object selected = ((IStructuredSelection) matches.getSelection()).getFirstElement();
        if (selected == null) {
            return;
        }
        chosen = (EObject) selected;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.RecordChooser_choose, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.RecordChooser_cancel, false);
    }

    /** The record chosen, or null when the dialog was cancelled. */
    public EObject chosen() {
        return chosen;
    }
}
