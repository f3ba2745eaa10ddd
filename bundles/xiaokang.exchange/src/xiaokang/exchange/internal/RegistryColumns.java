package xiaokang.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.ColumnMapping;
import xiaokang.exchange.RegistryColumn;
import xiaokang.exchange.SheetRow;

/** The person list's columns as a mapping names them. */
record RegistryColumns(ColumnMapping mapping) implements ListColumns<RegistryColumn> {

    @Override
    public boolean isHeader(SheetRow row) {
        return mapping.isHeader(row);
    }

    @Override
    public Optional<RegistryColumn> column(String header) {
        return mapping.column(header);
    }

    @Override
    public String header(RegistryColumn column) {
        return column.header();
    }

    @Override
    public List<RegistryColumn> missing(Set<RegistryColumn> found) {
        return List.of(RegistryColumn.values()).stream().filter(c -> c.isRequired() && !found.contains(c)).toList();
    }

    @Override
    public String noHeader() {
        return NLS.bind(Messages.Import_noHeader, String.join("、", mapping.requiredHeaders())); //$NON-NLS-1$
    }
}
