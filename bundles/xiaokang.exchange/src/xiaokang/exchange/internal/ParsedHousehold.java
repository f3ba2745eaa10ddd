package xiaokang.exchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.PovertyCause;
import xiaokang.exchange.RegistryColumn;

/**
 * A household's rows, read into the model's values: the household's columns (the same on each of
 * its members' rows) once, its members in the list's order; null where the list gives nothing.
 */
final class ParsedHousehold {

    final String number;
    final ListRow<RegistryColumn> first;
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
        this.first = first;
    }
}
