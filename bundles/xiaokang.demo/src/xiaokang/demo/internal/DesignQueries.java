package xiaokang.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import xiaokang.reports.ReportDescriptor;

/**
 * The SQL data sets of a report design with the report parameters their placeholders take, in
 * order: what a benchmark runs alone to see how much of a render is the database's share.
 */
final class DesignQueries {

    private static final Pattern DATA_SET = Pattern.compile("<oda-data-set .*?</oda-data-set>", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern QUERY = Pattern.compile("<xml-property name=\"queryText\"><!\\[CDATA\\[(.*?)\\]\\]>", //$NON-NLS-1$
            Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("<property name=\"paramName\">([^<]+)</property>"); //$NON-NLS-1$

    private record Query(String sql, List<String> parameters) {
    }

    private final List<Query> queries;

    private DesignQueries(List<Query> queries) {
        this.queries = queries;
    }

    static DesignQueries of(ReportDescriptor report) throws IOException {
        String design;
        try (InputStream in = report.design().openStream()) {
            design = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Query> queries = new ArrayList<>();
        Matcher dataSets = DATA_SET.matcher(design);
        while (dataSets.find()) {
            Matcher query = QUERY.matcher(dataSets.group());
            if (query.find()) {
                List<String> parameters = new ArrayList<>();
                Matcher parameter = PARAMETER.matcher(dataSets.group());
                while (parameter.find()) {
                    parameters.add(parameter.group(1));
                }
                queries.add(new Query(query.group(1), parameters));
            }
        }
        return new DesignQueries(queries);
    }

    /** Runs every query with the report's parameter values (as text), each read to its end. */
    void runAll(Connection connection, Map<String, String> values) {
        try {
            for (Query query : queries) {
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    for (int i = 0; i < query.parameters().size(); i++) {
                        statement.setString(i + 1, values.get(query.parameters().get(i)));
                    }
                    read(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void read(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }
}
