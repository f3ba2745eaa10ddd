package xiaokang.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.internal.Messages;

/**
 * Which header names which {@link RegistryColumn}. The default knows the national list's headers;
 * a mapping file (UTF-8 properties, {@code column-key = header}) renames a column to the sheet's own
 * header, adds a header for a column the default does not find, or drops a column with an empty
 * value, e.g. {@code household-number = 户码} and {@code phone =}.
 */
public final class ColumnMapping {

    private static final int HEADER_MIN_COLUMNS = 3;

    private final Map<RegistryColumn, List<String>> headers;

    private ColumnMapping(Map<RegistryColumn, List<String>> headers) {
        this.headers = headers;
    }

    public static ColumnMapping defaults() {
        Map<RegistryColumn, List<String>> headers = new EnumMap<>(RegistryColumn.class);
        for (RegistryColumn column : RegistryColumn.values()) {
            headers.put(column, column.headers());
        }
        return new ColumnMapping(headers);
    }

    /**
     * The default mapping changed by a mapping file.
     *
     * @throws IOException when the file cannot be read or names a column that does not exist
     */
    public static ColumnMapping read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, RegistryColumn> byKey = new HashMap<>();
        for (RegistryColumn column : RegistryColumn.values()) {
            byKey.put(column.key(), column);
        }
        ColumnMapping mapping = defaults();
        for (String key : properties.stringPropertyNames()) {
            RegistryColumn column = byKey.get(key.strip());
            if (column == null) {
                throw new IOException(NLS.bind(Messages.Mapping_unknownColumn, new Object[] { file.getFileName(), key, String.join(", ", byKey.keySet()) })); //$NON-NLS-1$
            }
            String header = properties.getProperty(key).strip();
            mapping.headers.put(column, header.isEmpty() ? List.of() : List.of(header));
        }
        return mapping;
    }

    /** The column a header names, if any. */
    public Optional<RegistryColumn> column(String header) {
        String key = Cells.headerKey(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<RegistryColumn, List<String>> entry : headers.entrySet()) {
            for (String known : entry.getValue()) {
                if (Cells.headerKey(known).equals(key)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a row is a list's header row: it names at least three of the list's columns. */
    public boolean isHeader(SheetRow row) {
        return row.cells().stream().map(this::column).flatMap(Optional::stream).distinct().count() >= HEADER_MIN_COLUMNS;
    }

    /** The headers of the required columns that this mapping reads from, for a message. */
    public List<String> requiredHeaders() {
        List<String> required = new ArrayList<>();
        for (RegistryColumn column : RegistryColumn.values()) {
            if (column.isRequired() && !headers.get(column).isEmpty()) {
                required.add(headers.get(column).get(0));
            }
        }
        return required;
    }
}
