package xiaokang.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds values to a prepared statement. Derby wants a null bound with its column's type; the
 * types are read once per statement, not once per null, which matters in batches of thousands.
 */
final class Binder {

    private final PreparedStatement statement;
    private int[] types;

    Binder(PreparedStatement statement) {
        this.statement = statement;
    }

    void bind(int index, Object value) throws SQLException {
        if (value != null) {
            statement.setObject(index, value);
            return;
        }
        if (types == null) {
            int count = statement.getParameterMetaData().getParameterCount();
            types = new int[count + 1];
            for (int i = 1; i <= count; i++) {
                types[i] = statement.getParameterMetaData().getParameterType(i);
            }
        }
        statement.setNull(index, types[index]);
    }
}
