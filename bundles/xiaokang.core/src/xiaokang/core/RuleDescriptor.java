package xiaokang.core;

import org.eclipse.emf.ecore.EClass;

/**
 * A rule as registered: the message and policy are already in the user's language.
 *
 * @param message a pattern whose {@code {0}}, {@code {1}} ... the rule fills when it reports
 */
public record RuleDescriptor(String id, Severity severity, EClass target, String message, String policy, Rule rule) {
}
