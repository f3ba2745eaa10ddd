package xiaokang.publicity.ui.internal;

import java.sql.Connection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;

import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.RecordActions;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.RecordTables;
import xiaokang.publicity.Labels;
import xiaokang.publicity.PublicityRecords;
import xiaokang.publicity.model.PublicityPackage;

/** 宣传和社会扶贫: media reports, awards, commendations and charity, newest first; double-click edits one. */
public final class PublicityRecordsView extends StoreReadingView {

    public static final String ID = "xiaokang.publicity.ui.records"; //$NON-NLS-1$

    /** Everything the view lists, read in one go. */
    public record Records(List<PublicityRecords.Report> reports, List<PublicityRecords.AwardRow> awards,
            List<PublicityRecords.CommendationRow> commendations, List<PublicityRecords.Charity> charity) {
    }

    private TableViewer reports;
    private TableViewer awards;
    private TableViewer commendations;
    private TableViewer charity;
    private Records records = new Records(List.of(), List.of(), List.of(), List.of());

    @Override
    public void createPartControl(Composite parent) {
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        reports = RecordTables.create(RecordTables.tab(tabs, Messages.Records_reports), SWT.DEFAULT, PublicityRecords.Report.class,
                r -> edit(PublicityPackage.Literals.MEDIA_REPORT, r.id(), r.title()));
        RecordTables.column(reports, Messages.Column_date, 90, PublicityRecords.Report.class, r -> String.valueOf(r.date()),
                PublicityRecords.Report::date);
        RecordTables.column(reports, Messages.Column_outlet, 110, PublicityRecords.Report.class, PublicityRecords.Report::outlet);
        RecordTables.column(reports, Messages.Column_kind, 60, PublicityRecords.Report.class, r -> Labels.of(r.kind()));
        RecordTables.column(reports, Messages.Column_title, 360, PublicityRecords.Report.class, PublicityRecords.Report::title);
        awards = RecordTables.create(RecordTables.tab(tabs, Messages.Records_awards), SWT.DEFAULT, PublicityRecords.AwardRow.class,
                a -> edit(PublicityPackage.Literals.AWARD, a.id(), a.name()));
        RecordTables.column(awards, Messages.Column_date, 90, PublicityRecords.AwardRow.class, a -> String.valueOf(a.date()),
                PublicityRecords.AwardRow::date);
        RecordTables.column(awards, Messages.Column_name, 260, PublicityRecords.AwardRow.class, PublicityRecords.AwardRow::name);
        RecordTables.column(awards, Messages.Column_level, 70, PublicityRecords.AwardRow.class, a -> Labels.of(a.level()));
        RecordTables.column(awards, Messages.Column_awardedTo, 200, PublicityRecords.AwardRow.class, PublicityRecords.AwardRow::awardedTo);
        commendations = RecordTables.create(RecordTables.tab(tabs, Messages.Records_commendations), SWT.DEFAULT, PublicityRecords.CommendationRow.class,
                c -> edit(PublicityPackage.Literals.COMMENDATION, c.id(), c.name()));
        RecordTables.column(commendations, Messages.Column_date, 90, PublicityRecords.CommendationRow.class, c -> String.valueOf(c.date()),
                PublicityRecords.CommendationRow::date);
        RecordTables.column(commendations, Messages.Column_kind, 120, PublicityRecords.CommendationRow.class, c -> Labels.of(c.category()));
        RecordTables.column(commendations, Messages.Column_name, 90, PublicityRecords.CommendationRow.class, PublicityRecords.CommendationRow::name);
        RecordTables.column(commendations, Messages.Column_township, 110, PublicityRecords.CommendationRow.class,
                PublicityRecords.CommendationRow::township);
        charity = RecordTables.create(RecordTables.tab(tabs, Messages.Records_charity), SWT.DEFAULT, PublicityRecords.Charity.class,
                c -> edit(PublicityPackage.Literals.CHARITY_EVENT, c.id(), c.donor()));
        RecordTables.column(charity, Messages.Column_date, 90, PublicityRecords.Charity.class, c -> String.valueOf(c.date()),
                PublicityRecords.Charity::date);
        RecordTables.column(charity, Messages.Column_donor, 140, PublicityRecords.Charity.class, PublicityRecords.Charity::donor);
        RecordTables.column(charity, Messages.Column_kind, 80, PublicityRecords.Charity.class, c -> Labels.of(c.kind()));
        RecordTables.column(charity, Messages.Column_place, 150, PublicityRecords.Charity.class, PublicityRecords.Charity::place);
        RecordTables.column(charity, Messages.Column_amount, 100, PublicityRecords.Charity.class,
                c -> RecordTables.money(c.amount(), ""), PublicityRecords.Charity::amount); //$NON-NLS-1$
        RecordActions.toolbar(getViewSite(), reports,
                () -> List.of(PublicityPackage.Literals.MEDIA_REPORT, PublicityPackage.Literals.AWARD, PublicityPackage.Literals.COMMENDATION,
                        PublicityPackage.Literals.CHARITY_EVENT, PublicityPackage.Literals.PROSPERITY_LEADER,
                        PublicityPackage.Literals.VOLUNTEER_REGISTRATION, PublicityPackage.Literals.FOUR_ONES_ACTIVITY),
                this::storeOrNull);
        RecordActions.rows(getViewSite(), reports, PublicityPackage.Literals.MEDIA_REPORT, this::storeOrNull, PublicityRecords.Report.class,
                PublicityRecords.Report::id, PublicityRecords.Report::title, this::refresh);
        RecordActions.rows(getViewSite(), awards, PublicityPackage.Literals.AWARD, this::storeOrNull, PublicityRecords.AwardRow.class,
                PublicityRecords.AwardRow::id, PublicityRecords.AwardRow::name, this::refresh);
        RecordActions.rows(getViewSite(), commendations, PublicityPackage.Literals.COMMENDATION, this::storeOrNull,
                PublicityRecords.CommendationRow.class, PublicityRecords.CommendationRow::id, PublicityRecords.CommendationRow::name,
                this::refresh);
        RecordActions.rows(getViewSite(), charity, PublicityPackage.Literals.CHARITY_EVENT, this::storeOrNull, PublicityRecords.Charity.class,
                PublicityRecords.Charity::id, PublicityRecords.Charity::donor, this::refresh);
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Records_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        refresh();
    }

    public Job refresh() {
        return read(Messages.Records_reading, (Connection connection) -> new Records(PublicityRecords.reports(connection),
                PublicityRecords.awards(connection), PublicityRecords.commendations(connection), PublicityRecords.charity(connection)), read -> {
                    records = read;
                    reports.setInput(read.reports());
                    awards.setInput(read.awards());
                    commendations.setInput(read.commendations());
                    charity.setInput(read.charity());
                });
    }

    @Override
    public void recordsChanged() {
        refresh();
    }

    public Records records() {
        return records;
    }

    private void edit(EClass type, long id, String name) {
        try {
            ObjectEditor.open(getSite().getPage(), new StoredObjectInput(store(), type, id, name));
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    @Override
    public void setFocus() {
        reports.getControl().setFocus();
    }
}
