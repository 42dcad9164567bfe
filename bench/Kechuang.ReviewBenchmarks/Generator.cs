using Kechuang.Review.Model;

namespace Kechuang.ReviewBenchmarks;

/// <summary>A batch with the structure of a real call: 8 high-tech fields, a keyword vocabulary per field, experts and
/// applicants spread over ~150 units, profiles and application texts written from their keywords, 15% finance experts,
/// 5% of all (expert, application) pairs declared 回避, and 10% of experts with a former employer among the units.</summary>
internal static class Generator
{
    public const int Units = 150;

    private static readonly string[] Fields = ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"];

    private static readonly string[][] Roots =
    [
        ["芯片", "传感", "通信", "图像", "语音", "软件", "数据", "网络", "光电", "存储"],
        ["疫苗", "抗体", "中药", "基因", "细胞", "诊断", "制剂", "药物", "枸杞", "酶法"],
        ["机翼", "导航", "卫星", "发动", "遥感", "无人", "复材", "飞控", "雷达", "载荷"],
        ["石墨", "稀土", "陶瓷", "合金", "硅基", "涂层", "纤维", "高分", "镁铝", "碳化"],
        ["检测", "咨询", "设计", "平台", "云端", "运维", "认证", "孵化", "物流", "金融"],
        ["光伏", "储能", "风电", "氢能", "锂电", "热泵", "节能", "电网", "煤化", "余热"],
        ["污水", "土壤", "固废", "大气", "节水", "盐碱", "生态", "沙化", "矿山", "监测"],
        ["机器", "数控", "焊接", "铸造", "轴承", "减速", "液压", "装配", "视觉", "工控"],
    ];

    private static readonly string[] Suffixes = ["提纯", "制备", "检测", "控制", "优化", "设计", "工艺", "材料", "系统", "装备", "算法", "评价"];

    public static (List<Expert> Experts, List<Application> Applications, ConflictSet Conflicts) Generate(
        int applications, int experts, int maxLoad, int seed)
    {
        var random = new Random(seed);
        string Keyword(int field) => Roots[field][random.Next(10)] + Suffixes[random.Next(Suffixes.Length)];
        string Unit() => $"U{random.Next(Units):D3}";
        var expertList = new List<Expert>(experts);
        for (var i = 0; i < experts; i++)
        {
            var field = random.Next(Fields.Length);
            var fields = random.NextDouble() < 0.3 ? new[] { Fields[field], Fields[random.Next(Fields.Length)] } : [Fields[field]];
            var keywords = Enumerable.Range(0, random.Next(6, 11)).Select(_ => Keyword(random.NextDouble() < 0.8 ? field : random.Next(Fields.Length))).Distinct().ToList();
            var finance = random.NextDouble() < 0.15;
            expertList.Add(new Expert($"E{i:D5}", Unit(), fields, keywords,
                $"长期从事{string.Join("、", keywords)}等方向的研究与工程应用", finance ? "财务" : "技术", maxLoad));
        }

        var applicationList = new List<Application>(applications);
        for (var i = 0; i < applications; i++)
        {
            var field = random.Next(Fields.Length);
            var keywords = Enumerable.Range(0, random.Next(3, 6)).Select(_ => Keyword(field)).Distinct().ToList();
            applicationList.Add(new Application($"P{i:D5}", Unit(), Fields[field], keywords,
                $"本项目围绕{string.Join("、", keywords)}开展关键技术攻关，形成示范应用"));
        }

        var conflicts = new ConflictSet();
        foreach (var application in applicationList)
        {
            foreach (var expert in expertList)
            {
                if (random.NextDouble() < 0.05)
                {
                    conflicts.Declare(expert.Id, application.Id);
                }
            }
        }

        foreach (var expert in expertList.Where(_ => random.NextDouble() < 0.10))
        {
            conflicts.AddEmployment(expert.Id, Unit());
        }

        return (expertList, applicationList, conflicts);
    }
}
