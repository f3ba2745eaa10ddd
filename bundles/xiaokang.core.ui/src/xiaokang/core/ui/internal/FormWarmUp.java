package xiaokang.core.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.IStartup;

import xiaokang.core.Models;
import xiaokang.edit.ui.ContainedRecords;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.FeatureRules;
import xiaokang.edit.ui.FieldProblems;
import xiaokang.edit.ui.RecordChooser;

/**
 * Once the window is up, loads in the background what the first record form of a start needs (the
 * form classes, every installed model's item providers and their labels), so that the first form a
 * user opens is as quick as the next: left to the first open, loading them took about 0.2 s of it.
 */
public final class FormWarmUp implements IStartup {

    @Override
    public void earlyStartup() {
        Job job = Job.create(Messages.FormWarmUp_job, (IProgressMonitor monitor) -> {
            List.of(FeatureFields.class, FeatureRules.class, FieldProblems.class, ContainedRecords.class, RecordChooser.class)
                    .forEach(Class::getName);
            ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
            try {
                for (EPackage ePackage : Models.read(Platform.getExtensionRegistry())) {
                    for (EClassifier classifier : ePackage.getEClassifiers()) {
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                            EObject sample = EcoreUtil.create(eClass);
                            if (factory.adapt(sample, IItemPropertySource.class) instanceof IItemPropertySource source) {
                                source.getPropertyDescriptors(sample);
                            }
                        }
                    }
                }
            } finally {
                factory.dispose();
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(2000);
    }
}
