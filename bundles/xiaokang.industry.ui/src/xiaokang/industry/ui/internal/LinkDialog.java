package xiaokang.industry.ui.internal;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.industry.Labels;
import xiaokang.industry.NewLink;
import xiaokang.industry.model.LinkMode;

/** 联结户: asks for the household number, the mode, the year, the people who gain and (when counted) their gain. */
final class LinkDialog extends TitleAreaDialog {

    private final String partnerName;
    private final EClass partnerType;
    private final long partnerId;
    private final Function<NewLink, Optional<String>> attempt;
    private Text household;
    private Combo mode;
    private Text year;
    private Text people;
    private Text gain;

    /** @param attempt writes the link, or says why not (the dialog then stays open, showing why) */
    LinkDialog(Shell parent, String partnerName, EClass partnerType, long partnerId, Function<NewLink, Optional<String>> attempt) {
        super(parent);
        this.attempt = attempt;
        this.partnerName = partnerName;
        this.partnerType = partnerType;
        this.partnerId = partnerId;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Link_title);
        setMessage(NLS.bind(Messages.Link_message, partnerName));
        Composite fields = DialogFields.grid(area);
        household = DialogFields.text(fields, Messages.Link_household, ""); //$NON-NLS-1$
        household.setMessage("430582…"); //$NON-NLS-1$
        mode = DialogFields.combo(fields, Messages.Link_mode, List.of(LinkMode.values()).stream().map(Labels::of).toList(), false);
        year = DialogFields.text(fields, Messages.Link_year, String.valueOf(Year.now().getValue() - 1));
        people = DialogFields.text(fields, Messages.Link_people, "1"); //$NON-NLS-1$
        gain = DialogFields.text(fields, Messages.Link_gain, ""); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void okPressed() {
        NewLink link;
        try {
            link = new NewLink(household.getText().strip(), partnerType, partnerId, LinkMode.get(mode.getSelectionIndex()),
                    DialogFields.integer(Messages.Link_year, year), DialogFields.integer(Messages.Link_people, people),
                    DialogFields.decimal(Messages.Link_gain, gain));
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        Optional<String> refused = attempt.apply(link);
        if (refused.isPresent()) {
            setErrorMessage(refused.get());
            return;
        }
        super.okPressed();
    }
}
