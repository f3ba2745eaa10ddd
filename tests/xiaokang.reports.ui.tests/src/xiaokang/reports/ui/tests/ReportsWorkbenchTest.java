package xiaokang.reports.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.cli.Folders;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.TestDemoDatabase;
import xiaokang.reports.testing.TestWorkbenchStore;
import xiaokang.reports.ui.internal.KeyFiguresView;
import xiaokang.reports.ui.internal.ReportEditor;
import xiaokang.reports.ui.internal.ReportsView;

/** A user runs the city overview from the Reports view, sees it, saves it as PDF, and reads the key figures. */
class ReportsWorkbenchTest {

    private static Path folder;

    @BeforeAll
    static void demoCounty() throws Exception {
        folder = Folders.deletedAtExit(Files.createTempDirectory("xiaokang-reports-ui-"));
        TestWorkbenchStore.serve(TestDemoDatabase.create(folder.resolve("db")));
    }

    @Test
    void theCityOverviewOpensInTheReportEditorAndSavesAsPdf() throws Exception {
        ReportsView view = (ReportsView) page().showView(ReportsView.ID);
        List<String> shown = Arrays.stream(view.viewer().getTree().getItems())
                .flatMap(category -> Arrays.stream(category.getItems()).map(item -> category.getText() + "/" + item.getText())).toList();
        assertTrue(shown.contains("综述/脱贫攻坚工作综述"), shown::toString);
        ReportDescriptor overview = ReportCatalog.read(Platform.getExtensionRegistry()).find("city-overview").orElseThrow();

        view.render(overview, Map.of());
        waitFor("the report editor", () -> page().getActiveEditor() instanceof ReportEditor);
        ReportEditor editor = (ReportEditor) page().getActiveEditor();
        String html = Files.readString(editor.html());
        assertTrue(html.contains("20312") && html.contains("61633"), "the overview's figures are shown");
        assertTrue(editor.hasBrowser(), "WebKitGTK is installed: the report shows inside the workbench");
        assertEquals("脱贫攻坚工作综述", editor.getPartName());

        Path pdf = folder.resolve("综述.pdf");
        Job job = editor.saveAs(ReportFormat.PDF, pdf);
        waitFor("the PDF", () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        assertTrue(Files.size(pdf) > 10_000);
        page().closeAllEditors(false);
    }

    @Test
    void keyFiguresShowTheCitysIndicators() throws Exception {
        KeyFiguresView view = (KeyFiguresView) page().showView(KeyFiguresView.ID);
        view.reload();
        waitFor("the demo county's indicators", () -> Arrays.stream(view.table().getTable().getItems())
                .anyMatch(item -> item.getText(1).equals("20,312")));
        List<String> rows = Arrays.stream(view.table().getTable().getItems())
                .map(item -> item.getText(0) + "=" + item.getText(1)).toList();
        assertTrue(rows.contains("脱贫户数=20,312"), rows::toString);
        assertTrue(rows.contains("脱贫人口=61,633"), rows::toString);
        TableItem first = view.table().getTable().getItem(0);
        assertTrue(!first.getText(2).isEmpty(), "a unit");
    }

}
