package xiaokang.store;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import xiaokang.store.internal.ClassTable;
import xiaokang.store.internal.Column;
import xiaokang.store.internal.EndingColumn;
import xiaokang.store.internal.ListTable;
import xiaokang.store.internal.Mapping;
import xiaokang.store.internal.SchemaManager;

/** The SQL schema of a set of models as Markdown, so report authors can write their queries. */
public final class SchemaDocument {

    private SchemaDocument() {
    }

    public static String markdown(List<EPackage> packages) {
        Mapping mapping = new Mapping(packages);
        StringBuilder doc = new StringBuilder();
        doc.append("# Database schema\n\n") //$NON-NLS-1$
                .append("Generated from the installed models by `./xiaokang schema-doc`; do not edit by hand.\n") //$NON-NLS-1$
                .append("Every table has `ID` (unique across all tables), `VERSION` (optimistic lock) and `POS` ") //$NON-NLS-1$
                .append("(place in the containing list). Enumerations hold the literal's name. `")
                .append(SchemaManager.AUDIT).append("` records every change, `").append(SchemaManager.PACKAGES) //$NON-NLS-1$
                .append("` each model's schema version.\n\n") //$NON-NLS-1$
                .append("`").append(SchemaManager.AUDIT).append("` (`ID` orders the changes; its largest value is the data version): ") //$NON-NLS-1$ //$NON-NLS-2$
                .append("`CHANGED_AT`, `WHO`, `ACTION` (`INSERT`, `UPDATE`, `DELETE`), `TABLE_NAME`, `OBJECT_ID`, `CONTAINER_ID` ") //$NON-NLS-1$
                .append("(the row that contained the object), `ATTRIBUTE`, `OLD_VALUE`, `NEW_VALUE`. An update is one row per ") //$NON-NLS-1$
                .append("changed column (or list table) with its old and new value. An insert (`NEW_VALUE`) or a delete ") //$NON-NLS-1$
                .append("(`OLD_VALUE`) is one row per object holding the whole row as a JSON object: column name to value, ") //$NON-NLS-1$
                .append("nulls left out, a list table's items as an array under the feature's column name, e.g. ") //$NON-NLS-1$
                .append("`{\"NUMBER\":\"430582100001\",\"CAUSES\":[\"ILLNESS\"],\"CADRE_ID\":12000}`. A delete records every row ") //$NON-NLS-1$
                .append("that went with the object (its members, incomes, assessments ...). `REFUSED` records what a township ") //$NON-NLS-1$
                .append("user was refused (a change or a read outside their townships): who, which record, the message in `NEW_VALUE`; ") //$NON-NLS-1$
                .append("a refused login is one too, under the name tried, with `TABLE_NAME` `XK.USERS` and the reason.\n\n") //$NON-NLS-1$
                .append("On a shared database (`./xiaokang server init`) `").append(UserAccounts.TABLE) //$NON-NLS-1$
                .append("` lists who logs in: `NAME`, `ROLE` (`admin`, `city`, `township`, `cadre`, `reader`, `auditor`), ") //$NON-NLS-1$
                .append("`TOWNSHIPS` (names, one a line), `DISABLED`, `CREATED_AT`, `CREATED_BY`. A report author's login (city, ") //$NON-NLS-1$
                .append("auditor) reads every table; a township user's and a cadre's queries read the same names through views of ") //$NON-NLS-1$
                .append("their townships' rows (schemas `XKL_CORE` ...): the store turns `CORE.PERSON` into the view by itself, so ") //$NON-NLS-1$
                .append("one report serves every role. A reader's connection masks ID and phone numbers as it reads them, and ") //$NON-NLS-1$
                .append("reads the audit through `XKM_XK.AUDIT`, without the values of tables that hold them. ") //$NON-NLS-1$
                .append("Only the administrator changes `XK` tables or any table's shape. `XK.LOGINS` holds the password hashes ") //$NON-NLS-1$
                .append("(`NAME`, `PASSWORD`, `FAILURES` in a row, `LOCKED_UNTIL`, `CHANGED_AT`): the administrator and the login check ") //$NON-NLS-1$
                .append("alone read it.\n"); //$NON-NLS-1$
        for (EPackage ePackage : mapping.packages()) {
            doc.append("\n## Schema `").append(Mapping.schema(ePackage)).append("` (").append(ePackage.getNsURI()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(")\n"); //$NON-NLS-1$
            for (ClassTable table : mapping.tables(ePackage)) {
                table(doc, table);
            }
        }
        return doc.toString();
    }

    private static void table(StringBuilder doc, ClassTable table) {
        EClass eClass = table.eClass();
        doc.append("\n### `").append(table.qualifiedName()).append("` — ").append(eClass.getName()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        String documentation = documentation(eClass);
        if (!documentation.isEmpty()) {
            doc.append('\n').append(documentation).append('\n');
        }
        doc.append("\n| column | type | holds |\n|---|---|---|\n"); //$NON-NLS-1$
        for (Column column : table.columns()) {
            doc.append("| `").append(column.name()).append("` | ").append(column.sqlType()).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(holds(column)).append(" |\n"); //$NON-NLS-1$
            EndingColumn.of(column).ifPresent(ending -> doc.append("| `").append(ending.name()).append("` | VARCHAR(") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(ending.length()).append(") | the last ").append(ending.length()).append(" characters of `") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(column.name()).append("`, upper case, computed by Derby (read only), indexed |\n")); //$NON-NLS-1$
        }
        for (ListTable list : table.listTables()) {
            doc.append("| (table `").append(list.qualifiedName()).append("`) | `OWNER_ID`, `POS`, `") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(list.valueColumn()).append("` ").append(list.valueType()).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(list.feature().getName()).append(", many |\n"); //$NON-NLS-1$
        }
    }

    private static String holds(Column column) {
        String target = column.target() == null ? "" : " → `" + column.target().qualifiedName() + ".ID`"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String indexed = column.indexed() ? ", indexed" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        return switch (column.kind()) {
            case ATTRIBUTE -> column.feature().getName() + documentationSuffix(column.feature()) + literals(column) + indexed;
            case REFERENCE -> "reference " + column.feature().getName() + target + indexed; //$NON-NLS-1$
            case CONTAINER -> "container (" + column.feature().getEContainingClass().getName() + '.' //$NON-NLS-1$
                    + column.feature().getName() + ')' + target + ", indexed"; //$NON-NLS-1$
        };
    }

    private static String literals(Column column) {
        if (!(column.attribute().getEAttributeType() instanceof EEnum eEnum)) {
            return ""; //$NON-NLS-1$
        }
        return eEnum.getELiterals().stream().map(l -> "`" + l.getName() + "` " + l.getLiteral()) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.joining(", ", " — ", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String documentationSuffix(EModelElement element) {
        String documentation = documentation(element);
        return documentation.isEmpty() ? "" : ": " + documentation; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String documentation(EModelElement element) {
        String text = EcoreUtil.getDocumentation(element);
        return text == null ? "" : text.replace('\n', ' ').replace("|", "\\|"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
