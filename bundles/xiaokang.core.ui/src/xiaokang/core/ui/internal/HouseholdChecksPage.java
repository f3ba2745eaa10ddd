package xiaokang.core.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import xiaokang.core.model.Assessment;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.edit.ui.ContainedRecords;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.edit.ui.FeatureText;

/** 六项核查: every assessment of the household, newest first, one row per check; 新建核查… takes a new one. */
public final class HouseholdChecksPage extends FormPage {

    public static final String ID = "checks"; //$NON-NLS-1$

    private final HouseholdEditor editor;
    private FeatureFields fields;

    HouseholdChecksPage(HouseholdEditor editor) {
        super(editor, ID, Messages.HouseholdChecksPage_title);
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        managed.getForm().setText(Messages.HouseholdChecksPage_title);
        managed.getForm().getBody().setLayout(new FillLayout());
        TableViewer table = new TableViewer(managed.getForm().getBody(), SWT.FULL_SELECTION | SWT.BORDER);
        RecordTables.exportMenu(table);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, Messages.HouseholdChecksPage_date, 100, result -> String.valueOf(((Assessment) result.eContainer()).getDate()));
        column(table, Messages.HouseholdChecksPage_check, 120,
                result -> FeatureText.of(editor.domain(), result, CorePackage.Literals.CHECK_RESULT__CHECK));
        column(table, Messages.HouseholdChecksPage_result, 70,
                result -> result.isPassed() ? Messages.HouseholdChecksPage_passed : Messages.HouseholdChecksPage_failed);
        column(table, Messages.HouseholdChecksPage_note, 240, result -> result.getNote() == null ? "" : result.getNote()); //$NON-NLS-1$
        column(table, Messages.HouseholdChecksPage_assessor, 100, result -> ((Assessment) result.eContainer()).getAssessor());
        editor.onChange(() -> {
            if (!table.getControl().isDisposed()) {
                List<CheckResult> results = new ArrayList<>();
                editor.household().getAssessments().stream()
                        .sorted((a, b) -> String.valueOf(b.getDate()).compareTo(String.valueOf(a.getDate())))
                        .forEach(assessment -> results.addAll(assessment.getResults()));
                table.setInput(results);
            }
        });
        fields = editor.fields(managed.getToolkit(), editor::household, editor::onChange);
        managed.getForm().getToolBarManager().add(new Action(Messages.HouseholdChecksPage_new) {
            @Override
            public void run() {
                addAssessment();
            }
        });
        managed.getForm().updateToolBar();
        editor.commandStackChanged(null);
    }

    /**
     * Adds an assessment of today by the user, one result per check (passed until the assessor says
     * otherwise), and opens its form; the latest assessment decides the household's checks.
     * Cancelling the form takes it out again.
     */
    public Assessment addAssessment() {
        Assessment assessment = CoreFactory.eINSTANCE.createAssessment();
        assessment.setDate(LocalDate.now());
        assessment.setAssessor(editor.householdInput().store().user());
        for (Check check : Check.VALUES) {
            CheckResult result = CoreFactory.eINSTANCE.createCheckResult();
            result.setCheck(check);
            result.setPassed(true);
            assessment.getResults().add(result);
        }
        return new ContainedRecords(fields, editor::domain, editor::household, CorePackage.Literals.HOUSEHOLD__ASSESSMENTS).add(assessment)
                ? assessment
                : null;
    }

    private static void column(TableViewer table, String title, int width, Function<CheckResult, String> text) {
        TableColumns.add(table, title, width, SWT.LEFT, CheckResult.class, text);
    }
}
