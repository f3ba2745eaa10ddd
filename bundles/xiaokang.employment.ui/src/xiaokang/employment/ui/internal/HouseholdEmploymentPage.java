package xiaokang.employment.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.HouseholdPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.employment.MemberJobs;
import xiaokang.store.StoreException;

/** 就业帮扶, the household editor's page that employment adds: each member's jobs and courses. */
public final class HouseholdEmploymentPage implements HouseholdPage {

    private Context context;
    private Label summary;
    private TableViewer table;
    private List<MemberJobs.Entry> entries = List.of();

    @Override
    public void createContents(Composite body, FormToolkit toolkit, Context household) {
        context = household;
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = RecordTables.create(body, 240);
        RecordTables.column(table, Messages.Column_member, 80, MemberJobs.Entry.class, MemberJobs.Entry::member);
        RecordTables.column(table, Messages.Column_kind, 60, MemberJobs.Entry.class, e -> e.job() ? Messages.Kind_job : Messages.Kind_course);
        RecordTables.column(table, Messages.Column_what, 220, MemberJobs.Entry.class, MemberJobs.Entry::what);
        RecordTables.column(table, Messages.Column_where, 120, MemberJobs.Entry.class, MemberJobs.Entry::where);
        RecordTables.column(table, Messages.Column_from, 90, MemberJobs.Entry.class, e -> e.from() == null ? null : e.from().toString(),
                MemberJobs.Entry::from);
        RecordTables.column(table, Messages.Column_to, 90, MemberJobs.Entry.class, e -> e.to() == null ? null : e.to().toString(),
                MemberJobs.Entry::to);
        RecordTables.column(table, Messages.Column_gain, 110, MemberJobs.Entry.class,
                e -> e.job() ? RecordTables.money(e.gain(), Messages.Unknown) : null, MemberJobs.Entry::gain);
        refresh();
    }

    @Override
    public void refresh() {
        try (Connection connection = context.store().connect()) {
            entries = MemberJobs.ofHousehold(connection, context.householdId());
        } catch (StoreException | SQLException e) {
            Platform.getLog(getClass()).error(e.getMessage(), e);
            return;
        }
        long working = entries.stream().filter(e -> e.job() && e.to() == null).map(MemberJobs.Entry::member).distinct().count();
        long courses = entries.stream().filter(e -> !e.job()).count();
        summary.setText(entries.isEmpty() ? Messages.Page_none : NLS.bind(Messages.Page_summary, working, courses));
        table.setInput(entries);
        summary.getParent().layout(true, true);
    }

    /** The members' jobs and courses, newest first, as shown. */
    public List<MemberJobs.Entry> entries() {
        return entries;
    }
}
