package xiaokang.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Product name, version, description, and the Java and data folder in use. */
public final class AboutDialog extends Dialog {

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.AboutDialog_title, ProductInfo.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 8).applyTo(area);

        Label name = label(area, ProductInfo.name());
        name.setFont(JFaceResources.getHeaderFont());
        label(area, NLS.bind(Messages.AboutDialog_version, ProductInfo.version()));
        label(area, ProductInfo.aboutText());
        label(area, NLS.bind(Messages.AboutDialog_java, Runtime.version(), System.getProperty("java.vendor"))); //$NON-NLS-1$
        label(area, NLS.bind(Messages.AboutDialog_data, Platform.getInstanceLocation().getURL()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(label);
        return label;
    }
}
