package xiaokang.industry.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.StoredObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.RecordTables;
import xiaokang.industry.BenefitLinks;
import xiaokang.industry.Grants;
import xiaokang.industry.Labels;
import xiaokang.industry.LinkRow;
import xiaokang.industry.NewLink;
import xiaokang.industry.Sales;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * An enterprise, cooperative or base: its facts (edited like any record: undoable, saved in one
 * transaction), the households linked to it, and the subsidies it received and the sales it made.
 * Linking and unlinking a household is written at once, each in its own transaction.
 */
public final class PartnerEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.industry.ui.partnerEditor"; //$NON-NLS-1$

    private TableViewer households;
    private Section householdSection;
    private List<LinkRow> links = List.of();

    /** Opens (or brings to front) the editor of a stored enterprise, cooperative or base. */
    public static IEditorPart open(IWorkbenchPage page, Store store, EClass type, long id, String name) throws PartInitException {
        return page.openEditor(new StoredObjectInput(store, type, id, name), ID);
    }

    private StoredObjectInput partner() {
        return (StoredObjectInput) getEditorInput();
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.swtDefaults().applyTo(body);
        Composite facts = section(body, Messages.Partner_facts, false);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(facts);
        fields().all(facts);

        Composite linked = section(body, "", true); //$NON-NLS-1$
        householdSection = (Section) linked.getParent();
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(linked);
        households = RecordTables.create(linked, 240, LinkRow.class, this::openHousehold);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 240).applyTo(households.getControl());
        RecordTables.column(households, Messages.Column_household, 150, LinkRow.class, LinkRow::householdNumber);
        RecordTables.column(households, Messages.Column_head, 70, LinkRow.class, LinkRow::head);
        RecordTables.column(households, Messages.Column_place, 150, LinkRow.class, LinkRow::place);
        RecordTables.column(households, Messages.Column_year, 50, LinkRow.class, row -> String.valueOf(row.year()), LinkRow::year);
        RecordTables.column(households, Messages.Column_mode, 80, LinkRow.class, row -> Labels.of(row.mode()));
        RecordTables.column(households, Messages.Column_people, 70, LinkRow.class, row -> String.valueOf(row.people()), LinkRow::people);
        RecordTables.column(households, Messages.Column_gain, 100, LinkRow.class, row -> RecordTables.money(row.incomeGain(), Messages.Gain_unknown),
                LinkRow::incomeGain);
        Button link = toolkit().createButton(linked, Messages.Partner_link, SWT.PUSH);
        link.addListener(SWT.Selection, event -> askToLink());
        Button unlink = toolkit().createButton(linked, Messages.Partner_unlink, SWT.PUSH);
        unlink.addListener(SWT.Selection, event -> askToUnlink());

        if (partner().type() != IndustryPackage.Literals.INDUSTRY_BASE) {
            grantsAndSales(body);
        }
        readLinks();
    }

    private Composite section(Composite body, String title, boolean grab) {
        Section section = toolkit().createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, grab).applyTo(section);
        Composite client = toolkit().createComposite(section);
        section.setClient(client);
        return client;
    }

    private void grantsAndSales(Composite body) {
        try (Connection connection = store().connect()) {
            Composite grantClient = section(body, Messages.Partner_grants, false);
            GridLayoutFactory.swtDefaults().applyTo(grantClient);
            TableViewer grants = RecordTables.create(grantClient, 100, Grants.Grant.class,
                    grant -> openRecord(IndustryPackage.Literals.SUBSIDY_GRANT, grant.id(), grant.year() + " " + Messages.Partner_grants)); //$NON-NLS-1$
            RecordTables.column(grants, Messages.Column_year, 60, Grants.Grant.class, grant -> String.valueOf(grant.year()), Grants.Grant::year);
            RecordTables.column(grants, Messages.Column_amount, 110, Grants.Grant.class, grant -> RecordTables.money(grant.amount(), Messages.Gain_unknown),
                    Grants.Grant::amount);
            RecordTables.column(grants, Messages.Column_policy, 300, Grants.Grant.class, Grants.Grant::policy);
            grants.setInput(Grants.of(connection, partner().type(), partner().id()));

            Composite saleClient = section(body, Messages.Partner_sales, false);
            GridLayoutFactory.swtDefaults().applyTo(saleClient);
            TableViewer sales = RecordTables.create(saleClient, 140, Sales.Sale.class,
                    sale -> openRecord(IndustryPackage.Literals.CONSUMPTION_SALE, sale.id(), sale.date() + " " + sale.product())); //$NON-NLS-1$
            RecordTables.column(sales, Messages.Column_date, 90, Sales.Sale.class, sale -> sale.date().toString());
            RecordTables.column(sales, Messages.Column_product, 110, Sales.Sale.class, Sales.Sale::product);
            RecordTables.column(sales, Messages.Column_buyerKind, 90, Sales.Sale.class, sale -> Labels.of(sale.buyerKind()));
            RecordTables.column(sales, Messages.Column_buyer, 160, Sales.Sale.class, Sales.Sale::buyer);
            RecordTables.column(sales, Messages.Column_amount, 100, Sales.Sale.class, sale -> RecordTables.money(sale.amount(), Messages.Gain_unknown),
                    Sales.Sale::amount);
            sales.setInput(Sales.of(connection, partner().type(), partner().id()));
        } catch (StoreException | SQLException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    /** Reads the linked households again and shows them. */
    public void readLinks() {
        try (Connection connection = store().connect()) {
            links = BenefitLinks.of(connection, partner().type(), partner().id());
        } catch (StoreException | SQLException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            links = List.of();
        }
        householdSection.setText(NLS.bind(Messages.Partner_households, links.size()));
        households.setInput(links);
        refresh();
    }

    /** The benefit links of this partner, newest year first, as shown. */
    public List<LinkRow> links() {
        return links;
    }

    /** Links a household (written at once); returns why not, with nothing written. */
    public Optional<String> link(NewLink link) {
        try {
            BenefitLinks.link(store(), link, System.getProperty("user.name")); //$NON-NLS-1$
            readLinks();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Removes a link (written at once; the audit keeps it); returns why not. */
    public Optional<String> unlink(LinkRow row) {
        try {
            BenefitLinks.unlink(store(), row.id(), System.getProperty("user.name")); //$NON-NLS-1$
            readLinks();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void askToLink() {
        new LinkDialog(getSite().getShell(), getPartName(), partner().type(), partner().id(), this::link).open();
    }

    private void askToUnlink() {
        if (((IStructuredSelection) households.getSelection()).getFirstElement() instanceof LinkRow row
                && MessageDialog.openConfirm(getSite().getShell(), Messages.Partner_unlink,
                        NLS.bind(Messages.Partner_unlinkConfirm, row.householdNumber() + ' ' + row.head(), row.year()))) {
            unlink(row).ifPresent(failure -> MessageDialog.openError(getSite().getShell(), Messages.Partner_failed, failure));
        }
    }

    private void openHousehold(LinkRow row) {
        try {
            HouseholdEditors.open(getSite().getPage(), store(), row.householdId(), row.householdNumber() + ' ' + row.head());
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void openRecord(EClass type, long id, String name) {
        try {
            ObjectEditor.open(getSite().getPage(), new StoredObjectInput(store(), type, id, name));
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
