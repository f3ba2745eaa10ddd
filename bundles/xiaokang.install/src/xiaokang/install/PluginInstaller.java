package xiaokang.install;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;

/**
 * Installs plug-ins (p2 features) into the running product from a p2 repository, a folder or a zip,
 * lists those installed this way, and removes them. Changes take effect at the next start; the data
 * a plug-in wrote stays in the database when it is removed. Everything runs on p2's own planner and
 * engine against the product's profile, so p2 resolves the plug-in's requirements against what the
 * product has and refuses what it cannot satisfy.
 */
public final class PluginInstaller {

    /** The profile property that marks a feature installed by this installer (not part of the product). */
    public static final String PLUGIN_PROPERTY = "xiaokang.plugin"; //$NON-NLS-1$

    private static final String FEATURE_GROUP = ".feature.group"; //$NON-NLS-1$

    /** A plug-in: a feature of a p2 repository or of the product. */
    public record Plugin(String id, String version, String name, String description) {
    }

    private final IProvisioningAgent agent;

    private PluginInstaller(IProvisioningAgent agent) {
        this.agent = agent;
    }

    /**
     * The installer of the running product, with an agent made by p2's {@code provider} service (a
     * command's reference, or the workbench's); fails when the product runs without p2 or its profile.
     */
    public static PluginInstaller ofRunningProduct(IProvisioningAgentProvider provider) throws InstallException {
        if (provider == null) {
            throw new InstallException(Messages.Installer_noP2);
        }
        try {
            PluginInstaller installer = new PluginInstaller(provider.createAgent(null));
            installer.profile();
            return installer;
        } catch (ProvisionException e) {
            throw new InstallException(NLS.bind(Messages.Installer_noP2Because, e.getMessage()), e);
        }
    }

    /**
     * The p2 repository at {@code folderOrZip}: a folder holding {@code content.jar} or
     * {@code content.xml} (or a composite), or a zip of one.
     */
    public static URI repository(Path folderOrZip) throws InstallException {
        Path path = folderOrZip.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            boolean p2 = List.of("content.jar", "content.xml", "compositeContent.jar", "compositeContent.xml", "content.xml.xz") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .stream().anyMatch(name -> Files.isRegularFile(path.resolve(name)));
            if (!p2) {
                throw new InstallException(NLS.bind(Messages.Installer_notARepository, path));
            }
            return path.toUri();
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
            return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw new InstallException(NLS.bind(Files.exists(path) ? Messages.Installer_notARepository : Messages.Installer_missing, path));
    }

    /** The features of {@code repository} (newest version of each), with whether they are installed. */
    public List<Plugin> available(URI repository, IProgressMonitor monitor) throws InstallException {
        IMetadataRepository metadata = load(repository, monitor);
        List<Plugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
            if (unit.getId().endsWith(FEATURE_GROUP)) {
                plugins.add(plugin(unit));
            }
        }
        plugins.sort(Comparator.comparing(Plugin::id));
        return plugins;
    }

    /** The plug-ins this installer added to the product, by id. */
    public List<Plugin> installed() throws InstallException {
        IProfile profile = profile();
        List<Plugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
            if (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, PLUGIN_PROPERTY))) {
                plugins.add(plugin(unit));
            }
        }
        plugins.sort(Comparator.comparing(Plugin::id));
        return plugins;
    }

    /** Whether the product has the feature {@code id}, installed with it or by this installer. */
    public boolean has(String id) throws InstallException {
        return !profile().query(QueryUtil.createIUQuery(id + FEATURE_GROUP), null).isEmpty();
    }

    /** Installs the features {@code ids} of {@code repository} with what they require; all or nothing. */
    public void install(URI repository, Collection<String> ids, IProgressMonitor monitor) throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Installer_installing, 10);
        IMetadataRepository metadata = load(repository, progress.split(2));
        IProfile profile = profile();
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        for (String id : ids) {
            IQueryResult<IInstallableUnit> found = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id + FEATURE_GROUP)),
                    progress.split(0));
            if (found.isEmpty()) {
                throw new InstallException(NLS.bind(Messages.Installer_noSuchPlugin, id, repository));
            }
            IInstallableUnit unit = found.iterator().next();
            request.add(unit);
            request.setInstallableUnitProfileProperty(unit, "org.eclipse.equinox.p2.type.root", Boolean.TRUE.toString()); //$NON-NLS-1$
            request.setInstallableUnitProfileProperty(unit, PLUGIN_PROPERTY, Boolean.TRUE.toString());
        }
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(repository);
        context.setArtifactRepositories(repository);
        perform(planner, request, context, progress.split(8));
    }

    /** Removes the plug-ins {@code ids} that this installer added; the product's own features stay. */
    public void uninstall(Collection<String> ids, IProgressMonitor monitor) throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Installer_removing, 10);
        IProfile profile = profile();
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        Set<String> removable = Set.copyOf(installed().stream().map(Plugin::id).toList());
        for (String id : ids) {
            if (!removable.contains(id)) {
                throw new InstallException(NLS.bind(has(id) ? Messages.Installer_partOfProduct : Messages.Installer_notInstalled, id));
            }
            profile.query(QueryUtil.createIUQuery(id + FEATURE_GROUP), null).forEach(request::remove);
        }
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories();
        context.setArtifactRepositories();
        perform(planner, request, context, progress.split(10));
    }

    private void perform(IPlanner planner, IProfileChangeRequest request, ProvisioningContext context, IProgressMonitor monitor)
            throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        IProvisioningPlan plan = planner.getProvisioningPlan(request, context, progress.split(3));
        check(plan.getStatus());
        IEngine engine = agent.getService(IEngine.class);
        check(engine.perform(plan, PhaseSetFactory.createDefaultPhaseSet(), progress.split(7)));
    }

    private static void check(IStatus status) throws InstallException {
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new InstallException(describe(status), new CoreException(status));
        }
    }

    /** p2 explains a refusal in nested statuses: the user needs the innermost words (what is missing). */
    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        if (status instanceof MultiStatus multi) {
            for (IStatus child : multi.getChildren()) {
                if (child.getSeverity() == IStatus.ERROR) {
                    text.append(System.lineSeparator()).append("  ").append(describe(child).replace(System.lineSeparator(), //$NON-NLS-1$
                            System.lineSeparator() + "  ")); //$NON-NLS-1$
                }
            }
        }
        return text.toString();
    }

    private IMetadataRepository load(URI repository, IProgressMonitor monitor) throws InstallException {
        // Only the metadata: the engine reads the artifacts through the provisioning context when it installs.
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        try {
            return manager.loadRepository(repository, monitor);
        } catch (ProvisionException e) {
            throw new InstallException(NLS.bind(Messages.Installer_unreadable, repository, e.getMessage()), e);
        } finally {
            // The repository stays out of the product's list of update sites.
            manager.removeRepository(repository);
        }
    }

    private IProfile profile() throws InstallException {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new InstallException(Messages.Installer_noProfile);
        }
        return profile;
    }

    private static Plugin plugin(IInstallableUnit unit) {
        String id = unit.getId().substring(0, unit.getId().length() - FEATURE_GROUP.length());
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        String description = unit.getProperty(IInstallableUnit.PROP_DESCRIPTION, null);
        return new Plugin(id, unit.getVersion().toString(), name == null ? id : name, description == null ? "" : description); //$NON-NLS-1$
    }
}
