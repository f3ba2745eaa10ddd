package xiaokang.monitoring.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.WarningEntry;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.WarningKind;

/** 启动认定: the category, the risks and how the household was found, for a warning's household. */
final class IdentifyDialog extends TitleAreaDialog {

    private final WarningEntry warning;
    private Combo categoryBox;
    private Combo howBox;
    private final List<Button> riskBoxes = new ArrayList<>();
    private Text noteText;
    private MonitoringCategory category;
    private HowFound how;
    private final List<RiskType> risks = new ArrayList<>();
    private String note;

    IdentifyDialog(Shell parent, WarningEntry warning) {
        super(parent);
        this.warning = warning;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Board_identify);
        setMessage(NLS.bind(Messages.Identify_message, warning.household(), warning.reason()));
        Composite fields = DialogFields.grid(area);
        categoryBox = DialogFields.combo(fields, Messages.Identify_category,
                List.of(MonitoringCategory.values()).stream().map(Labels::of).toList(), false);
        categoryBox.select(warning.kind() == WarningKind.RIGID_EXPENDITURE ? MonitoringCategory.SUDDEN_HARDSHIP.ordinal()
                : MonitoringCategory.UNSTABLE.ordinal());
        Label title = new Label(fields, SWT.NONE);
        title.setText(Messages.Identify_risks);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(title);
        Composite boxes = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(boxes);
        for (RiskType risk : RiskType.values()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(Labels.of(risk));
            riskBoxes.add(box);
        }
        howBox = DialogFields.combo(fields, Messages.Identify_how, List.of(HowFound.values()).stream().map(Labels::of).toList(), false);
        howBox.select(warning.kind() == WarningKind.DEPARTMENT_LIST ? HowFound.DEPARTMENT_SCREENING.ordinal() : HowFound.OTHER.ordinal());
        noteText = DialogFields.multiLineText(fields, Messages.Identify_note);
        noteText.setText(warning.reason() == null ? "" : warning.reason()); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            risks.clear();
            for (int i = 0; i < riskBoxes.size(); i++) {
                if (riskBoxes.get(i).getSelection()) {
                    risks.add(RiskType.values()[i]);
                }
            }
            if (risks.isEmpty()) {
                setErrorMessage(Messages.Identify_noRisk);
                return;
            }
            category = MonitoringCategory.values()[categoryBox.getSelectionIndex()];
            how = HowFound.values()[howBox.getSelectionIndex()];
            note = noteText.getText().strip();
        }
        super.buttonPressed(buttonId);
    }

    MonitoringCategory category() {
        return category;
    }

    List<RiskType> risks() {
        return risks;
    }

    HowFound how() {
        return how;
    }

    String note() {
        return note;
    }
}
