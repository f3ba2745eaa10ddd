package xiaokang.exchange.internal;

import xiaokang.core.model.Education;
import xiaokang.core.model.Health;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Relation;
import xiaokang.exchange.RegistryColumn;

/** A person's row, read into the model's values; null where the list gives nothing. */
record ParsedMember(RowAt<RegistryColumn> row, String name, String idNumber, Relation relation, String ethnicity, Education education, Boolean inSchool,
        Health health, LabourAbility labour, Boolean medicalInsurance) {
}
