package xiaokang.reports;

import java.util.Locale;
import java.util.Map;

/**
 * One run of a report.
 *
 * @param report the report
 * @param format the document to write
 * @param parameters parameter values as typed (text), by parameter name; missing ones take the design's default
 * @param locale the language of the labels and number formats
 */
public record ReportRequest(ReportDescriptor report, ReportFormat format, Map<String, String> parameters,
        Locale locale) {

    public ReportRequest {
        parameters = Map.copyOf(parameters);
    }
}
