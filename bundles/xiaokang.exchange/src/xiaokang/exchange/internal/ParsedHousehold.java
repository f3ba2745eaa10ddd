package xiaokang.exchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.PovertyCause;
import xiaokang.exchange.RegistryColumn;

/**
 * A household's rows, read into the model's values: the household's columns (the same on each of
 * its members' rows) once, its members in the list's order; null where the list gives nothing.
 */
final class ParsedHousehold {

    final String number;
    final RowAt<RegistryColumn> first;
    /** The household's columns as its first row writes them (for a row that writes otherwise). */
    final Map<RegistryColumn, String> firstTexts = new EnumMap<>(RegistryColumn.class);
    String county;
    String township;
    String village;
    String group;
    String headName;
    HouseholdStatus status;
    Integer yearLifted;
    BigDecimal income;
    Integer incomeYear;
    List<PovertyCause> causes;
    String phone;
    final List<ParsedMember> members = new ArrayList<>();

    ParsedHousehold(String number, ListRow<RegistryColumn> first) {
        this.number = number;
        this.first = first.at();
        for (RegistryColumn column : RegistryColumn.values()) {
            if (column.isHouseholdColumn() && first.has(column)) {
                firstTexts.put(column, first.value(column));
            }
        }
    }
}
