package xiaokang.employment.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.HouseholdRecordsPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.employment.MemberJobs;

/** 就业帮扶, the household editor's page that employment adds: each member's jobs and courses. */
public final class HouseholdEmploymentPage extends HouseholdRecordsPage<List<MemberJobs.Entry>> {

    private TableViewer table;

    @Override
    protected void createTables(Composite body, FormToolkit toolkit) {
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
    }

    @Override
    protected List<MemberJobs.Entry> read(Connection connection, long householdId) throws SQLException {
        return MemberJobs.ofHousehold(connection, householdId);
    }

    @Override
    protected String show(List<MemberJobs.Entry> entries) {
        table.setInput(entries);
        long working = entries.stream().filter(e -> e.job() && e.to() == null).map(MemberJobs.Entry::member).distinct().count();
        long courses = entries.stream().filter(e -> !e.job()).count();
        return entries.isEmpty() ? Messages.Page_none : NLS.bind(Messages.Page_summary, working, courses);
    }
}
