package xiaokang.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.RecordSheet.Column;
import xiaokang.exchange.RecordSheet.Kind;
import xiaokang.exchange.SheetRow;

/** A class's sheet as {@link ListReader} reads it; a sheet must have its key or 内部编号, or the columns a new record needs. */
record RecordColumns(RecordSheet sheet, String classLabel) implements ListColumns<Column> {

    @Override
    public boolean isHeader(SheetRow row) {
        return sheet.isHeader(row);
    }

    @Override
    public Optional<Column> column(String header) {
        return sheet.column(header);
    }

    @Override
    public String header(Column column) {
        return column.header();
    }

    @Override
    public List<Column> missing(Set<Column> found) {
        boolean names = found.stream().anyMatch(c -> c.kind() == Kind.ID
                || c.kind() == Kind.FEATURE && c.feature() == RecordKeys.keyAttribute(sheet.eClass()));
        if (names) {
            return List.of();
        }
        return sheet.columns().stream().filter(c -> c.isRequired() && !found.contains(c)).toList();
    }

    @Override
    public String noHeader() {
        return NLS.bind(Messages.Record_noHeader, classLabel, String.join("、", sheet.headers())); //$NON-NLS-1$
    }
}
