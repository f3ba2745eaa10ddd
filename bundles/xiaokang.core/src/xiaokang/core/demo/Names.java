package xiaokang.core.demo;

import java.util.Random;

/** Plausible Hunan names for demo data: a common surname and one or two given characters. */
public final class Names {

    private static final String SURNAMES = "李王张刘陈杨黄赵周吴邓曾彭谢罗唐蒋肖贺胡宁邹尹廖钟"; //$NON-NLS-1$
    private static final String GIVEN = "建国秀英桂兰志明德胜小红春华玉梅海军丽娟金凤永强红梅光辉淑芬振华子豪欣怡雨涵浩然思远文静"; //$NON-NLS-1$
    private static final String VILLAGE_FIRST = "长东西南北新和大小石青白龙凤桃花黄金杨柳"; //$NON-NLS-1$
    private static final String VILLAGE_SECOND = "流塘山冲湾桥坪岭田江坝铺园湖"; //$NON-NLS-1$

    private Names() {
    }

    public static String surname(Random random) {
        return String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    }

    public static String person(String surname, Random random) {
        StringBuilder name = new StringBuilder(surname);
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String village(int index) {
        return "" + VILLAGE_FIRST.charAt(index % VILLAGE_FIRST.length()) //$NON-NLS-1$
                + VILLAGE_SECOND.charAt(index / VILLAGE_FIRST.length() % VILLAGE_SECOND.length()) + "村"; //$NON-NLS-1$
    }
}
