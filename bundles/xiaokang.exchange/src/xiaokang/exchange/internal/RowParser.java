package xiaokang.exchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.Gender;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Relation;
import xiaokang.exchange.Cells;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.RegistryColumn;
import xiaokang.exchange.RegistryWords;
import xiaokang.exchange.Words;

/**
 * Reads a person list's rows, one by one as they come, into households and members: every word,
 * number, year and ID number checked, every problem kept with its row and column; a household's
 * columns must agree on all of its rows, an ID number appear once, a household have one head. A
 * row's cells are not kept, only the values read from them.
 */
final class RowParser {

    private final String file;
    private final List<ImportProblem> problems;
    private final Map<String, ParsedHousehold> households = new LinkedHashMap<>();
    /** The row of each ID number read so far. */
    private final Map<String, Integer> idRows = new HashMap<>();

    RowParser(String file, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void row(ListRow<RegistryColumn> row) {
        String number = Cells.headerKey(row.value(RegistryColumn.HOUSEHOLD_NUMBER));
        if (number.isEmpty()) {
            problem(row, RegistryColumn.HOUSEHOLD_NUMBER, Messages.Import_empty);
            return;
        }
        ParsedHousehold household = households.computeIfAbsent(number, n -> new ParsedHousehold(n, row));
        householdColumns(household, row);
        ParsedMember member = member(row);
        if (member == null) {
            return;
        }
        Integer earlier = idRows.putIfAbsent(member.idNumber(), row.row().number());
        if (earlier != null) {
            problem(row, RegistryColumn.ID_NUMBER, NLS.bind(Messages.Import_idTwice, earlier));
            return;
        }
        household.members.add(member);
    }

    /** The households of the rows read, in the order of their first rows, each checked for its head. */
    List<ParsedHousehold> households() {
        households.values().forEach(this::checkHead);
        List<ParsedHousehold> read = new ArrayList<>(households.values());
        households.clear();
        idRows.clear();
        return read;
    }

    private void householdColumns(ParsedHousehold h, ListRow<RegistryColumn> row) {
        h.county = same(h, row, RegistryColumn.COUNTY, h.county, row.value(RegistryColumn.COUNTY));
        h.township = same(h, row, RegistryColumn.TOWNSHIP, h.township, row.value(RegistryColumn.TOWNSHIP));
        h.village = same(h, row, RegistryColumn.VILLAGE, h.village, row.value(RegistryColumn.VILLAGE));
        h.group = same(h, row, RegistryColumn.GROUP, h.group, row.value(RegistryColumn.GROUP));
        h.headName = same(h, row, RegistryColumn.HEAD_NAME, h.headName, row.value(RegistryColumn.HEAD_NAME));
        h.phone = same(h, row, RegistryColumn.PHONE, h.phone, Cells.headerKey(row.value(RegistryColumn.PHONE)));
        h.status = same(h, row, RegistryColumn.HOUSEHOLD_KIND, h.status, word(row, RegistryColumn.HOUSEHOLD_KIND, RegistryWords.HOUSEHOLD_KINDS));
        h.yearLifted = same(h, row, RegistryColumn.YEAR_LIFTED, h.yearLifted, year(row, RegistryColumn.YEAR_LIFTED));
        h.incomeYear = same(h, row, RegistryColumn.INCOME_YEAR, h.incomeYear, year(row, RegistryColumn.INCOME_YEAR));
        BigDecimal income = number(row, RegistryColumn.INCOME);
        if (income != null && h.income != null && income.compareTo(h.income) != 0) {
            problem(row, RegistryColumn.INCOME, NLS.bind(Messages.Import_householdDiffers, h.first.number(), h.income.toPlainString()));
        } else if (h.income == null) {
            h.income = income;
        }
        h.causes = same(h, row, RegistryColumn.CAUSE, h.causes, causes(row));
    }

    /** The value of a household column, which every row of the household must write alike (or leave blank). */
    private <T> T same(ParsedHousehold h, ListRow<RegistryColumn> row, RegistryColumn column, T known, T value) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            return known;
        }
        if (known != null && !known.equals(value)) {
            problem(row, column, NLS.bind(Messages.Import_householdDiffers, h.first.number(), h.firstTexts.getOrDefault(column, ""))); //$NON-NLS-1$
            return known;
        }
        return value;
    }

    private ParsedMember member(ListRow<RegistryColumn> row) {
        String name = row.value(RegistryColumn.NAME);
        if (name.isEmpty()) {
            problem(row, RegistryColumn.NAME, Messages.Import_empty);
        }
        String idNumber = idNumber(row);
        Relation relation = word(row, RegistryColumn.RELATION, RegistryWords.RELATIONS);
        if (!row.has(RegistryColumn.RELATION)) {
            problem(row, RegistryColumn.RELATION, Messages.Import_empty);
        }
        Gender gender = word(row, RegistryColumn.GENDER, RegistryWords.GENDERS);
        if (idNumber != null && gender != null && IdNumbers.gender(idNumber) != gender) {
            problem(row, RegistryColumn.GENDER, NLS.bind(Messages.Import_genderDiffers, gender.getLiteral(), IdNumbers.gender(idNumber).getLiteral()));
        }
        if (name.isEmpty() || idNumber == null) {
            return null;
        }
        String ethnicity = row.value(RegistryColumn.ETHNICITY);
        return new ParsedMember(row.at(), name, idNumber, relation, ethnicity.isEmpty() ? null : ethnicity,
                word(row, RegistryColumn.EDUCATION, RegistryWords.EDUCATION), word(row, RegistryColumn.IN_SCHOOL, RegistryWords.IN_SCHOOL),
                word(row, RegistryColumn.HEALTH, RegistryWords.HEALTH), word(row, RegistryColumn.LABOUR, RegistryWords.LABOUR),
                word(row, RegistryColumn.MEDICAL_INSURANCE, RegistryWords.YES_NO));
    }

    private String idNumber(ListRow<RegistryColumn> row) {
        String id = Cells.idNumber(row.value(RegistryColumn.ID_NUMBER));
        if (id.isEmpty()) {
            problem(row, RegistryColumn.ID_NUMBER, Messages.Import_empty);
            return null;
        }
        Optional<IdNumbers.Problem> wrong = IdNumbers.problem(id);
        if (wrong.isEmpty()) {
            return id;
        }
        String why = switch (wrong.get()) {
            case LENGTH -> NLS.bind(Messages.Import_idLength, id, id.length());
            case CHARACTERS -> NLS.bind(Messages.Import_idCharacters, id);
            case BIRTH_DATE -> NLS.bind(Messages.Import_idBirthDate, id, id.substring(6, 14));
            case CHECK_DIGIT -> NLS.bind(Messages.Import_idCheck, new Object[] { id, IdNumbers.checkCharacter(id), id.charAt(17) });
        };
        problem(row, RegistryColumn.ID_NUMBER, why);
        return null;
    }

    private void checkHead(ParsedHousehold h) {
        List<ParsedMember> heads = h.members.stream().filter(m -> m.relation() == Relation.HEAD).toList();
        for (ParsedMember extra : heads.subList(Math.min(1, heads.size()), heads.size())) {
            problem(extra.row(), RegistryColumn.RELATION, NLS.bind(Messages.Import_secondHead, heads.get(0).row().number()));
        }
        if (!heads.isEmpty() && h.headName != null && !heads.get(0).name().equals(h.headName)) {
            problem(heads.get(0).row(), RegistryColumn.HEAD_NAME, NLS.bind(Messages.Import_headNameDiffers, h.headName, heads.get(0).name()));
        }
    }

    private <T> T word(ListRow<RegistryColumn> row, RegistryColumn column, Words<T> words) {
        if (!row.has(column)) {
            return null;
        }
        Optional<T> value = words.value(row.value(column));
        if (value.isEmpty()) {
            problem(row, column, NLS.bind(Messages.Import_unknownWord, row.value(column), String.join("、", words.words()))); //$NON-NLS-1$
        }
        return value.orElse(null);
    }

    private List<PovertyCause> causes(ListRow<RegistryColumn> row) {
        if (!row.has(RegistryColumn.CAUSE)) {
            return null;
        }
        List<PovertyCause> causes = new ArrayList<>();
        for (String word : row.value(RegistryColumn.CAUSE).split("[、,，;；/\\s]+")) { //$NON-NLS-1$
            Optional<PovertyCause> cause = RegistryWords.CAUSES.value(word);
            if (cause.isEmpty()) {
                problem(row, RegistryColumn.CAUSE, NLS.bind(Messages.Import_unknownWord, word, String.join("、", RegistryWords.CAUSES.words()))); //$NON-NLS-1$
                return null;
            }
            if (!causes.contains(cause.get())) {
                causes.add(cause.get());
            }
        }
        return causes;
    }

    private Integer year(ListRow<RegistryColumn> row, RegistryColumn column) {
        if (!row.has(column)) {
            return null;
        }
        try {
            return Cells.year(row.value(column));
        } catch (IllegalArgumentException e) {
            problem(row, column, NLS.bind(Messages.Import_notYear, row.value(column)));
            return null;
        }
    }

    private BigDecimal number(ListRow<RegistryColumn> row, RegistryColumn column) {
        if (!row.has(column)) {
            return null;
        }
        try {
            return Cells.number(row.value(column));
        } catch (IllegalArgumentException e) {
            problem(row, column, NLS.bind(Messages.Import_notNumber, row.value(column)));
            return null;
        }
    }

    void problem(ListRow<RegistryColumn> row, RegistryColumn column, String message) {
        problem(row.at(), column, message);
    }

    void problem(RowAt<RegistryColumn> row, RegistryColumn column, String message) {
        problems.add(new ImportProblem(file, row.sheet(), row.number(), column == null ? "" : row.header(column), message)); //$NON-NLS-1$
    }
}
