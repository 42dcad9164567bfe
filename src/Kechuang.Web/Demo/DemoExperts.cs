using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.Web.Demo;

/// <summary>150 experts from the region's universities, institutes and firms, with keywords by field; a few over age or paused.</summary>
internal static class DemoExperts
{
    private static readonly string[] Units =
    [
        "宁夏大学", "北方民族大学", "宁夏医科大学", "宁夏理工学院", "宁夏农林科学院", "宁夏科技发展战略和信息研究所", "中国科学院宁夏分院（演示）",
        "宁夏回族自治区标准化研究院", "银川市农业技术推广中心", "宁夏会计师事务所（演示）", "宁夏金融学会（演示）",
    ];

    private static readonly Dictionary<string, string[]> KeywordsByField = new()
    {
        ["电子信息"] = ["工业软件", "大数据", "云计算", "物联网", "人工智能", "信息安全", "集成电路"],
        ["生物与新医药"] = ["枸杞深加工", "中药制剂", "生物发酵", "医疗器械", "疫苗", "动物疫病"],
        ["航空航天"] = ["无人机", "遥感", "卫星导航"],
        ["新材料"] = ["石墨提纯", "单晶硅", "稀有金属", "高分子材料", "碳基材料", "铝镁合金"],
        ["高技术服务"] = ["检验检测", "技术转移", "科技咨询", "知识产权"],
        ["新能源与节能"] = ["光伏", "储能", "氢能", "风电", "余热回收"],
        ["资源与环境"] = ["煤化工废水", "荒漠化治理", "节水灌溉", "固废利用"],
        ["先进制造与自动化"] = ["数控机床", "工业机器人", "智能装备", "精密铸造", "轴承"],
    };

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "马", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"];
    private static readonly string[] Given = ["建国", "志强", "海燕", "丽", "伟", "敏", "军", "静", "磊", "芳", "涛", "红梅", "文", "斌", "霞", "晓东"];

    public static void Seed(AppDbContext db)
    {
        var random = new Random(2028);
        for (var i = 0; i < 150; i++)
        {
            var kind = i % 10 == 8 ? ExpertKind.Finance : i % 10 == 9 ? ExpertKind.Management : ExpertKind.Technical;
            var field = HighTechFieldNames.All[i % HighTechFieldNames.All.Count];
            var words = KeywordsByField[field].OrderBy(_ => random.Next()).Take(random.Next(2, 4));
            // Ages 35–67, so a few are over the default limit of 65.
            var born = new DateOnly(2026 - random.Next(35, 68), random.Next(1, 13), random.Next(1, 29));
            var first17 = $"640104{born:yyyyMMdd}{i % 1000:000}";
            db.Experts.Add(new Expert
            {
                Name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                IdNumber = first17 + ResidentId.CheckCharacter(first17),
                Title = kind == ExpertKind.Technical ? (random.Next(3) == 0 ? ExpertTitle.Senior : ExpertTitle.AssociateSenior) : ExpertTitle.Intermediate,
                Kind = kind,
                UnitName = kind == ExpertKind.Finance ? "宁夏会计师事务所（演示）" : Units[random.Next(Units.Length - 2)],
                Fields = kind == ExpertKind.Technical ? field : "",
                Keywords = kind == ExpertKind.Technical ? string.Join('；', words) : kind == ExpertKind.Finance ? "财务审计；预算评审" : "项目管理；绩效评价",
                MaxLoad = 8,
                IsAvailable = random.Next(20) != 0,
            });
        }
    }
}
