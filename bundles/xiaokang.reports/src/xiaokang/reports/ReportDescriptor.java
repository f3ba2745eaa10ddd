package xiaokang.reports;

import java.net.URL;

/**
 * A report contributed through the {@code xiaokang.reports.reports} extension point.
 *
 * @param id stable id, namespaced by the contributing plug-in's short name
 * @param name the name in the user's language
 * @param category the catalogue group in the user's language
 * @param description what the report shows, in the user's language
 * @param design where the {@code .rptdesign} is, inside the contributing bundle
 * @param contributor the contributing bundle's symbolic name
 */
public record ReportDescriptor(String id, String name, String category, String description, URL design,
        String contributor) {
}
