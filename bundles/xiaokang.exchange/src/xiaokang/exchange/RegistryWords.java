package xiaokang.exchange;

import xiaokang.core.model.Education;
import xiaokang.core.model.Gender;
import xiaokang.core.model.Health;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Relation;

/** The words of the national person list's columns, and the model's labels, per column. */
public final class RegistryWords {

    public static final Words<Relation> RELATIONS = Words.of(Relation.class)
            .add(Relation.SPOUSE, "妻", "夫", "之妻", "之夫", "妻子", "丈夫") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            .add(Relation.CHILD, "之子", "之女", "儿子", "女儿", "子", "女") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            .add(Relation.CHILD_IN_LAW, "之儿媳", "之女婿", "儿媳", "女婿") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            .add(Relation.GRANDCHILD, "之孙子", "之孙女", "之外孙子", "之外孙女", "孙子", "孙女") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            .add(Relation.PARENT, "之父", "之母", "父亲", "母亲") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            .add(Relation.SIBLING, "之兄弟姐妹", "兄弟", "姐妹") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .add(Relation.OTHER, "其他亲属"); //$NON-NLS-1$

    public static final Words<Gender> GENDERS = Words.of(Gender.class).add(Gender.MALE, "男性").add(Gender.FEMALE, "女性"); //$NON-NLS-1$ //$NON-NLS-2$

    public static final Words<Education> EDUCATION = Words.of(Education.class)
            .add(Education.NONE, "文盲", "半文盲") //$NON-NLS-1$ //$NON-NLS-2$
            .add(Education.PRESCHOOL, "学龄前儿童", "学龄前") //$NON-NLS-1$ //$NON-NLS-2$
            .add(Education.VOCATIONAL, "中专", "中专/中职", "技校") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .add(Education.COLLEGE, "大专", "本科", "本科及以上", "研究生"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    public static final Words<Health> HEALTH = Words.of(Health.class)
            .add(Health.SERIOUS_ILLNESS, "患大病", "大病") //$NON-NLS-1$ //$NON-NLS-2$
            .add(Health.CHRONIC_ILLNESS, "慢性病"); //$NON-NLS-1$

    public static final Words<LabourAbility> LABOUR = Words.of(LabourAbility.class)
            .add(LabourAbility.PARTIAL, "弱劳动力或半劳动力", "半劳动力") //$NON-NLS-1$ //$NON-NLS-2$
            .add(LabourAbility.NONE, "丧失劳动力", "无劳动能力"); //$NON-NLS-1$ //$NON-NLS-2$

    public static final Words<HouseholdStatus> HOUSEHOLD_KINDS = Words.of(HouseholdStatus.class)
            .add(HouseholdStatus.LIFTED_OUT, "脱贫户", "脱贫享受政策户", "脱贫不享受政策户") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .add(HouseholdStatus.NOT_YET_LIFTED, "未脱贫户", "贫困户") //$NON-NLS-1$ //$NON-NLS-2$
            .add(HouseholdStatus.EDGE, "边缘易致贫户") //$NON-NLS-1$
            .add(HouseholdStatus.MONITORED, "脱贫不稳定户", "突发严重困难户") //$NON-NLS-1$ //$NON-NLS-2$
            .add(HouseholdStatus.SPECIAL_DIFFICULTY, "特殊困难户"); //$NON-NLS-1$

    public static final Words<PovertyCause> CAUSES = Words.of(PovertyCause.class)
            .add(PovertyCause.ILLNESS, "因病致贫") //$NON-NLS-1$
            .add(PovertyCause.DISABILITY, "因残致贫") //$NON-NLS-1$
            .add(PovertyCause.DISASTER, "因灾致贫") //$NON-NLS-1$
            .add(PovertyCause.SCHOOLING, "因学致贫") //$NON-NLS-1$
            .add(PovertyCause.LACK_OF_LABOUR, "缺劳动力") //$NON-NLS-1$
            .add(PovertyCause.LACK_OF_SKILLS, "缺技术致贫") //$NON-NLS-1$
            .add(PovertyCause.LACK_OF_CAPITAL, "缺资金致贫"); //$NON-NLS-1$

    public static final Words<Boolean> IN_SCHOOL = Words.<Boolean>empty()
            .add(Boolean.FALSE, "非在校生", "不在校", "否", "辍学", "休学", "已毕业") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            .add(Boolean.TRUE, "在校生", "在校", "是", "学前教育", "小学", "初中", "高中", "中职", "高职", "大专", "本科", "研究生"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

    public static final Words<Boolean> YES_NO = Words.<Boolean>empty()
            .add(Boolean.TRUE, "是", "已参加", "参加", "已参保", "参保", "Y") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            .add(Boolean.FALSE, "否", "未参加", "未参保", "N"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private RegistryWords() {
    }

    /**
     * The national list's word for a member's relation: a child, parent, grandchild or child in law
     * is written by the person's gender ({@code 之子} or {@code 之女}); the others by the model's label.
     */
    public static String relation(Relation relation, Gender gender) {
        boolean male = gender != Gender.FEMALE;
        return switch (relation) {
            case CHILD -> male ? "之子" : "之女"; //$NON-NLS-1$ //$NON-NLS-2$
            case CHILD_IN_LAW -> male ? "之女婿" : "之儿媳"; //$NON-NLS-1$ //$NON-NLS-2$
            case GRANDCHILD -> male ? "之孙子" : "之孙女"; //$NON-NLS-1$ //$NON-NLS-2$
            case PARENT -> male ? "之父" : "之母"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> relation.getLiteral();
        };
    }
}
