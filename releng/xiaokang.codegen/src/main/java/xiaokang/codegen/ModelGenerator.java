package xiaokang.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private static final String MODEL_OUTPUT = "xiaokang.codegen.model";
    private static final String EDIT_OUTPUT = "xiaokang.codegen.edit";

    /**
     * What one generation made for one bundle: the fresh project folder and the items of it that
     * the bundle takes (the rest, such as a generated MANIFEST.MF, stays hand-written).
     */
    record Output(Path bundle, Path project, List<String> items) {
    }

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

    /** Generates the model code, and the edit code (item providers) when the genmodel names an edit plug-in. */
    List<Output> generate(Path genModelFile, Path bundlesFolder) throws IOException {
        Path modelProject = Files.createTempDirectory("xiaokang-codegen-model");
        Path editProject = Files.createTempDirectory("xiaokang-codegen-edit");
        EcorePlugin.getPlatformResourceMap().put(MODEL_OUTPUT, URI.createFileURI(modelProject.toString() + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_OUTPUT, URI.createFileURI(editProject.toString() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        Path bundle = genModelFile.getParent().getParent();
        URI uri = URI.createPlatformResourceURI(bundle.getFileName() + "/model/" + genModelFile.getFileName(), true);
        GenModel genModel = (GenModel) resources.getResource(uri, true).getContents().get(0);
        // EMF defaults an unset edit directory to "<model plug-in>.edit": only a genmodel that names one gets edit code.
        boolean withEdit = genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_DIRECTORY)
                && genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_PLUGIN_ID);
        String editPlugin = genModel.getEditPluginID();
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(false);
        genModel.setModelDirectory("/" + MODEL_OUTPUT + "/src-gen");
        genModel.setEditDirectory("/" + EDIT_OUTPUT + "/src-gen");

        Generator generator = new Generator();
        generator.setInput(genModel);
        check(genModelFile, generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output(bundle, modelProject, List.of("src-gen")));
        if (withEdit) {
            check(genModelFile, generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
            outputs.add(new Output(bundlesFolder.resolve(editPlugin), editProject, List.of("src-gen", "icons", "plugin.properties")));
        }
        return outputs;
    }

    private static void check(Path genModelFile, Diagnostic result) throws IOException {
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IOException("EMF generation of " + genModelFile + " failed: " + result);
        }
    }
}
