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
 * lead to no township belongs to the whole city. The rules are SQL conditions on one row of a
 * table, each naming the scoped view ({@link #view}) of the table it leads to.
 */
public final class Places {

    /** The table of the login's own townships, by user name as Derby keeps it (upper case). */
    public static final String USER_TOWNSHIPS = SchemaManager.META + ".USER_TOWNSHIPS"; //$NON-NLS-1$
    /** The schema prefix of the township users' views. */
    public static final String LOCAL_PREFIX = "XKL_"; //$NON-NLS-1$
    /** The schema prefix of the readers' views, whose personal numbers are masked. */
    public static final String MASKED_PREFIX = "XKM_"; //$NON-NLS-1$

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
     * Where a table's rows are, as SQL conditions on one row.
     *
     * @param visible the row is in the logged-in user's townships or names no place (the city's)
     * @param owned the row is in the logged-in user's townships: what they may change
     */
    public record Rule(String visible, String owned) {
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
        Optional<Rule> rule = resolve(table);
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

    private Optional<Rule> resolve(ClassTable table) {
        if (isAnchor(table)) {
            String mine = "ID IN (SELECT TOWNSHIP_ID FROM " + USER_TOWNSHIPS + " WHERE USER_NAME = SESSION_USER)"; //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(new Rule(mine, mine));
        }
        List<String> containers = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> unset = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.kind() == Column.Kind.ATTRIBUTE || column.target() == null || rule(column.target()).isEmpty()) {
                continue;
            }
            String in = column.name() + " IN (SELECT ID FROM " + view(column.target().qualifiedName()) + ')'; //$NON-NLS-1$
            if (column.kind() == Column.Kind.CONTAINER) {
                containers.add(in);
            } else {
                references.add(in);
                unset.add(column.name() + " IS NULL"); //$NON-NLS-1$
            }
        }
        if (!containers.isEmpty()) {
            return Optional.of(new Rule(or(containers), or(containers)));
        }
        for (ListTable list : table.listTables()) {
            if (list.isReference() && list.feature() instanceof EReference reference) {
                List<ClassTable> targets = mapping.tablesFor(reference.getEReferenceType());
                if (targets.size() == 1 && rule(targets.get(0)).isPresent()) {
                    references.add("ID IN (SELECT OWNER_ID FROM " + list.qualifiedName() + " WHERE TARGET_ID IN (SELECT ID FROM " //$NON-NLS-1$ //$NON-NLS-2$
                            + view(targets.get(0).qualifiedName()) + "))"); //$NON-NLS-1$
                    unset.add("NOT EXISTS (SELECT 1 FROM " + list.qualifiedName() + " L WHERE L.OWNER_ID = " + table.qualifiedName() + ".ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        if (references.isEmpty()) {
            return Optional.empty();
        }
        String owned = or(references);
        // A record that names no place at all (a problem found city-wide) is the whole city's: seen, not changed.
        references.add('(' + String.join(" AND ", unset) + ')'); //$NON-NLS-1$
        return Optional.of(new Rule(or(references), owned));
    }

    private static String or(List<String> conditions) {
        return conditions.size() == 1 ? conditions.get(0) : '(' + String.join(" OR ", conditions) + ')'; //$NON-NLS-1$
    }
}
