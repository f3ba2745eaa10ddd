package xiaokang.reports.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportParameter.Choice;
import xiaokang.reports.ReportParameter.Type;
import xiaokang.reports.ui.internal.SearchableChoice;

/** A report parameter's list narrows to what the user types, by name or by code. */
class SearchableChoiceTest {

    private static final ReportParameter TOWNSHIP = new ReportParameter("township", "乡镇", Type.STRING, "430582002", true,
            List.of(new Choice("430582001", "两市塘街道"), new Choice("430582002", "宋家塘街道"), new Choice("430582023", "双凤乡")));

    @Test
    void typingNarrowsTheListByNameOrCode() {
        Shell shell = new Shell(Display.getDefault());
        try {
            SearchableChoice field = new SearchableChoice(shell, TOWNSHIP);
            Composite box = (Composite) shell.getChildren()[0];
            Text search = (Text) child(box, Text.class);
            Combo list = (Combo) child(box, Combo.class);
            assertEquals("430582002", field.value(), "the design's default is chosen");

            search.setText("双凤");
            assertArrayEquals(new String[] { "双凤乡" }, list.getItems());
            assertEquals("430582023", field.value());

            search.setText("0582001");
            assertEquals("430582001", field.value(), "by code");

            search.setText("无此乡镇");
            assertEquals(0, list.getItemCount());
            assertEquals("", field.value(), "nothing matches, nothing chosen");
        } finally {
            shell.dispose();
        }
    }

    private static Control child(Composite parent, Class<?> type) {
        return Arrays.stream(parent.getChildren()).filter(type::isInstance).findFirst().orElseThrow();
    }
}
