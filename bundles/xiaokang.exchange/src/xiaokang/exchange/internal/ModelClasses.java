package xiaokang.exchange.internal;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.UsageException;
import xiaokang.core.Models;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordSheet;

/** The installed models, their labels, and the class a command's argument names. */
record ModelClasses(List<EPackage> packages, ModelLabels labels) {

    static ModelClasses installed() {
        List<EPackage> packages = Models.read(Platform.getExtensionRegistry());
        return new ModelClasses(packages, ModelLabels.read(Platform.getExtensionRegistry(), packages));
    }

    /**
     * The class {@code name} names.
     *
     * @throws UsageException naming every class when it names none
     */
    EClass find(String name) throws UsageException {
        return RecordSheet.find(name, packages, labels).orElseThrow(() -> new UsageException(NLS.bind(Messages.ImportCommand_unknownClass, name, list())));
    }

    /** Every class, e.g. {@code industry.Cooperative（合作社）}, for a message. */
    String list() {
        return String.join("、", RecordSheet.classes(packages).stream() //$NON-NLS-1$
                .map(c -> c.getEPackage().getNsPrefix() + '.' + c.getName() + '（' + labels.of(c) + '）').toList());
    }
}
