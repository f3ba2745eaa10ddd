package xiaokang.exchange.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.Models;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordSheet;

/**
 * What a file to import or export may hold, as the 内容 combo offers it: the registry's person
 * list first, then each class of the installed models by its label.
 */
record InstalledClasses(List<EPackage> packages, ModelLabels labels, List<EClass> classes) {

    static InstalledClasses read() {
        List<EPackage> packages = Models.read(Platform.getExtensionRegistry());
        return new InstalledClasses(packages, ModelLabels.read(Platform.getExtensionRegistry(), packages), RecordSheet.classes(packages));
    }

    /** The combo's items: the person list, then e.g. 合作社（industry.Cooperative）. */
    List<String> choices() {
        List<String> choices = new ArrayList<>(List.of(Messages.FilePage_registry));
        classes.forEach(c -> choices.add(NLS.bind(Messages.FilePage_class, labels.of(c), c.getEPackage().getNsPrefix() + '.' + c.getName())));
        return choices;
    }

    /** The class of the combo's item {@code index}, or null for the person list. */
    EClass at(int index) {
        return index <= 0 ? null : classes.get(index - 1);
    }
}
