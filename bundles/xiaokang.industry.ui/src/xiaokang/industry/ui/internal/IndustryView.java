package xiaokang.industry.ui.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;

import xiaokang.core.ui.RecordActions;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.industry.IndustryDirectory;
import xiaokang.industry.model.IndustryPackage;

/**
 * 产业主体: the enterprises, cooperatives and bases of each township, with how many households each
 * is linked to; a township's are read when it is opened; double-click opens one.
 */
public final class IndustryView extends StoreReadingView {

    public static final String ID = "xiaokang.industry.ui.directory"; //$NON-NLS-1$

    private static final List<EClass> KINDS = List.of(IndustryPackage.Literals.COOPERATIVE, IndustryPackage.Literals.ENTERPRISE,
            IndustryPackage.Literals.INDUSTRY_BASE);

    /** The enterprises, cooperatives or bases of one township, as a node of the tree. */
    record Group(IndustryDirectory.Township township, EClass type) {

        int count() {
            if (type == IndustryPackage.Literals.ENTERPRISE) {
                return township.enterprises();
            }
            return type == IndustryPackage.Literals.COOPERATIVE ? township.cooperatives() : township.bases();
        }
    }

    private TreeViewer tree;
    private List<IndustryDirectory.Township> townships = List.of();

    @Override
    public void createPartControl(Composite parent) {
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return townships.toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof IndustryDirectory.Township township) {
                    return KINDS.stream().map(type -> new Group(township, type)).filter(group -> group.count() > 0).toArray();
                }
                return parent instanceof Group group ? entries(group).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Group group ? group.township() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof IndustryDirectory.Township || element instanceof Group;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }
        });
        tree.addDoubleClickListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof IndustryDirectory.Entry entry) {
                open(entry);
            } else if (selected != null) {
                tree.setExpandedState(selected, !tree.getExpandedState(selected));
            }
        });
        RecordActions.install(getViewSite(), tree, () -> KINDS, this::storeOrNull, () -> {
            Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
            return selected instanceof IndustryDirectory.Entry entry ? Optional.of(new RecordActions.Row(entry.type(), entry.id(), entry.name()))
                    : Optional.empty();
        }, this::refresh);
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Directory_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        getSite().setSelectionProvider(tree);
        tree.setInput(townships);
        refresh();
    }

    static String label(Object element) {
        if (element instanceof IndustryDirectory.Township township) {
            return NLS.bind(Messages.Directory_township, new Object[] { township.name(), township.enterprises(),
                    township.cooperatives(), township.bases() });
        }
        if (element instanceof Group group) {
            return NLS.bind(Messages.Directory_group, HouseholdIndustryPage.kind(group.type()), group.count());
        }
        IndustryDirectory.Entry entry = (IndustryDirectory.Entry) element;
        return NLS.bind(Messages.Directory_entry, new Object[] { entry.name(), entry.detail(), entry.links() });
    }

    /** Reads the townships' counts again in a job; returns the job. */
    public Job refresh() {
        return read(Messages.Directory_reading, IndustryDirectory::townships, read -> {
            townships = read;
            tree.setInput(townships);
        });
    }

    @Override
    public void recordsChanged() {
        refresh();
    }

    public List<IndustryDirectory.Township> townships() {
        return townships;
    }

    /** The enterprises, cooperatives or bases of a township, read when the user opens it. */
    List<IndustryDirectory.Entry> entries(Group group) {
        try (Connection connection = store().connect()) {
            return IndustryDirectory.of(connection, group.type(), group.township().id());
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            return new ArrayList<>();
        }
    }

    /** Opens the editor of an enterprise, cooperative or base. */
    public PartnerEditor open(IndustryDirectory.Entry entry) {
        try {
            return (PartnerEditor) PartnerEditor.open(getSite().getPage(), store(), entry.type(), entry.id(), entry.name());
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
        return null;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
