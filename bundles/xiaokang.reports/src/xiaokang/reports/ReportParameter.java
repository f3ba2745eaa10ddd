package xiaokang.reports;

import java.util.List;

/**
 * A parameter a report design declares, as a dialog or the command line offers it.
 *
 * @param name the design's parameter name, used in {@code --param NAME=VALUE}
 * @param label the prompt in the user's language
 * @param type the value type
 * @param defaultValue the design's default as text, or {@code null}
 * @param required whether a run needs a value
 * @param choices the allowed values (empty when any value of the type is allowed)
 */
public record ReportParameter(String name, String label, Type type, String defaultValue, boolean required,
        List<Choice> choices) {

    public ReportParameter {
        choices = List.copyOf(choices);
    }

    public enum Type {
        STRING, INTEGER, DECIMAL, DATE, BOOLEAN
    }

    /** One allowed value and how it is shown. */
    public record Choice(String value, String label) {
    }
}
