package xiaokang.industry.ui.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

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
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        household = text(fields, Messages.Link_household, ""); //$NON-NLS-1$
        household.setMessage("430582…"); //$NON-NLS-1$
        new Label(fields, SWT.NONE).setText(Messages.Link_mode);
        mode = new Combo(fields, SWT.READ_ONLY);
        mode.setItems(List.of(LinkMode.values()).stream().map(Labels::of).toArray(String[]::new));
        mode.select(0);
        year = text(fields, Messages.Link_year, String.valueOf(Year.now().getValue() - 1));
        people = text(fields, Messages.Link_people, "1"); //$NON-NLS-1$
        gain = text(fields, Messages.Link_gain, ""); //$NON-NLS-1$
        return area;
    }

    private static Text text(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        NewLink link;
        try {
            String gainText = gain.getText().strip();
            link = new NewLink(household.getText().strip(), partnerType, partnerId, LinkMode.get(mode.getSelectionIndex()),
                    number(Messages.Link_year, year), number(Messages.Link_people, people),
                    gainText.isEmpty() ? null : decimal(gainText));
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

    private static int number(String label, Text field) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Link_notANumber, label, field.getText()), e);
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Link_notANumber, Messages.Link_gain, text), e);
        }
    }
}
