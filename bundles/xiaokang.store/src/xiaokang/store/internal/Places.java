package xiaokang.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;

/**
 * Where each table's rows are, read from the models: the class annotated {@code scope="township"}
 * is the place a township user is given; a row of another table is in the townships its container,
 * or the objects its references point to, are in (a person through its household, a problem
 * through the household it was found in, a cooperative through its villages). A row whose links
 * lead to no township belongs to the whole city. The rules join a row to the scoped views
 * ({@link #view}) of the tables it leads to, by their primary keys: Derby plans such joins as hash
 * joins, where subqueries nested view in view are evaluated again for every row.
 */
public final class Places {

    /** The table of the login's own townships, by user name as Derby keeps it (upper case). */
    public static final String USER_TOWNSHIPS = SchemaManager.META + ".USER_TOWNSHIPS"; //$NON-NLS-1$
    /** The cadre record each cadre login is, by user name as Derby keeps it. */
    public static final String USER_CADRES = SchemaManager.META + ".USER_CADRES"; //$NON-NLS-1$
    /** The schema prefix of the township users' views. */
    public static final String LOCAL_PREFIX = "XKL_"; //$NON-NLS-1$
    /** The schema prefix of the readers' views: the audit without the values of records that hold personal numbers. */
    public static final String MASKED_PREFIX = "XKM_"; //$NON-NLS-1$

    /** The alias of the row a rule is about: {@code SELECT R.* FROM TABLE R} + joins + conditions. */
    public static final String ROW = "R"; //$NON-NLS-1$

    private final Mapping mapping;
    private final Map<ClassTable, Optional<Rule>> rules = new HashMap<>();
    private final Set<ClassTable> resolving = new HashSet<>();

    public Places(Mapping mapping) {
        this.mapping = mapping;
    }

    /** The name of the township users' view of table {@code qualifiedName}. */
    public static String view(String qualifiedName) {
        return LOCAL_PREFIX + qualifiedName;
    }

    /**
     * Where a table's rows are: the joins that find a row's places (from the row, aliased
     * {@link #ROW}, to the township users' views of its container or referents) and the conditions
     * on them.
     *
     * @param visible the row is in the logged-in user's townships or names no place (the city's)
     * @param owned the row is in the logged-in user's townships: what they may change
     */
    public record Rule(String joins, String visible, String owned) {
    }

    /** The rule of {@code table}, or empty when the table's rows belong to the whole city. */
    public Optional<Rule> rule(ClassTable table) {
        Optional<Rule> known = rules.get(table);
        if (known != null) {
            return known;
        }
        if (!resolving.add(table)) {
            return Optional.empty(); // a cycle of references leads nowhere new
        }
        Optional<Rule> rule = resolve(table).map(found -> answeredBy(table).map(cadre -> narrowed(found, cadre)).orElse(found));
        resolving.remove(table);
        rules.put(table, rule);
        return rule;
    }

    /** The tables of the places a derived figure's {@code PLACE_ID} may name: the township and what it contains. */
    public List<ClassTable> placeTables() {
        List<ClassTable> places = new ArrayList<>();
        for (ClassTable table : mapping.tables()) {
            if (isAnchor(table) || table.columns().stream().anyMatch(c -> c.kind() == Column.Kind.CONTAINER && c.target() != null && isAnchor(c.target()))) {
                places.add(table);
            }
        }
        return places;
    }

    /** Whether an attribute holds a person's ID number or phone number, and which ({@code id}, {@code phone}). */
    public static String personal(EAttribute attribute) {
        return StoreAnnotations.detail(attribute, "personal"); //$NON-NLS-1$
    }

    /** Whether {@code table} holds the places township users are given (the class annotated {@code scope="township"}). */
    public static boolean isAnchor(ClassTable table) {
        return "township".equals(StoreAnnotations.detail(table.eClass(), "scope")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The reference annotated {@code scope="cadre"}: who answers for a row (the cadre paired with a household). */
    private static Optional<Column> answeredBy(ClassTable table) {
        return table.columns().stream()
                .filter(c -> c.kind() == Column.Kind.REFERENCE && "cadre".equals(StoreAnnotations.detail(c.feature(), "scope"))) //$NON-NLS-1$ //$NON-NLS-2$
                .findFirst();
    }

    /**
     * A cadre login sees and changes, of their townships' rows, those they answer for (and what
     * the rows contain, through them); other logins have no row in {@link #USER_CADRES}.
     */
    private static Rule narrowed(Rule rule, Column cadre) {
        String joins = rule.joins() + " LEFT JOIN " + USER_CADRES + " C ON C.USER_NAME = SESSION_USER"; //$NON-NLS-1$ //$NON-NLS-2$
        String theirs = "(C.CADRE_ID IS NULL OR " + ROW + '.' + cadre.name() + " = C.CADRE_ID)"; //$NON-NLS-1$ //$NON-NLS-2$
        return new Rule(joins, '(' + rule.visible() + " AND " + theirs + ')', '(' + rule.owned() + " AND " + theirs + ')'); //$NON-NLS-1$
    }

    private Optional<Rule> resolve(ClassTable table) {
        if (isAnchor(table)) {
            return Optional.of(new Rule(" LEFT JOIN " + USER_TOWNSHIPS + " U ON U.TOWNSHIP_ID = " + ROW + ".ID AND U.USER_NAME = SESSION_USER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "U.TOWNSHIP_ID IS NOT NULL", "U.TOWNSHIP_ID IS NOT NULL")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        StringBuilder containerJoins = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        List<String> containers = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> unset = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.kind() == Column.Kind.ATTRIBUTE || column.target() == null || rule(column.target()).isEmpty()) {
                continue;
            }
            // joined by its primary key, a row's container or referent is one row or none: the join adds no row
            String parent = "P" + (containers.size() + references.size()); //$NON-NLS-1$
            String join = " LEFT JOIN " + view(column.target().qualifiedName()) + ' ' + parent + " ON " + ROW + '.' + column.name() //$NON-NLS-1$
                    + " = " + parent + ".ID"; //$NON-NLS-1$ //$NON-NLS-2$
            if (column.kind() == Column.Kind.CONTAINER) {
                containerJoins.append(join);
                containers.add(parent + ".ID IS NOT NULL"); //$NON-NLS-1$
            } else {
                joins.append(join);
                references.add(parent + ".ID IS NOT NULL"); //$NON-NLS-1$
                unset.add(ROW + '.' + column.name() + " IS NULL"); //$NON-NLS-1$
            }
        }
        if (!containers.isEmpty()) {
            // a contained row is where its container is: its references need no join (each costs a view per row)
            return Optional.of(new Rule(containerJoins.toString(), or(containers), or(containers)));
        }
        for (ListTable list : table.listTables()) {
            if (list.isReference() && list.feature() instanceof EReference reference) {
                List<ClassTable> targets = mapping.tablesFor(reference.getEReferenceType());
                if (targets.size() == 1 && rule(targets.get(0)).isPresent()) {
                    String links = " FROM " + list.qualifiedName() + " L WHERE L.OWNER_ID = " + ROW + ".ID"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    references.add("EXISTS (SELECT 1 FROM " + list.qualifiedName() + " L JOIN " + view(targets.get(0).qualifiedName()) //$NON-NLS-1$ //$NON-NLS-2$
                            + " T ON L.TARGET_ID = T.ID WHERE L.OWNER_ID = " + ROW + ".ID)"); //$NON-NLS-1$ //$NON-NLS-2$
                    unset.add("NOT EXISTS (SELECT 1" + links + ')'); //$NON-NLS-1$
                }
            }
        }
        if (references.isEmpty()) {
            return Optional.empty();
        }
        String owned = or(references);
        // A record that names no place at all (a problem found city-wide) is the whole city's: seen, not changed.
        references.add('(' + String.join(" AND ", unset) + ')'); //$NON-NLS-1$
        return Optional.of(new Rule(joins.toString(), or(references), owned));
    }

    private static String or(List<String> conditions) {
        return conditions.size() == 1 ? conditions.get(0) : '(' + String.join(" OR ", conditions) + ')'; //$NON-NLS-1$
    }
}
