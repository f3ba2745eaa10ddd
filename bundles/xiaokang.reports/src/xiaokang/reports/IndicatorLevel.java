package xiaokang.reports;

/**
 * Where an indicator is computed: the whole city, each township, each village; or the whole city
 * year by year (a value per year, such as the people lifted out in each year).
 */
public enum IndicatorLevel {
    CITY, TOWNSHIP, VILLAGE, YEAR;

    /** The element name in {@code plugin.xml}: {@code city}, {@code township}, {@code village}, {@code year}. */
    public String elementName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
