package xiaokang.reports;

import java.util.Locale;

/** The documents a report renders to; each name is also the file extension and BIRT's emitter format. */
public enum ReportFormat {
    PDF, HTML, XLSX, DOCX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code text} (any case), or {@code null}. */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(text)) {
                return format;
            }
        }
        return null;
    }
}
