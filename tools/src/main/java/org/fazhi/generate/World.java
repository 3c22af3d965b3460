package org.fazhi.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The made-up but realistic world the records come from: Kunming agencies, people, companies, laws. */
final class World {
    private World() {
    }

    /** A law-enforcement agency, the field it works in, the short name used in case numbers. */
    record Agency(String name, String field, String abbreviation, List<Basis> bases) {
    }

    /** A legal basis for a penalty: its type (records.md basis_type) and citation. */
    record Basis(String type, String citation) {
    }

    private static final List<Basis> FOOD = List.of(
            new Basis("法律", "《中华人民共和国食品安全法》第一百二十四条"),
            new Basis("法律", "《中华人民共和国药品管理法》第一百一十七条"),
            new Basis("法律", "《中华人民共和国食品安全法》第一百二十六条"),
            new Basis("规章", "《食品生产经营监督检查管理办法》第五十条"),
            new Basis("行政法规", "《中华人民共和国食品安全法实施条例》第六十七条"));
    private static final List<Basis> ENVIRONMENT = List.of(
            new Basis("法律", "《中华人民共和国大气污染防治法》第九十九条"),
            new Basis("法律", "《中华人民共和国水污染防治法》第八十三条"),
            new Basis("法律", "《中华人民共和国固体废物污染环境防治法》第一百零二条"),
            new Basis("地方性法规", "《云南省滇池保护条例》第五十条"));
    private static final List<Basis> SAFETY = List.of(
            new Basis("法律", "《中华人民共和国安全生产法》第九十七条"),
            new Basis("法律", "《中华人民共和国安全生产法》第一百零二条"),
            new Basis("行政法规", "《危险化学品安全管理条例》第八十条"),
            new Basis("规章", "《生产经营单位安全培训规定》第三十条"));
    private static final List<Basis> TRANSPORT = List.of(
            new Basis("行政法规", "《中华人民共和国道路运输条例》第六十三条"),
            new Basis("规章", "《道路旅客运输及客运站管理规定》第一百零六条"));
    private static final List<Basis> CITY = List.of(
            new Basis("行政法规", "《城市市容和环境卫生管理条例》第三十六条"),
            new Basis("地方性法规", "《昆明市城市管理综合行政执法条例》第三十条"),
            new Basis("地方性法规", "《昆明市城市市容和环境卫生管理条例》第四十一条"));
    private static final List<Basis> CULTURE = List.of(
            new Basis("行政法规", "《旅行社条例》第四十六条"),
            new Basis("行政法规", "《娱乐场所管理条例》第四十八条"));
    private static final List<Basis> LAND = List.of(
            new Basis("法律", "《中华人民共和国土地管理法》第七十七条"),
            new Basis("法律", "《中华人民共和国城乡规划法》第六十四条"));
    private static final List<Basis> BUILDING = List.of(
            new Basis("行政法规", "《建设工程质量管理条例》第六十四条"),
            new Basis("行政法规", "《建设工程安全生产管理条例》第五十七条"));
    private static final List<Basis> HEALTH = List.of(
            new Basis("行政法规", "《医疗机构管理条例》第四十三条"),
            new Basis("法律", "《中华人民共和国基本医疗卫生与健康促进法》第九十九条"));
    private static final List<Basis> FARMING = List.of(
            new Basis("行政法规", "《农药管理条例》第五十五条"),
            new Basis("法律", "《中华人民共和国种子法》第七十五条"));

    static final List<Agency> AGENCIES = List.of(
            new Agency("昆明市市场监督管理局", "食品药品", "市监", FOOD),
            new Agency("昆明市生态环境局", "生态环境", "环", ENVIRONMENT),
            new Agency("昆明市应急管理局", "安全生产", "应急", SAFETY),
            new Agency("昆明市交通运输局", "交通运输", "交运", TRANSPORT),
            new Agency("昆明市城市管理局", "城市管理", "城管", CITY),
            new Agency("昆明市文化和旅游局", "文化旅游", "文旅", CULTURE),
            new Agency("昆明市自然资源和规划局", "自然资源", "自然资源", LAND),
            new Agency("昆明市住房和城乡建设局", "住房城乡建设", "住建", BUILDING),
            new Agency("昆明市卫生健康委员会", "卫生健康", "卫健", HEALTH),
            new Agency("昆明市农业农村局", "农业农村", "农业", FARMING),
            new Agency("五华区市场监督管理局", "食品药品", "五市监", FOOD),
            new Agency("盘龙区市场监督管理局", "食品药品", "盘市监", FOOD),
            new Agency("官渡区市场监督管理局", "食品药品", "官市监", FOOD),
            new Agency("西山区应急管理局", "安全生产", "西应急", SAFETY),
            new Agency("呈贡区综合行政执法局", "城市管理", "呈综执", CITY),
            new Agency("安宁市市场监督管理局", "食品药品", "安市监", FOOD),
            new Agency("昆明市生态环境局五华分局", "生态环境", "环五", ENVIRONMENT),
            new Agency("官渡区应急管理局", "安全生产", "官应急", SAFETY));

    /** Governments: they take major decisions and decide reconsiderations. */
    static final List<String> GOVERNMENTS = List.of("昆明市人民政府", "五华区人民政府", "盘龙区人民政府",
            "官渡区人民政府", "西山区人民政府", "呈贡区人民政府", "晋宁区人民政府", "安宁市人民政府");

    static final List<String> DECISION_TITLES = List.of("城市总体规划修编", "滇池流域水环境保护治理实施方案",
            "主城区机动车停放服务收费标准调整", "老旧小区改造实施方案", "公交线网优化调整方案", "生活垃圾分类管理实施办法",
            "城中村改造三年行动计划", "中心城区交通拥堵综合治理方案", "集中式饮用水水源地保护区划定",
            "农贸市场提升改造方案", "公立医院医疗服务价格调整", "居民阶梯水价调整方案", "轨道交通线网规划调整",
            "历史文化街区保护规划", "农村人居环境整治提升方案");

    static final List<String> DOCUMENT_TITLES = List.of("关于进一步规范行政执法自由裁量权的通知",
            "关于加强城市道路挖掘管理的规定", "关于优化营商环境涉企检查的若干措施", "建设工程施工扬尘污染防治管理办法",
            "关于规范农贸市场经营秩序的通知", "共享单车停放管理办法", "户外广告设置管理规定", "关于加强食品小作坊监督管理的通知",
            "城市绿地养护管理办法", "关于推行行政执法公示制度的实施意见");

    static final List<String> INSPECTION_BASES = List.of("《中华人民共和国安全生产法》第六十五条",
            "《中华人民共和国食品安全法》第一百一十条", "《中华人民共和国环境保护法》第二十四条",
            "《优化营商环境条例》第五十四条", "《市场监督管理行政处罚程序规定》第二十条", "《中华人民共和国消防法》第五十三条");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红丹玲云文斌宇浩鑫佳晨";
    private static final List<String> BRANDS = List.of("滇池", "春城", "金马", "碧鸡", "云岭", "翠湖", "螺蛳湾", "石林", "昆华",
            "南屏", "金碧", "西山", "呈贡", "五华", "盘龙", "官渡", "长水", "世博", "大观", "海埂", "宝象", "云南白", "七彩", "彩云");
    private static final List<String> TRADES = List.of("餐饮管理", "建材", "化工", "商贸", "食品", "物流", "医药", "建筑工程",
            "汽车运输", "旅游", "农业科技", "环保科技", "酒店管理", "药房连锁", "水泥制品");
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long CODE_SPACE = 819_628_286_980_801L; // 31^10

    static String person(SplittableRandom random) {
        StringBuilder name = new StringBuilder(3);
        name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String company(SplittableRandom random) {
        return "昆明" + pick(random, BRANDS) + pick(random, TRADES) + "有限公司";
    }

    /** A unified social credit code of the right shape (18 characters, Kunming region), one per enterprise n. */
    static String creditCode(long n) {
        // an odd multiplier coprime to 31 permutes the residues: distinct n, distinct codes
        long x = Math.floorMod(n * 2654435761L + 97, CODE_SPACE);
        char[] code = new char[10];
        for (int i = 9; i >= 0; i--) {
            code[i] = CODE_CHARS.charAt((int) (x % CODE_CHARS.length()));
            x /= CODE_CHARS.length();
        }
        return "91530100" + new String(code);
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
