package xiaokang.industry.ui.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.ui.HouseholdPage;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.RecordTables;
import xiaokang.industry.BenefitLinks;
import xiaokang.industry.Grants;
import xiaokang.industry.Labels;
import xiaokang.industry.LinkRow;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.store.StoreException;

/**
 * 产业帮扶, the household editor's page that industry adds: what the household is linked to, what
 * each person gains from it, and the industry subsidies it received; double-click opens the
 * cooperative, enterprise or base, or the grant.
 */
public final class HouseholdIndustryPage implements HouseholdPage {

    private Context context;
    private Label summary;
    private TableViewer linkTable;
    private TableViewer grantTable;
    private List<LinkRow> links = List.of();

    @Override
    public void createContents(Composite body, FormToolkit toolkit, Context household) {
        context = household;
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        linkTable = RecordTables.create(section(body, toolkit, Messages.Page_links), 200, LinkRow.class, this::openPartner);
        RecordTables.column(linkTable, Messages.Column_year, 50, LinkRow.class, row -> String.valueOf(row.year()), LinkRow::year);
        RecordTables.column(linkTable, Messages.Column_partner, 260, LinkRow.class, LinkRow::partner);
        RecordTables.column(linkTable, Messages.Column_kind, 70, LinkRow.class, row -> kind(row.partnerType()));
        RecordTables.column(linkTable, Messages.Column_mode, 80, LinkRow.class, row -> Labels.of(row.mode()));
        RecordTables.column(linkTable, Messages.Column_people, 70, LinkRow.class, row -> String.valueOf(row.people()), LinkRow::people);
        RecordTables.column(linkTable, Messages.Column_gain, 100, LinkRow.class, row -> RecordTables.money(row.incomeGain(), Messages.Gain_unknown), LinkRow::incomeGain);
        grantTable = RecordTables.create(section(body, toolkit, Messages.Partner_grants), 120, Grants.Grant.class, this::openGrant);
        RecordTables.column(grantTable, Messages.Column_year, 60, Grants.Grant.class, grant -> String.valueOf(grant.year()), Grants.Grant::year);
        RecordTables.column(grantTable, Messages.Column_amount, 110, Grants.Grant.class, grant -> RecordTables.money(grant.amount(), Messages.Gain_unknown), Grants.Grant::amount);
        RecordTables.column(grantTable, Messages.Column_policy, 300, Grants.Grant.class, Grants.Grant::policy);
        refresh();
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
    public void refresh() {
        List<Grants.Grant> grants;
        try (Connection connection = context.store().connect()) {
            links = BenefitLinks.ofHousehold(connection, context.householdId());
            grants = Grants.ofHousehold(connection, context.householdId());
        } catch (StoreException | SQLException e) {
            Platform.getLog(getClass()).error(e.getMessage(), e);
            return;
        }
        BigDecimal granted = grants.stream().map(Grants.Grant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (links.isEmpty()) {
            summary.setText(Messages.Page_none);
        } else {
            int latest = links.get(0).year();
            summary.setText(NLS.bind(Messages.Page_summary, new Object[] { String.valueOf(latest),
                    RecordTables.money(BenefitLinks.gainPerPerson(links, latest), Messages.Gain_unknown),
                    links.stream().filter(link -> link.year() == latest).count(), RecordTables.money(granted, Messages.Gain_unknown) }));
        }
        linkTable.setInput(links);
        grantTable.setInput(grants);
        summary.getParent().layout(true, true);
    }

    /** The household's benefit links, newest year first, as shown. */
    public List<LinkRow> links() {
        return links;
    }

    private void openPartner(LinkRow row) {
        try {
            PartnerEditor.open(context.page(), context.store(), row.partnerType(), row.partnerId(), row.partner());
        } catch (PartInitException e) {
            Platform.getLog(getClass()).log(e.getStatus());
        }
    }

    private void openGrant(Grants.Grant grant) {
        try {
            ObjectEditor.open(context.page(), new StoredObjectInput(context.store(), IndustryPackage.Literals.SUBSIDY_GRANT,
                    grant.id(), context.number() + ' ' + grant.year() + ' ' + Messages.Partner_grants));
        } catch (PartInitException e) {
            Platform.getLog(getClass()).log(e.getStatus());
        }
    }
}
