namespace Kechuang.Rules.Expressions;

/// <summary>The built-in functions and their Chinese descriptions (for error messages and the rule editor).</summary>
public static class Functions
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["min"] = "min(a, b, …)：最小值",
        ["max"] = "max(a, b, …)：最大值",
        ["best_of"] = "best_of(a, b)：两者取优（如研发费用占销售收入或占成本费用的比例，取得分高者）",
        ["ratio"] = "ratio(a, b)：a ÷ b",
        ["sum"] = "sum(事实, k[, 成立日期])：近 k 年合计，即 事实[y-1] + … + 事实[y-k]；给出成立日期时只计成立后的年度",
        ["growth"] = "growth(事实)：近三年增长率 ½(Y2/Y1 + Y3/Y2) − 1",
        ["band"] = "band(x, [门槛…], [分值…])：按门槛分档，下限含本数",
        ["tier"] = "tier(x, [界限…], [取值…])：按界限取值，上限含本数（如销售收入 ≤ 5000 万元取 5%）",
        ["years_since"] = "years_since(日期)：至评价日已满的整年数",
    };
}
