package xiaokang.data;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.Assessment;
import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * Visits every household of the county stored in a session, township by township, with what the
 * rules look at loaded (members, assessments and their results); the household's village and
 * township are set. Stops early when the monitor is cancelled.
 */
public final class CountyWalk {

    /** What is done with each household. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Household household) throws StoreException;
    }

    private CountyWalk() {
    }

    public static void households(Session session, IProgressMonitor monitor, String task, Visitor visitor)
            throws StoreException {
        walk(session, monitor, task, visitor, false);
    }

    /**
     * As {@link #households}, but each village's households leave the session once visited: for a
     * walk that keeps none of them, so that a county of any size is walked in little memory.
     */
    public static void householdsOnce(Session session, IProgressMonitor monitor, String task, Visitor visitor)
            throws StoreException {
        walk(session, monitor, task, visitor, true);
    }

    /**
     * As {@link #householdsOnce}, for the households of one place: a city, a township or a village
     * (any other object has none).
     */
    public static void householdsOf(Session session, EObject place, IProgressMonitor monitor, String task, Visitor visitor)
            throws StoreException {
        if (place instanceof City) {
            walk(session, monitor, task, visitor, true);
        } else if (place instanceof Township township) {
            List<Village> villages = session.children(township, CorePackage.Literals.TOWNSHIP__VILLAGES);
            SubMonitor progress = SubMonitor.convert(monitor, task, villages.size());
            for (Village village : villages) {
                visitVillage(session, village, visitor, true);
                progress.worked(1);
            }
        } else if (place instanceof Village village) {
            visitVillage(session, village, visitor, true);
        }
    }

    private static void visitVillage(Session session, Village village, Visitor visitor, boolean release) throws StoreException {
        for (Household household : session.<Household>children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS)) {
            loadForRules(session, household);
            visitor.visit(household);
        }
        if (release) {
            session.releaseChildren(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS);
        }
    }

    private static void walk(Session session, IProgressMonitor monitor, String task, Visitor visitor, boolean release)
            throws StoreException {
        for (City city : session.<City>roots(CorePackage.Literals.CITY)) {
            List<Township> townships = session.children(city, CorePackage.Literals.CITY__TOWNSHIPS);
            SubMonitor progress = SubMonitor.convert(monitor, task, townships.size());
            for (Township township : townships) {
                progress.subTask(township.getName());
                for (Village village : session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES)) {
                    visitVillage(session, village, visitor, release);
                }
                progress.worked(1);
                if (progress.isCanceled()) {
                    return;
                }
            }
        }
    }

    /** Loads what the rules of a household look at. */
    public static void loadForRules(Session session, Household household) throws StoreException {
        session.children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS);
        for (Assessment assessment : session.<Assessment>children(household, CorePackage.Literals.HOUSEHOLD__ASSESSMENTS)) {
            session.children(assessment, CorePackage.Literals.ASSESSMENT__RESULTS);
        }
    }
}
