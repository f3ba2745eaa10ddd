package xiaokang.core.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;

import xiaokang.core.model.CorePackage;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.data.HelpForces;
import xiaokang.edit.ui.RecordChooser;
import xiaokang.edit.ui.RecordTables;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 帮扶力量: the city leaders with the townships they answer for, the work units and their pairing
 * cadres (each with how many households they answer for), the villages' resident work teams; a
 * cadre's households on the right. All of them are created and edited in their forms;
 * the households selected are moved to another cadre in one transaction (a cadre transferred),
 * and 撤销移交 takes the last move back.
 */
public final class HelpForcesView extends StoreReadingView {

    public static final String ID = "xiaokang.core.ui.helpForces"; //$NON-NLS-1$

    /** What the tree shows, read in one go. */
    record Forces(long city, List<HelpForces.Leader> leaders, List<HelpForces.Unit> units, Map<Long, List<HelpForces.Cadre>> cadres,
            List<HelpForces.Team> teams) {
    }

    /** The tree's first level: the city's leaders, the work units with their cadres, the villages' work teams. */
    enum Group {
        LEADERS, UNITS, TEAMS
    }

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private TreeViewer tree;
    private TableViewer households;
    private Forces forces = new Forces(-1, List.of(), List.of(), Map.of(), List.of());
    private long lastMove = -1;
    private Action undoMove;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return Group.values();
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof Group group) {
                    return members(group).toArray();
                }
                return parent instanceof HelpForces.Unit unit ? forces.cadres().getOrDefault(unit.id(), List.of()).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group group ? !members(group).isEmpty() : element instanceof HelpForces.Unit unit && unit.cadres() > 0;
            }
        });
        tree.setLabelProvider(LabelProvider.createTextProvider(this::label));
        tree.addSelectionChangedListener(event -> showHouseholds());
        tree.addDoubleClickListener(event -> edit(selected()));
        households = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        households.getTable().setHeaderVisible(true);
        households.getTable().setLinesVisible(true);
        households.setContentProvider(ArrayContentProvider.getInstance());
        RecordTables.exportMenu(households);
        RecordTables.column(households, Messages.HelpForcesView_number, 130, HelpForces.Household.class, HelpForces.Household::number);
        RecordTables.column(households, Messages.HelpForcesView_head, 80, HelpForces.Household.class, HelpForces.Household::head);
        RecordTables.column(households, Messages.HelpForcesView_village, 100, HelpForces.Household.class, HelpForces.Household::village);
        RecordTables.column(households, Messages.HelpForcesView_township, 100, HelpForces.Household.class, HelpForces.Household::township);
        households.addDoubleClickListener(event -> openHousehold());
        sash.setWeights(2, 3);
        actions();
        refresh();
    }

    private List<?> members(Group group) {
        return switch (group) {
            case LEADERS -> forces.leaders();
            case UNITS -> forces.units();
            case TEAMS -> forces.teams();
        };
    }

    String label(Object element) {
        if (element instanceof Group group) {
            String name = switch (group) {
                case LEADERS -> Messages.HelpForcesView_leaders;
                case UNITS -> Messages.HelpForcesView_units;
                case TEAMS -> Messages.HelpForcesView_teams;
            };
            return NLS.bind(Messages.HelpForcesView_group, name, members(group).size());
        }
        if (element instanceof HelpForces.Leader leader) {
            return NLS.bind(Messages.HelpForcesView_leader, new Object[] { leader.name(), leader.title() == null ? "" : leader.title(), //$NON-NLS-1$
                    leader.townships().isEmpty() ? Messages.HelpForcesView_noTownship : leader.townships() });
        }
        if (element instanceof HelpForces.Team team) {
            return NLS.bind(Messages.HelpForcesView_team, new Object[] { team.township(), team.village(), team.leader(),
                    team.size() == null ? "?" : team.size(), team.unit() == null ? "" : team.unit() }); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (element instanceof HelpForces.Unit unit) {
            return NLS.bind(Messages.HelpForcesView_unit, new Object[] { unit.name(), unit.cadres(), unit.households() });
        }
        HelpForces.Cadre cadre = (HelpForces.Cadre) element;
        return NLS.bind(Messages.HelpForcesView_cadre, new Object[] { cadre.name(), cadre.phone() == null ? "" : cadre.phone(), //$NON-NLS-1$
                cadre.households() });
    }

    private void actions() {
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(new Action(Messages.HelpForcesView_newLeader) {
            @Override
            public void run() {
                create(StoredObjectInput.newRecordIn(storeOrNull(), CorePackage.Literals.CITY__LEADERS, forces.city(),
                        Messages.HelpForcesView_newLeaderName));
            }
        });
        toolbar.add(new Action(Messages.HelpForcesView_newTeam) {
            @Override
            public void run() {
                newTeam();
            }
        });
        toolbar.add(new Action(Messages.HelpForcesView_newUnit) {
            @Override
            public void run() {
                create(StoredObjectInput.newRecordIn(storeOrNull(), CorePackage.Literals.CITY__WORK_UNITS, forces.city(),
                        Messages.HelpForcesView_newUnitName));
            }
        });
        toolbar.add(new Action(Messages.HelpForcesView_newCadre) {
            @Override
            public void run() {
                Object unit = selected();
                long unitId = unit instanceof HelpForces.Unit u ? u.id() : unit instanceof HelpForces.Cadre c ? c.unitId() : -1;
                if (unitId < 0) {
                    MessageDialog.openInformation(getSite().getShell(), Messages.HelpForcesView_newCadre, Messages.HelpForcesView_chooseUnit);
                    return;
                }
                create(StoredObjectInput.newRecordIn(storeOrNull(), CorePackage.Literals.WORK_UNIT__CADRES, unitId,
                        Messages.HelpForcesView_newCadreName));
            }
        });
        toolbar.add(new Action(Messages.HelpForcesView_move) {
            @Override
            public void run() {
                List<Long> chosen = chosenHouseholds();
                if (chosen.isEmpty()) {
                    MessageDialog.openInformation(getSite().getShell(), Messages.HelpForcesView_move, Messages.HelpForcesView_chooseHouseholds);
                    return;
                }
                Long to = chooseCadre();
                if (to != null) {
                    move(chosen, to);
                }
            }
        });
        undoMove = new Action(Messages.HelpForcesView_undoMove) {
            @Override
            public void run() {
                undoMove();
            }
        };
        undoMove.setEnabled(false);
        toolbar.add(undoMove);
        getViewSite().getActionBars().updateActionBars();
    }

    private Object selected() {
        return ((IStructuredSelection) tree.getSelection()).getFirstElement();
    }

    /** The households selected in the table (all of them when none is). */
    private List<Long> chosenHouseholds() {
        List<?> rows = ((IStructuredSelection) households.getSelection()).toList();
        List<?> all = rows.isEmpty() ? (List<?>) households.getInput() : rows;
        return all == null ? List.of() : all.stream().map(row -> ((HelpForces.Household) row).id()).toList();
    }

    /** The cadre the user chooses by searching, or null. */
    private Long chooseCadre() {
        Store store = storeOrNull();
        try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
            RecordChooser chooser = new RecordChooser(getSite().getShell(), Messages.HelpForcesView_toCadre, CorePackage.Literals.CADRE,
                    (type, text, limit) -> session.search(type, text, limit), new AdapterFactoryEditingDomain(adapterFactory, null));
            EObject chosen = chooser.open() == RecordChooser.OK ? chooser.chosen() : null;
            return chosen == null ? null : session.id(chosen);
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.HelpForcesView_moveFailed, e.getMessage());
            return null;
        }
    }

    /** A village chosen by searching gets a work team in its form; a village that has one has its team opened instead. */
    private void newTeam() {
        Store store = storeOrNull();
        long village;
        try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
            RecordChooser chooser = new RecordChooser(getSite().getShell(), Messages.HelpForcesView_teamVillage, CorePackage.Literals.VILLAGE,
                    (type, text, limit) -> session.search(type, text, limit), new AdapterFactoryEditingDomain(adapterFactory, null));
            EObject chosen = chooser.open() == RecordChooser.OK ? chooser.chosen() : null;
            if (chosen == null) {
                return;
            }
            village = session.id(chosen);
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.RecordActions_newFailed, e.getMessage());
            return;
        }
        HelpForces.Team existing = forces.teams().stream().filter(team -> team.villageId() == village).findFirst().orElse(null);
        if (existing != null) {
            edit(existing);
        } else {
            create(StoredObjectInput.newRecordIn(store, CorePackage.Literals.VILLAGE__WORK_TEAM, village, Messages.HelpForcesView_newTeamName));
        }
    }

    /** Moves the households to the cadre in one transaction; 撤销移交 takes it back. Returns why not, or null. */
    public String move(List<Long> chosen, long toCadre) {
        try {
            lastMove = HelpForces.move(storeOrNull(), chosen, toCadre, System.getProperty("user.name")); //$NON-NLS-1$
            undoMove.setEnabled(true);
            setContentDescription(NLS.bind(Messages.HelpForcesView_moved, chosen.size()));
            refresh();
            return null;
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.HelpForcesView_moveFailed, e.getMessage());
            return e.getMessage();
        }
    }

    /** Takes the last move back in one transaction, refused with the reason when a household changed since. Returns why not, or null. */
    public String undoMove() {
        try {
            storeOrNull().withdraw(lastMove, System.getProperty("user.name")); //$NON-NLS-1$
            lastMove = -1;
            undoMove.setEnabled(false);
            setContentDescription(Messages.HelpForcesView_moveUndone);
            refresh();
            return null;
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.HelpForcesView_moveFailed, e.getMessage());
            return e.getMessage();
        }
    }

    private void create(StoredObjectInput input) {
        try {
            ObjectEditor.open(getSite().getPage(), input);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.RecordActions_newFailed, e.getMessage());
        }
    }

    private void edit(Object element) {
        Store store = storeOrNull();
        if (element instanceof HelpForces.Unit unit) {
            create(new StoredObjectInput(store, CorePackage.Literals.WORK_UNIT, unit.id(), unit.name()));
        } else if (element instanceof HelpForces.Cadre cadre) {
            create(new StoredObjectInput(store, CorePackage.Literals.CADRE, cadre.id(), cadre.name()));
        } else if (element instanceof HelpForces.Leader leader) {
            create(new StoredObjectInput(store, CorePackage.Literals.CITY_LEADER, leader.id(), leader.name()));
        } else if (element instanceof HelpForces.Team team) {
            create(new StoredObjectInput(store, CorePackage.Literals.WORK_TEAM, team.id(), team.village()));
        }
    }

    private void openHousehold() {
        Object row = ((IStructuredSelection) households.getSelection()).getFirstElement();
        if (row instanceof HelpForces.Household household) {
            try {
                HouseholdEditors.open(getSite().getPage(), storeOrNull(), household.id(), household.number() + ' ' + household.head());
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), Messages.RecordActions_newFailed, e.getMessage());
            }
        }
    }

    /** Reads the units and cadres again in a job; returns the job. */
    public Job refresh() {
        return read(Messages.HelpForcesView_reading, connection -> {
            List<HelpForces.Cadre> cadres = HelpForces.cadres(connection);
            return new Forces(HelpForces.city(connection), HelpForces.leaders(connection), HelpForces.units(connection),
                    cadres.stream().collect(Collectors.groupingBy(HelpForces.Cadre::unitId)), HelpForces.teams(connection));
        }, read -> {
            Object[] expanded = tree.getExpandedElements();
            forces = read;
            tree.setInput(read);
            tree.setExpandedElements(expanded.length == 0 ? new Object[] { Group.UNITS } : expanded);
            showHouseholds();
        });
    }

    /** Shows the households of the cadre selected (none for a unit). */
    private void showHouseholds() {
        if (selected() instanceof HelpForces.Cadre cadre) {
            read(Messages.HelpForcesView_reading + cadre.id(), connection -> HelpForces.households(connection, cadre.id()), households::setInput);
        } else {
            households.setInput(List.of());
        }
    }

    @Override
    public void recordsChanged() {
        refresh();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}
