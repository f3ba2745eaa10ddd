package xiaokang.reports;

/** Where an indicator is computed: the whole city, each township, each village. */
public enum IndicatorLevel {
    CITY, TOWNSHIP, VILLAGE;

    /** The element name in {@code plugin.xml}: {@code city}, {@code township}, {@code village}. */
    public String elementName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
