package xiaokang.supervision.demo;

import java.util.Random;

import xiaokang.supervision.model.ProblemArea;

/** Problem and rectification texts of the demo ledger, typical of each area. */
final class DemoProblems {

    private DemoProblems() {
    }

    static String description(ProblemArea area, Random random) {
        String[] texts = switch (area) {
            case FOOD -> new String[] { "家中存粮不足，日常口粮依靠亲友接济", "冬季储备粮油不足" }; //$NON-NLS-1$ //$NON-NLS-2$
            case CLOTHING -> new String[] { "冬季御寒衣被不足", "老人换季衣物短缺" }; //$NON-NLS-1$ //$NON-NLS-2$
            case COMPULSORY_EDUCATION -> new String[] { "适龄儿童辍学在家", "寄宿生生活补助未按时发放" }; //$NON-NLS-1$ //$NON-NLS-2$
            case BASIC_MEDICAL -> new String[] { "家庭成员未参加城乡居民基本医疗保险", "慢性病卡未办理，门诊费用未报销" }; //$NON-NLS-1$ //$NON-NLS-2$
            case HOUSING_SAFETY -> new String[] { "住房存在安全隐患，未纳入危房改造", "危房改造已批复但未开工" }; //$NON-NLS-1$ //$NON-NLS-2$
            case DRINKING_WATER -> new String[] { "饮水水质未检测", "季节性缺水，供水不稳定" }; //$NON-NLS-1$ //$NON-NLS-2$
            case EDUCATION -> new String[] { "村小教学点师资不足", "学前教育覆盖不到位" }; //$NON-NLS-1$ //$NON-NLS-2$
            case SOCIAL_SECURITY -> new String[] { "应保未保，低保对象识别不精准", "养老保险未全员参保" }; //$NON-NLS-1$ //$NON-NLS-2$
            case WATER_SUPPLY -> new String[] { "集中供水工程未覆盖到组", "管网老化漏水" }; //$NON-NLS-1$ //$NON-NLS-2$
            case PUBLIC_SERVICES -> new String[] { "村卫生室无合格村医", "综合服务平台未正常运行" }; //$NON-NLS-1$ //$NON-NLS-2$
            case DANGEROUS_HOUSES -> new String[] { "危房改造档案资料不全", "改造后旧房未拆除" }; //$NON-NLS-1$ //$NON-NLS-2$
            case VILLAGE_ROADS -> new String[] { "通组道路未硬化", "道路缺少安全防护设施" }; //$NON-NLS-1$ //$NON-NLS-2$
            case OTHER -> new String[] { "帮扶手册填写不规范", "驻村工作队考勤不到位" }; //$NON-NLS-1$ //$NON-NLS-2$
        };
        return texts[random.nextInt(texts.length)];
    }

    static String rectification(ProblemArea area) {
        return switch (area) {
            case FOOD -> "落实临时救助，发放米油，纳入低保动态管理"; //$NON-NLS-1$
            case CLOTHING -> "发放御寒衣被，结对干部上门核实"; //$NON-NLS-1$
            case COMPULSORY_EDUCATION -> "劝返复学并落实送教上门，补发生活补助"; //$NON-NLS-1$
            case BASIC_MEDICAL -> "代缴医保费用，办理慢性病卡并落实报销"; //$NON-NLS-1$
            case HOUSING_SAFETY -> "纳入危房改造计划并督促施工，验收入住"; //$NON-NLS-1$
            case DRINKING_WATER -> "接通集中供水管网，完成水质检测"; //$NON-NLS-1$
            case EDUCATION -> "调配支教教师，设立学前教育点"; //$NON-NLS-1$
            case SOCIAL_SECURITY -> "重新评议纳入低保，代缴养老保险"; //$NON-NLS-1$
            case WATER_SUPPLY -> "延伸管网到组，更换老化管道"; //$NON-NLS-1$
            case PUBLIC_SERVICES -> "配备合格村医，落实服务平台值班制度"; //$NON-NLS-1$
            case DANGEROUS_HOUSES -> "补齐档案资料，拆除旧房复垦"; //$NON-NLS-1$
            case VILLAGE_ROADS -> "完成通组道路硬化，增设安全防护栏"; //$NON-NLS-1$
            case OTHER -> "规范填写帮扶手册，落实考勤制度"; //$NON-NLS-1$
        };
    }
}
