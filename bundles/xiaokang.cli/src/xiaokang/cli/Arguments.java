package xiaokang.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A command's arguments: options with a value ({@code --scale 10}), flags ({@code --replace}) and
 * the remaining positional words. Anything else is a {@link UsageException} naming the word.
 */
public final class Arguments {

    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    public static Arguments parse(List<String> words, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        Arguments arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (valueOptions.contains(word)) {
                if (i + 1 >= words.size()) {
                    throw new UsageException(NLS.bind(Messages.Arguments_missingValue, word));
                }
                arguments.values.computeIfAbsent(word, key -> new ArrayList<>()).add(words.get(++i));
            } else if (flagOptions.contains(word)) {
                arguments.flags.add(word);
            } else if (word.startsWith("-")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.Arguments_unknownOption, word));
            } else {
                arguments.positional.add(word);
            }
        }
        return arguments;
    }

    /** The option's value; when given several times, the last. */
    public String value(String option, String fallback) {
        List<String> given = values.get(option);
        return given == null ? fallback : given.get(given.size() - 1);
    }

    /** Every value of an option that may be repeated ({@code --param a=1 --param b=2}), in order. */
    public List<String> values(String option) {
        return List.copyOf(values.getOrDefault(option, List.of()));
    }

    /** The option's value as a whole number within [min, max]. */
    public int intValue(String option, int fallback, int min, int max) throws UsageException {
        String text = value(option, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new UsageException(NLS.bind(Messages.Arguments_badNumber, new Object[] { option, text, min, max }));
    }

    /** The option's comma-separated whole numbers ({@code --scales 1,10}), or those of {@code fallback}. */
    public List<Integer> intList(String option, String fallback) throws UsageException {
        List<Integer> numbers = new ArrayList<>();
        for (String number : value(option, fallback).split(",")) { //$NON-NLS-1$
            try {
                numbers.add(Integer.valueOf(number.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException(option + ' ' + number);
            }
        }
        return numbers;
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
