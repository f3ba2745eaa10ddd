package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.StoredObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.data.Places;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.RecordTables;
import xiaokang.store.StoreException;

/**
 * 乡镇 and 村 editor: the place's facts (edited with undo and saved in one transaction), who answers
 * for it, its figures, and its villages or households; double-click opens one of them.
 */
public final class PlaceEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.core.ui.placeEditor"; //$NON-NLS-1$

    private Places.Figures figures;
    private Places.Responsibility responsibility;
    private List<Places.Child> children = List.of();

    private boolean township() {
        return object() instanceof Township;
    }

    private void read() {
        long id = session().id(object());
        try (Connection connection = store().connect()) {
            figures = township() ? Places.township(connection, id) : Places.village(connection, id);
            responsibility = township() ? Places.townshipResponsibility(connection, id) : Places.villageResponsibility(connection, id);
            children = township() ? Places.villages(connection, id) : Places.households(connection, id);
        } catch (StoreException | SQLException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    @Override
    protected void createContent(Composite body) {
        read();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        Composite facts = section(body, Messages.PlaceEditor_facts, 1);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(facts);
        fields().all(facts);

        Composite right = toolkit().createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(right);
        Composite numbers = section(right, Messages.PlaceEditor_figures, 1);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(numbers);
        figures(numbers);
        Composite duty = section(right, Messages.PlaceEditor_responsibility, 1);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(duty);
        responsibility(duty);

        Composite list = section(body, township() ? Messages.PlaceEditor_villages : Messages.PlaceEditor_households, 2);
        GridLayoutFactory.swtDefaults().applyTo(list);
        TableViewer table = RecordTables.create(list, 300, Places.Child.class, this::openChild);
        if (township()) {
            RecordTables.column(table, Messages.PlaceEditor_village, 120, Places.Child.class, Places.Child::name);
            RecordTables.column(table, Messages.PlaceEditor_poor, 80, Places.Child.class,
                    c -> c.status().isEmpty() ? "" : Messages.PlaceEditor_poorVillage); //$NON-NLS-1$
            RecordTables.column(table, Messages.PlaceEditor_exited, 80, Places.Child.class, c -> c.detail() == null ? "" : c.detail()); //$NON-NLS-1$
            RecordTables.column(table, Messages.PlaceEditor_householdCount, 80, Places.Child.class, c -> Integer.toString(c.count()),
                    Places.Child::count);
        } else {
            RecordTables.column(table, Messages.PlaceEditor_number, 140, Places.Child.class, Places.Child::name);
            RecordTables.column(table, Messages.PlaceEditor_status, 90, Places.Child.class, c -> status(c.status()));
            RecordTables.column(table, Messages.PlaceEditor_head, 90, Places.Child.class, c -> c.detail() == null ? "" : c.detail()); //$NON-NLS-1$
            RecordTables.column(table, Messages.PlaceEditor_members, 70, Places.Child.class, c -> Integer.toString(c.count()),
                    Places.Child::count);
        }
        table.setInput(children);
    }

    private Composite section(Composite parent, String title, int span) {
        Section section = toolkit().createSection(parent, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, span == 2).span(span, 1).applyTo(section);
        Composite client = toolkit().createComposite(section);
        section.setClient(client);
        return client;
    }

    private void figures(Composite parent) {
        if (figures == null) {
            return;
        }
        if (township()) {
            row(parent, Messages.PlaceEditor_villageCount,
                    NLS.bind(Messages.PlaceEditor_villageFigures, new Object[] { figures.villages(), figures.poorVillages(), figures.exitedVillages() }));
        }
        row(parent, Messages.PlaceEditor_householdCount, NLS.bind(Messages.PlaceEditor_householdFigures,
                new Object[] { figures.households(), figures.registered(), figures.people() }));
        row(parent, Messages.PlaceEditor_byStatus, figures.householdsByStatus().entrySet().stream()
                .map((Map.Entry<String, Integer> e) -> status(e.getKey()) + ' ' + e.getValue()).collect(Collectors.joining("，"))); //$NON-NLS-1$
    }

    private void responsibility(Composite parent) {
        if (responsibility == null) {
            return;
        }
        if (township()) {
            row(parent, Messages.PlaceEditor_leader, orNone(responsibility.leader()));
        } else {
            row(parent, Messages.PlaceEditor_supportUnit, orNone(responsibility.supportUnit()));
            row(parent, Messages.PlaceEditor_workTeam, responsibility.teamLeader() == null ? Messages.PlaceEditor_none
                    : NLS.bind(Messages.PlaceEditor_team, new Object[] { responsibility.teamLeader(), responsibility.teamSize(),
                            orNone(responsibility.teamUnit()) }));
        }
    }

    private void row(Composite parent, String caption, String value) {
        toolkit().createLabel(parent, caption);
        Label label = toolkit().createLabel(parent, value, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(label);
    }

    private static String orNone(String text) {
        return text == null ? Messages.PlaceEditor_none : text;
    }

    private static String status(String name) {
        try {
            return HouseholdStatus.valueOf(name).getLiteral();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(name);
        }
    }

    private void openChild(Places.Child child) {
        try {
            if (township()) {
                getSite().getPage().openEditor(new StoredObjectInput(store(), CorePackage.Literals.VILLAGE, child.id(), child.name()), ID);
            } else {
                HouseholdEditors.open(getSite().getPage(), store(), child.id(), child.name());
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    /** The villages or households the editor lists. */
    public List<Places.Child> children() {
        return children;
    }

    /** The place's figures as the editor shows them. */
    public Places.Figures figures() {
        return figures;
    }
}
