package xiaokang.edit.ui.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;

/** A calendar under a field's button: a day clicked twice, or Enter, is taken; Escape or a click elsewhere closes it. */
public final class DatePopup {

    private DatePopup() {
    }

    public static void open(Control below, LocalDate shown, Consumer<LocalDate> take) {
        Shell popup = new Shell(below.getShell(), SWT.ON_TOP | SWT.TOOL);
        popup.setLayout(new FillLayout());
        DateTime calendar = new DateTime(popup, SWT.CALENDAR);
        calendar.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        Runnable chosen = () -> {
            LocalDate day = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
            popup.dispose();
            take.accept(day);
        };
        calendar.addListener(SWT.DefaultSelection, event -> chosen.run());
        calendar.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ESC) {
                popup.dispose();
            }
        });
        popup.addListener(SWT.Deactivate, event -> popup.getDisplay().asyncExec(() -> {
            if (!popup.isDisposed()) {
                popup.dispose();
            }
        }));
        popup.pack();
        Point at = below.toDisplay(0, below.getSize().y);
        popup.setLocation(at.x - popup.getSize().x + below.getSize().x, at.y);
        popup.open();
        calendar.setFocus();
    }
}
