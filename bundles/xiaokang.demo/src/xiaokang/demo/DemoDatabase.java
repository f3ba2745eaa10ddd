package xiaokang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import xiaokang.core.Models;
import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoGenerators;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.data.DerivedData;
import xiaokang.demo.internal.Messages;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Builds the demo database: every contributed generator, core first, on one county, stored in
 * one commit (all or nothing), then every plug-in's {@link DerivedData} service on it. Refuses a
 * database that already holds a city. An OSGi service (the derived data are its references).
 */
@Component(name = "xiaokang.demo.database", service = DemoDatabase.class)
public final class DemoDatabase {

    /** The seed of the demo county everybody sees unless they ask for another. */
    public static final int DEFAULT_SEED = 2020;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DerivedData> derived = List.of();

    /**
     * Builds the county, then every plug-in's {@link DerivedData} on it; returns the store, opened
     * on the database that now holds the county.
     */
    public Store create(Database database, long seed, int scale, IProgressMonitor monitor)
            throws StoreException, CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.DemoDatabase_task, 100);
        Store store = store(database, seed, scale, progress.split(80));
        deriveFigures(store, progress.split(20));
        return store;
    }

    /** Generates the county and stores it in one commit, without the derived figures. */
    public static Store store(Database database, long seed, int scale, IProgressMonitor monitor)
            throws StoreException, CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.DemoDatabase_task, 100);
        List<EPackage> models = Models.read(Platform.getExtensionRegistry());
        // Derby creates the database and its tables on the other core while the county is generated.
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return Store.open(database, models);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        });
        City city = CoreFactory.eINSTANCE.createCity();
        List<EObject> roots = new ArrayList<>();
        generate(context(city, new Random(seed), scale, roots), progress.split(30));
        Store store = opened(opening);
        try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
            if (!session.roots(CorePackage.Literals.CITY).isEmpty()) {
                throw new StoreException(NLS.bind(Messages.DemoDatabase_notEmpty, database.description()));
            }
            progress.split(70).subTask(NLS.bind(Messages.DemoDatabase_storing, database.description()));
            session.add(city);
            roots.forEach(session::add);
            session.commit();
            store.updateStatistics();
            store.checkpoint();
            return store;
        }
    }

    private static void generate(DemoContext context, IProgressMonitor monitor) throws CoreException {
        List<DemoGenerators.Entry> generators = DemoGenerators.read(Platform.getExtensionRegistry());
        SubMonitor generating = SubMonitor.convert(monitor, generators.size());
        for (DemoGenerators.Entry entry : generators) {
            generating.subTask(entry.id());
            entry.generator().generate(context);
            generating.worked(1);
        }
    }

    private static Store opened(CompletableFuture<Store> opening) throws StoreException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void deriveFigures(Store store, IProgressMonitor monitor) {
        List<DerivedData> services = derived;
        SubMonitor progress = SubMonitor.convert(monitor, services.size());
        for (DerivedData service : services) {
            try {
                progress.subTask(service.name());
                service.compute(store, progress.split(1));
            } catch (Exception e) {
                ILog.of(DemoDatabase.class).warn(NLS.bind(Messages.DemoDatabase_derivedFailed, service.name(), e.getMessage()), e);
            }
        }
    }

    private static DemoContext context(City city, Random random, int scale, List<EObject> roots) {
        return new DemoContext() {
            @Override
            public City city() {
                return city;
            }

            @Override
            public Random random() {
                return random;
            }

            @Override
            public int scale() {
                return scale;
            }

            @Override
            public void addRoot(EObject root) {
                roots.add(root);
            }
        };
    }
}
