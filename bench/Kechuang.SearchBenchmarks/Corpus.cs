using System.Text;

namespace Kechuang.SearchBenchmarks;

/// <summary>
/// Generated demands and achievements: a technical vocabulary of a few thousand compound terms (modifier × head, plus the
/// morphemes themselves) drawn with Zipf-like frequencies (rank r with weight 1/r), in sentence templates of the kind
/// the seeds' 需求/成果 lists use. Deterministic for a seed.
/// </summary>
public sealed class Corpus
{
    private static readonly string[] Modifiers =
    [
        "石墨烯", "石墨", "纳米", "碳纤维", "高分子", "陶瓷", "钛合金", "铝合金", "镁合金", "稀土", "硅基", "有机", "生物基", "可降解", "柔性",
        "智能", "数字", "工业", "边缘", "云端", "分布式", "嵌入式", "无线", "激光", "红外", "超声", "微波", "等离子", "光纤", "量子",
        "锂离子", "钠离子", "固态", "氢燃料", "光伏", "风电", "储能", "节能", "余热", "低碳", "高盐", "煤化工", "精细化工", "农业", "枸杞",
        "葡萄酒", "滩羊", "奶牛", "马铃薯", "中药", "生物", "基因", "细胞", "疫苗", "抗体", "医疗", "康复", "食品", "饲料", "土壤",
        "水处理", "固废", "粉煤灰", "脱硫", "膜分离", "催化", "电化学", "热管理", "机器视觉", "深度学习", "区块链", "物联网", "北斗", "无人机", "机器人",
        "数控", "精密", "增材", "焊接", "铸造", "锻压", "注塑", "涂装", "轴承", "齿轮", "液压", "伺服", "变频", "传动", "密封",
    ];

    private static readonly string[] Heads =
    [
        "材料", "薄膜", "涂层", "复合材料", "电极", "电池", "电容器", "传感器", "芯片", "模组", "算法", "平台", "系统", "装备", "设备",
        "工艺", "技术", "方法", "检测", "监测", "诊断", "控制", "优化", "制备", "合成", "提取", "纯化", "改性", "回收", "利用",
        "加工", "成型", "组件", "部件", "结构", "模型", "软件", "接口", "网络", "终端", "试剂", "药物", "制剂", "菌株", "品种",
    ];

    private static readonly string[] Openers = ["我公司", "本单位", "项目组", "研究团队", "企业"];
    private static readonly string[] Verbs = ["需要解决", "寻求合作开发", "已掌握", "研发了", "拟引进", "重点突破", "完成了", "希望提升"];
    private static readonly string[] Goals = ["提高产品良率", "降低生产成本", "实现国产替代", "缩短检测时间", "延长使用寿命", "提升转换效率", "减少能耗", "达到行业领先水平"];
    private static readonly string[] Suffixes = ["关键技术", "产业化", "研发", "示范应用", "工艺优化", "技术攻关"];

    private readonly string[] _terms;
    private readonly double[] _cumulative;

    public Corpus()
    {
        var terms = new List<string>();
        foreach (var m in Modifiers)
        {
            foreach (var h in Heads)
            {
                terms.Add(m + h);
            }
        }

        terms.AddRange(Modifiers);
        terms.AddRange(Heads);
        // A fixed shuffle so that frequent ranks are spread over the modifiers, then Zipf weights by rank.
        var shuffle = new Random(7);
        _terms = terms.Distinct().OrderBy(_ => shuffle.Next()).ToArray();
        _cumulative = new double[_terms.Length];
        var sum = 0.0;
        for (var i = 0; i < _terms.Length; i++)
        {
            sum += 1.0 / (i + 1);
            _cumulative[i] = sum;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= sum;
        }
    }

    public int VocabularySize => _terms.Length;

    public string Term(Random random)
    {
        var i = Array.BinarySearch(_cumulative, random.NextDouble());
        return _terms[i < 0 ? ~i : i];
    }

    public (string Title, string Body) Document(Random random)
    {
        var title = Term(random) + (random.Next(2) == 0 ? Term(random) : "") + Suffixes[random.Next(Suffixes.Length)];
        var body = new StringBuilder();
        var sentences = 3 + random.Next(4);
        for (var s = 0; s < sentences; s++)
        {
            body.Append(Openers[random.Next(Openers.Length)]).Append(Verbs[random.Next(Verbs.Length)]).Append(Term(random)).Append('与').Append(Term(random))
                .Append("问题，采用").Append(Term(random)).Append('和').Append(Term(random)).Append('，').Append(Goals[random.Next(Goals.Length)]).Append('。');
        }

        return (title, body.ToString());
    }

    /// <summary>A query of 1–3 terms, each drawn by frequency, so common and rare terms both appear.</summary>
    public string Query(Random random) => string.Join(" ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Term(random)));
}
