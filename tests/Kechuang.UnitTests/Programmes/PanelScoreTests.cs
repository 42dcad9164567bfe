using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.UnitTests.Programmes;

public sealed class PanelScoreTests
{
    private static readonly Criterion[] Sheet = [new("创新性", 60), new("可行性", 40, MaxScore: 50)];

    [Fact]
    public void A_sheet_is_weighted_by_each_criterion_s_share_of_its_maximum()
    {
        var (total, problem) = PanelScore.Weighted(Sheet, new Dictionary<string, decimal> { ["创新性"] = 90, ["可行性"] = 40 });

        Assert.Null(problem);
        Assert.Equal(86m, total); // 90/100 × 60 + 40/50 × 40
    }

    [Theory]
    [InlineData(101, 40, "“创新性”的分数应在 0 至 100 之间")]
    [InlineData(90, -1, "“可行性”的分数应在 0 至 50 之间")]
    public void A_score_outside_its_range_is_refused_with_the_range(decimal innovation, decimal feasibility, string message)
    {
        var (total, problem) = PanelScore.Weighted(Sheet, new Dictionary<string, decimal> { ["创新性"] = innovation, ["可行性"] = feasibility });

        Assert.Null(total);
        Assert.Equal(message, problem);
    }

    [Fact]
    public void A_missing_or_unknown_criterion_is_refused()
    {
        Assert.Equal("请为“可行性”打分", PanelScore.Weighted(Sheet, new Dictionary<string, decimal> { ["创新性"] = 80 }).Problem);
        Assert.Equal("评分表中没有“颜值”这一项", PanelScore.Weighted(Sheet, new Dictionary<string, decimal> { ["创新性"] = 80, ["可行性"] = 40, ["颜值"] = 10 }).Problem);
    }

    [Fact]
    public void A_panel_of_five_drops_the_highest_and_the_lowest()
    {
        var (score, how) = PanelScore.Combine([95, 60, 80, 70, 75], dropExtremesFrom: 5);

        Assert.Equal(75m, score); // (60 … 95 dropped) → (80 + 70 + 75) / 3
        Assert.Contains("去掉最高分 95 和最低分 60", how, StringComparison.Ordinal);
    }

    [Fact]
    public void A_panel_below_the_threshold_takes_the_plain_mean()
    {
        var (score, how) = PanelScore.Combine([95, 60, 80, 70], dropExtremesFrom: 5);

        Assert.Equal(76.25m, score);
        Assert.Contains("不足 5 人不去最高最低分", how, StringComparison.Ordinal);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        Assert.Equal(80m, PanelScore.Combine([95, 60, 80], dropExtremesFrom: 3).Score);
    }
}
