package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Hands out object ids from blocks reserved on the database's sequence, one query per block. */
final class IdBlocks {

    private final Connection connection;
    private long next;
    private long end;

    IdBlocks(Connection connection) {
        this.connection = connection;
    }

    long next() throws SQLException {
        if (next == end) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("VALUES NEXT VALUE FOR " + SchemaManager.IDS)) { //$NON-NLS-1$
                rows.next();
                next = rows.getLong(1);
                end = next + SchemaManager.ID_BLOCK;
            }
        }
        return next++;
    }
}
