package xiaokang.industry.ui.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.ui.HouseholdRecordsPage;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.RecordTables;
import xiaokang.industry.BenefitLinks;
import xiaokang.industry.Grants;
import xiaokang.industry.Labels;
import xiaokang.industry.LinkRow;
import xiaokang.industry.model.IndustryPackage;

/**
 * 产业帮扶, the household editor's page that industry adds: what the household is linked to, what
 * each person gains from it, and the industry subsidies it received; double-click opens the
 * cooperative, enterprise or base, or the grant.
 */
public final class HouseholdIndustryPage extends HouseholdRecordsPage<HouseholdIndustryPage.Records> {

    /** What the page reads: the household's benefit links and the subsidies granted to it. */
    public record Records(List<LinkRow> links, List<Grants.Grant> grants) {
    }

    private TableViewer linkTable;
    private TableViewer grantTable;

    @Override
    protected void createTables(Composite body, FormToolkit toolkit) {
        linkTable = RecordTables.create(section(body, toolkit, Messages.Page_links), 200, LinkRow.class, this::openPartner);
        RecordTables.column(linkTable, Messages.Column_year, 50, LinkRow.class, row -> String.valueOf(row.year()), LinkRow::year);
        RecordTables.column(linkTable, Messages.Column_partner, 260, LinkRow.class, LinkRow::partner);
        RecordTables.column(linkTable, Messages.Column_kind, 70, LinkRow.class, row -> kind(row.partnerType()));
        RecordTables.column(linkTable, Messages.Column_mode, 80, LinkRow.class, row -> Labels.of(row.mode()));
        RecordTables.column(linkTable, Messages.Column_people, 70, LinkRow.class, row -> String.valueOf(row.people()), LinkRow::people);
        RecordTables.column(linkTable, Messages.Column_gain, 100, LinkRow.class, row -> RecordTables.money(row.incomeGain(), Messages.Gain_unknown),
                LinkRow::incomeGain);
        grantTable = RecordTables.create(section(body, toolkit, Messages.Partner_grants), 120, Grants.Grant.class, this::openGrant);
        RecordTables.column(grantTable, Messages.Column_year, 60, Grants.Grant.class, grant -> String.valueOf(grant.year()), Grants.Grant::year);
        RecordTables.column(grantTable, Messages.Column_amount, 110, Grants.Grant.class, grant -> RecordTables.money(grant.amount(), Messages.Gain_unknown),
                Grants.Grant::amount);
        RecordTables.column(grantTable, Messages.Column_policy, 300, Grants.Grant.class, Grants.Grant::policy);
    }

    private static Composite section(Composite body, FormToolkit toolkit, String title) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().applyTo(client);
        section.setClient(client);
        return client;
    }

    static String kind(EClass type) {
        if (type == IndustryPackage.Literals.ENTERPRISE) {
            return Messages.Type_ENTERPRISE;
        }
        return type == IndustryPackage.Literals.INDUSTRY_BASE ? Messages.Type_INDUSTRY_BASE : Messages.Type_COOPERATIVE;
    }

    @Override
    protected Records read(Connection connection, long householdId) throws SQLException {
        return new Records(BenefitLinks.ofHousehold(connection, householdId), Grants.ofHousehold(connection, householdId));
    }

    @Override
    protected String show(Records read) {
        linkTable.setInput(read.links());
        grantTable.setInput(read.grants());
        if (read.links().isEmpty()) {
            return Messages.Page_none;
        }
        BigDecimal granted = read.grants().stream().map(Grants.Grant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int latest = read.links().get(0).year();
        return NLS.bind(Messages.Page_summary, new Object[] { String.valueOf(latest),
                RecordTables.money(BenefitLinks.gainPerPerson(read.links(), latest), Messages.Gain_unknown),
                read.links().stream().filter(link -> link.year() == latest).count(), RecordTables.money(granted, Messages.Gain_unknown) });
    }

    /** The household's benefit links, newest year first, as shown. */
    public List<LinkRow> links() {
        return shown() == null ? List.of() : shown().links();
    }

    private void openPartner(LinkRow row) {
        try {
            PartnerEditor.open(context().page(), context().store(), row.partnerType(), row.partnerId(), row.partner());
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void openGrant(Grants.Grant grant) {
        try {
            ObjectEditor.open(context().page(), new StoredObjectInput(context().store(), IndustryPackage.Literals.SUBSIDY_GRANT,
                    grant.id(), context().number() + ' ' + grant.year() + ' ' + Messages.Partner_grants));
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
