namespace Kechuang.Web.Modules.Programmes.Domain;

/// <summary>How a score sheet and a panel's scores become one figure, with the explanation shown beside it.</summary>
public static class PanelScore
{
    /// <summary>Weighted total on a 100-point scale: Σ score ÷ max × weight. Null with a message when a score is missing or out of range.</summary>
    public static (decimal? Total, string? Problem) Weighted(IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, decimal> scores)
    {
        decimal total = 0;
        foreach (var c in criteria)
        {
            if (!scores.TryGetValue(c.Name, out var s))
            {
                return (null, $"请为“{c.Name}”打分");
            }

            if (s < 0 || s > c.MaxScore)
            {
                return (null, $"“{c.Name}”的分数应在 0 至 {c.MaxScore:0.##} 之间");
            }

            total += s / c.MaxScore * c.Weight;
        }

        var unknown = scores.Keys.Except(criteria.Select(c => c.Name)).FirstOrDefault();
        return unknown is null ? (Math.Round(total, 2), null) : (null, $"评分表中没有“{unknown}”这一项");
    }

    /// <summary>The panel's result: the mean, after dropping one highest and one lowest score when there are at least
    /// <paramref name="dropExtremesFrom"/> scores.</summary>
    public static (decimal? Score, string Explanation) Combine(IReadOnlyList<decimal> totals, int dropExtremesFrom)
    {
        if (totals.Count == 0)
        {
            return (null, "无专家评分");
        }

        var sorted = totals.Order().ToList();
        var list = string.Join("、", totals.Select(t => t.ToString("0.##")));
        if (totals.Count >= dropExtremesFrom && totals.Count >= 3)
        {
            var kept = sorted.Skip(1).Take(sorted.Count - 2).ToList();
            var mean = Math.Round(kept.Average(), 2);
            return (mean, $"{totals.Count} 位专家评分 {list}；去掉最高分 {sorted[^1]:0.##} 和最低分 {sorted[0]:0.##} 后取平均：{mean:0.##}");
        }

        var plain = Math.Round(totals.Average(), 2);
        return (plain, $"{totals.Count} 位专家评分 {list}；不足 {dropExtremesFrom} 人不去最高最低分，平均：{plain:0.##}");
    }
}
