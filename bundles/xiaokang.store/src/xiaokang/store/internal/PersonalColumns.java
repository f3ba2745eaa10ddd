package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;

/**
 * {@code XK.PERSONAL_COLUMNS}: the columns that hold ID and phone numbers ({@code TABLE_NAME},
 * {@code COLUMN_NAME}, {@code KIND}), written from the models' {@code personal} annotations when
 * the grants are made, so that a reader's connection knows what to mask without the models.
 */
final class PersonalColumns {

    static final String TABLE = SchemaManager.META + ".PERSONAL_COLUMNS"; //$NON-NLS-1$

    private PersonalColumns() {
    }

    static void write(Connection owner, Mapping mapping) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            try (ResultSet tables = owner.getMetaData().getTables(null, SchemaManager.META, "PERSONAL_COLUMNS", null)) { //$NON-NLS-1$
                if (!tables.next()) {
                    statement.execute("CREATE TABLE " + TABLE + " (TABLE_NAME VARCHAR(257) NOT NULL, COLUMN_NAME VARCHAR(128) NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                            + "KIND VARCHAR(16) NOT NULL, PRIMARY KEY (TABLE_NAME, COLUMN_NAME))"); //$NON-NLS-1$
                }
            }
            statement.executeUpdate("DELETE FROM " + TABLE); //$NON-NLS-1$
        }
        try (PreparedStatement insert = owner.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (ClassTable table : mapping.tables()) {
                for (Column column : table.columns()) {
                    if (column.kind() == Column.Kind.ATTRIBUTE && Places.personal((EAttribute) column.feature()) != null) {
                        insert.setString(1, table.qualifiedName());
                        insert.setString(2, column.name());
                        insert.setString(3, Places.personal((EAttribute) column.feature()));
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    /** {@code SCHEMA.TABLE.COLUMN} to the kind of number it holds; empty before the grants were made. */
    static Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> columns = new HashMap<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, SchemaManager.META, "PERSONAL_COLUMNS", null)) { //$NON-NLS-1$
            if (!tables.next()) {
                return columns;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, KIND FROM " + TABLE)) { //$NON-NLS-1$
            while (rows.next()) {
                columns.put(rows.getString(1) + '.' + rows.getString(2), rows.getString(3));
            }
        }
        return columns;
    }
}
