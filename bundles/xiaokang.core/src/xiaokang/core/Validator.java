package xiaokang.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** Applies rules to objects and collects their violations. */
public final class Validator {

    private final List<RuleDescriptor> rules;
    private final LocalDate today;

    public Validator(List<RuleDescriptor> rules, LocalDate today) {
        this.rules = List.copyOf(rules);
        this.today = today;
    }

    /** Checks one object against every rule whose target class it is an instance of. */
    public List<Violation> validate(EObject object) {
        List<Violation> violations = new ArrayList<>();
        check(object, violations);
        return violations;
    }

    /** Checks an object and everything it contains. */
    public List<Violation> validateTree(EObject root) {
        List<Violation> violations = new ArrayList<>();
        check(root, violations);
        for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            check(contents.next(), violations);
        }
        return violations;
    }

    private void check(EObject object, List<Violation> violations) {
        for (RuleDescriptor descriptor : rules) {
            if (descriptor.target().isInstance(object)) {
                descriptor.rule().check(object, new RuleContext() {
                    @Override
                    public LocalDate today() {
                        return today;
                    }

                    @Override
                    public void report(EObject target, EStructuralFeature feature, Object... arguments) {
                        violations.add(new Violation(descriptor.id(), descriptor.severity(), target, feature,
                                NLS.bind(descriptor.message(), arguments), descriptor.policy()));
                    }
                });
            }
        }
    }
}
