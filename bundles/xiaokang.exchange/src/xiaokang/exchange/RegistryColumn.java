package xiaokang.exchange;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the national information system's person list (one row per person, the
 * household's columns repeated on each member's row), with the headers the default mapping knows
 * for each; the first is the one an export writes. {@link #INCOME_YEAR} is the workbench's own: the
 * national list's income has no year, an export names it so that the round trip is exact.
 */
public enum RegistryColumn {
    COUNTY(false, "县（市、区）", "县(市、区)", "县（市）", "县"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    TOWNSHIP(false, "乡（镇）", "乡(镇)", "乡（镇、街道）", "乡镇", "乡镇（街道）"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    VILLAGE(false, "行政村", "村（社区）", "村"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    GROUP(false, "自然村（组）", "自然村(组)", "村民小组", "组"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    HOUSEHOLD_NUMBER(true, "户编号", "户号"), //$NON-NLS-1$ //$NON-NLS-2$
    HEAD_NAME(false, "户主姓名", "户主"), //$NON-NLS-1$ //$NON-NLS-2$
    NAME(true, "姓名"), //$NON-NLS-1$
    ID_NUMBER(true, "证件号码", "身份证号码", "身份证号"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    RELATION(true, "与户主关系"), //$NON-NLS-1$
    GENDER(false, "性别"), //$NON-NLS-1$
    ETHNICITY(false, "民族"), //$NON-NLS-1$
    EDUCATION(false, "文化程度"), //$NON-NLS-1$
    IN_SCHOOL(false, "在校生状况"), //$NON-NLS-1$
    HEALTH(false, "健康状况"), //$NON-NLS-1$
    LABOUR(false, "劳动技能"), //$NON-NLS-1$
    MEDICAL_INSURANCE(false, "是否参加城乡居民基本医疗保险", "是否参加大病保险"), //$NON-NLS-1$ //$NON-NLS-2$
    HOUSEHOLD_KIND(false, "户类型", "贫困户属性"), //$NON-NLS-1$ //$NON-NLS-2$
    YEAR_LIFTED(false, "脱贫年度"), //$NON-NLS-1$
    INCOME(false, "人均纯收入", "家庭年人均纯收入"), //$NON-NLS-1$ //$NON-NLS-2$
    INCOME_YEAR(false, "收入年度"), //$NON-NLS-1$
    CAUSE(false, "主要致贫原因"), //$NON-NLS-1$
    PHONE(false, "联系电话"); //$NON-NLS-1$

    private final boolean required;
    private final List<String> headers;

    RegistryColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** Whether a list without this column cannot be imported. */
    public boolean isRequired() {
        return required;
    }

    /** The headers the default mapping knows, the national list's own first. */
    public List<String> headers() {
        return headers;
    }

    /** The header an export writes. */
    public String header() {
        return headers.get(0);
    }

    /** The column's name in a mapping file, e.g. {@code household-number}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the value belongs to the household (repeated on each member's row), not the person. */
    public boolean isHouseholdColumn() {
        return switch (this) {
            case COUNTY, TOWNSHIP, VILLAGE, GROUP, HEAD_NAME, HOUSEHOLD_KIND, YEAR_LIFTED, INCOME, INCOME_YEAR, CAUSE, PHONE -> true;
            default -> false;
        };
    }
}
