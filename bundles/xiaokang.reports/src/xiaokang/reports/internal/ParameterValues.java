package xiaokang.reports.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportException;
import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportParameter.Choice;

/** Typed values for a run from the text a user typed, each refusal naming the parameter and the value. */
final class ParameterValues {

    private ParameterValues() {
    }

    static Map<String, Object> convert(ReportDescriptor report, List<ReportParameter> declared, Map<String, String> given)
            throws ReportException {
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(parameter -> parameter.name().equals(name))) {
                throw new ReportException(NLS.bind(Messages.Parameter_unknown, new Object[] { report.id(), name,
                        declared.isEmpty() ? Messages.Parameter_none
                                : declared.stream().map(ReportParameter::name).collect(Collectors.joining(", ")) })); //$NON-NLS-1$
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ReportParameter parameter : declared) {
            String text = given.getOrDefault(parameter.name(), parameter.defaultValue());
            if (text == null || text.isEmpty()) {
                if (parameter.required()) {
                    throw new ReportException(NLS.bind(Messages.Parameter_missing, report.id(), parameter.name())
                            + (parameter.choices().isEmpty() ? "" //$NON-NLS-1$
                                    : NLS.bind(Messages.Parameter_choices, ChoiceMatch.listing(report.id(), parameter))));
                }
                continue;
            }
            values.put(parameter.name(), value(report, parameter, text));
        }
        return values;
    }

    private static Object value(ReportDescriptor report, ReportParameter parameter, String typed) throws ReportException {
        String text = typed;
        if (!parameter.choices().isEmpty()) {
            Choice choice = ChoiceMatch.find(parameter.choices(), typed).orElseThrow(() -> notAChoice(report, parameter, typed));
            text = choice.value();
        }
        try {
            return switch (parameter.type()) {
                case INTEGER -> Integer.valueOf(text.trim());
                case DECIMAL -> new BigDecimal(text.trim());
                case DATE -> Date.valueOf(text.trim());
                case BOOLEAN -> bool(text.trim());
                case STRING -> text;
            };
        } catch (IllegalArgumentException e) {
            throw new ReportException(NLS.bind(Messages.Parameter_badValue, new Object[] { parameter.name(), text,
                    Messages.typeName(parameter.type()) }));
        }
    }

    private static ReportException notAChoice(ReportDescriptor report, ReportParameter parameter, String typed) {
        List<Choice> closest = ChoiceMatch.closest(parameter.choices(), typed);
        String hint = closest.isEmpty() ? NLS.bind(Messages.Parameter_choices, ChoiceMatch.listing(report.id(), parameter))
                : NLS.bind(Messages.Parameter_didYouMean, closest.stream().map(ChoiceMatch::shown)
                        .collect(Collectors.joining(Messages.Parameter_choiceSeparator)));
        return new ReportException(NLS.bind(Messages.Parameter_notAChoice, new Object[] { parameter.name(), typed, hint }));
    }

    private static Boolean bool(String text) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) { //$NON-NLS-1$ //$NON-NLS-2$
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(text);
    }

    /** "乡镇：双凤乡；年份：2020" — what the page header lists as the parameters used. */
    static String summary(List<ReportParameter> declared, Map<String, Object> values) {
        if (values.isEmpty()) {
            return Messages.Parameter_none;
        }
        return declared.stream().filter(parameter -> values.containsKey(parameter.name()))
                .map(parameter -> parameter.label() + Messages.Parameter_separator + shown(parameter, values.get(parameter.name())))
                .collect(Collectors.joining(Messages.Parameter_listSeparator));
    }

    private static String shown(ReportParameter parameter, Object value) {
        String text = String.valueOf(value);
        return parameter.choices().stream().filter(choice -> choice.value().equals(text)).map(Choice::label).findFirst()
                .orElse(text);
    }
}
