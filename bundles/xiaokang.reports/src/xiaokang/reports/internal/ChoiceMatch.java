package xiaokang.reports.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportParameter.Choice;

/**
 * Finds the choice a user meant: by its value (a township's code) or by its label (the
 * township's name), and when neither matches, the closest labels to suggest.
 */
final class ChoiceMatch {

    /** How many choices a message lists before pointing to the full list. */
    static final int LISTED = 20;
    private static final int SUGGESTED = 3;

    private ChoiceMatch() {
    }

    static Optional<Choice> find(List<Choice> choices, String text) {
        String typed = text.trim();
        return choices.stream().filter(choice -> choice.value().equals(typed)).findFirst()
                .or(() -> choices.stream().filter(choice -> choice.label().trim().equalsIgnoreCase(typed)).findFirst());
    }

    /** The labels closest to what was typed: a label that contains it or is contained in it first, then by edit distance. */
    static List<Choice> closest(List<Choice> choices, String text) {
        String typed = text.trim().toLowerCase(Locale.ROOT);
        int tolerance = Math.max(1, typed.length() / 2);
        record Near(Choice choice, int distance) {
        }
        return choices.stream().map(choice -> new Near(choice, distance(choice, typed))).filter(near -> near.distance() <= tolerance)
                .sorted(Comparator.comparingInt(Near::distance)).limit(SUGGESTED).map(Near::choice).toList();
    }

    private static int distance(Choice choice, String typed) {
        String label = choice.label().trim().toLowerCase(Locale.ROOT);
        if (!typed.isEmpty() && (label.contains(typed) || typed.contains(label))) {
            return 0;
        }
        return Math.min(edits(label, typed), edits(choice.value().toLowerCase(Locale.ROOT), typed));
    }

    /** Levenshtein distance. */
    private static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "两市塘街道 (430582001), 宋家塘街道 (430582002) ..." and, when there are more, how to list them all. */
    static String listing(String reportId, ReportParameter parameter) {
        String listed = parameter.choices().stream().limit(LISTED).map(ChoiceMatch::shown).collect(Collectors.joining(Messages.Parameter_choiceSeparator));
        String all = parameter.choices().size() > LISTED
                ? NLS.bind(Messages.Parameter_moreChoices, new Object[] { reportId, parameter.name(), parameter.choices().size() })
                : ""; //$NON-NLS-1$
        return listed + all;
    }

    static String shown(Choice choice) {
        return choice.label().equals(choice.value()) ? choice.value() : choice.label() + " (" + choice.value() + ')'; //$NON-NLS-1$
    }
}
