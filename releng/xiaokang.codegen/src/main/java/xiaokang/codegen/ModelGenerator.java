package xiaokang.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator without Eclipse: every bundle is visible as {@code platform:/resource/<name>}
 * (so one genmodel can use another's packages), and the code goes to a fresh folder, never into
 * the bundle itself.
 */
final class ModelGenerator {

    private static final String OUTPUT_PROJECT = "xiaokang.codegen.output";

    ModelGenerator(List<Path> bundles) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        for (Path bundle : bundles) {
            EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(),
                    URI.createFileURI(bundle.toString() + "/"));
        }
    }

    /** Returns a fresh folder holding the generated source tree of the genmodel's model code. */
    Path generate(Path genModelFile) throws IOException {
        Path output = Files.createTempDirectory("xiaokang-codegen");
        EcorePlugin.getPlatformResourceMap().put(OUTPUT_PROJECT, URI.createFileURI(output.toString() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        String bundle = genModelFile.getParent().getParent().getFileName().toString();
        URI uri = URI.createPlatformResourceURI(bundle + "/model/" + genModelFile.getFileName(), true);
        GenModel genModel = (GenModel) resources.getResource(uri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setModelDirectory("/" + OUTPUT_PROJECT + "/src-gen");
        genModel.setCanGenerate(true);
        genModel.setValidateModel(false);

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IOException("EMF generation of " + genModelFile + " failed: " + result);
        }
        return output.resolve("src-gen");
    }
}
