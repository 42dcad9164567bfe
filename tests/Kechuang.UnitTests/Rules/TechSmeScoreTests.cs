using Kechuang.Rules;
using Kechuang.Rules.Evaluation;

namespace Kechuang.UnitTests.Rules;

/// <summary>科技型中小企业 score bands, 国科发政〔2017〕115号 附件 / 国科火字〔2022〕67号: lower bounds inclusive.</summary>
public sealed class TechSmeScoreTests
{
    private static readonly CompiledRuleSet Rules = Firms.Compiled(ShippedRuleSets.TechSme);

    private static decimal? Part(EvaluationResult r, string id) => r.Score!.Parts.Single(p => p.Id == id).MinPoints;

    [Theory]
    [InlineData(30, 20)]
    [InlineData(29, 16)]
    [InlineData(25, 16)]
    [InlineData(20, 12)]
    [InlineData(15, 8)]
    [InlineData(10, 4)]
    [InlineData(9, 0)]
    public void St_staff_share_band_edges_are_inclusive(int stStaffOf100, int points) =>
        Assert.Equal(points, Part(Rules.Evaluate(Firms.TechSme().Last("st_staff", stStaffOf100)), "st_staff_points"));

    [Theory]
    [InlineData(180, 50)] // 6% of sales
    [InlineData(179, 40)]
    [InlineData(150, 40)] // 5%
    [InlineData(120, 30)] // 4%
    [InlineData(90, 20)]  // 3%
    [InlineData(60, 10)]  // 2%
    [InlineData(59, 0)]
    public void Rd_share_of_sales_band_edges_are_inclusive(int rd, int points)
    {
        // cost so large that R&D ÷ cost stays under 10% and the sales ratio decides
        var firm = Firms.TechSme().Last("rd_expense", rd).Last("cost", 100_000);
        Assert.Equal(points, Part(Rules.Evaluate(firm), "rd_points"));
    }

    [Fact]
    public void Rd_points_are_the_better_of_sales_and_cost_ratios()
    {
        // 研发 150 = 5% of sales 3000 (40 points) but 30% of cost 500 (50 points): the better counts.
        var firm = Firms.TechSme().Last("cost", 500);
        Assert.Equal(50, Part(Rules.Evaluate(firm), "rd_points"));
    }

    [Theory]
    [InlineData(1, 0, 30)]
    [InlineData(0, 4, 24)]
    [InlineData(0, 3, 18)]
    [InlineData(0, 2, 12)]
    [InlineData(0, 1, 6)]
    [InlineData(0, 0, 0)]
    public void Ip_points_by_class(int class1, int class2, int points) =>
        Assert.Equal(points, Part(Rules.Evaluate(Firms.TechSme().Set("ip_class1", class1).Set("ip_class2", class2)), "ip_points"));

    [Fact]
    public void Each_part_says_the_value_that_placed_it()
    {
        var parts = Rules.Evaluate(Firms.TechSme().Last("st_staff", 25).Set("ip_class1", 0).Set("ip_class2", 3)).Score!.Parts;
        Assert.Equal("科技人员指标（25.0%）得 16 分", parts.Single(p => p.Id == "st_staff_points").Explanation);
        Assert.Equal("科技成果指标（有效知识产权）（Ⅰ类知识产权数 0 项，Ⅱ类知识产权数 3 项）得 18 分", parts.Single(p => p.Id == "ip_points").Explanation);
    }

    [Fact]
    public void A_score_of_exactly_60_passes()
    {
        // 科技人员 10% → 4, 研发 6% of sales → 50, one Ⅱ类 IP → 6: 60
        var firm = Firms.TechSme().Last("st_staff", 10).Last("rd_expense", 180).Last("cost", 100_000).Set("ip_class1", 0).Set("ip_class2", 1);
        var result = Rules.Evaluate(firm);
        Assert.Equal(60, result.Score!.Min);
        Assert.Equal(Outcome.Passed, result.Score.Outcome);
        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    [Fact]
    public void A_score_of_58_fails_unless_a_direct_route_holds()
    {
        // 4 + 30 + 24 = 58 (every band is a multiple of 2, so 59 cannot occur)
        var firm = Firms.TechSme().Last("st_staff", 10).Last("rd_expense", 120).Last("cost", 100_000).Set("ip_class1", 0).Set("ip_class2", 4);
        Assert.Equal(58, Rules.Evaluate(firm).Score!.Min);
        Assert.Equal("科技型中小企业评价得分 58 分，未达到不低于 60 分的要求，还差 2 分", Rules.Evaluate(firm).Score!.Explanation);
        Assert.Equal(Outcome.Failed, Rules.Evaluate(firm).Outcome);
        Assert.Equal(Outcome.Passed, Rules.Evaluate(firm.Set("holds_high_tech", true)).Outcome);
    }

    [Fact]
    public void Zero_st_staff_points_fail_even_with_a_high_score()
    {
        var result = Rules.Evaluate(Firms.TechSme().Last("st_staff", 9));
        Assert.Equal(70, result.Score!.Min);
        Assert.Equal(Outcome.Failed, result.Score.Outcome);
    }

    [Fact]
    public void A_missing_year_is_unknown_and_says_which_fact_and_year()
    {
        var firm = new Kechuang.Rules.Facts.FactSheet(Firms.Year).Set("resident_enterprise", true);
        var result = Rules.Evaluate(firm);
        Assert.Equal(Outcome.Unknown, result.Outcome);
        var staff = result.Conditions.Single(c => c.Id == "staff_limit");
        Assert.Equal(Outcome.Unknown, staff.Outcome);
        Assert.Contains("缺少 2025 年职工总数（staff[y-1]）", staff.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_sales_makes_the_rd_ratio_unknown_not_a_crash()
    {
        var result = Rules.Evaluate(Firms.TechSme().Last("sales", 0));
        var rd = result.Score!.Parts.Single(p => p.Id == "rd_points");
        Assert.Null(rd.MinPoints);
        Assert.Contains("除数为零", rd.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_records_rule_set_version_and_parameters()
    {
        var result = Rules.Evaluate(Firms.TechSme());
        Assert.Equal(("tech-sme", "2022.1"), (result.RuleSetId, result.Version));
        Assert.Equal(500, result.Parameters["max_staff"]);
        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    [Fact]
    public void A_failed_limit_says_by_how_much()
    {
        var staff = Rules.Evaluate(Firms.TechSme().Last("staff", 520)).Conditions.Single(c => c.Id == "staff_limit");
        Assert.Equal(Outcome.Failed, staff.Outcome);
        Assert.Equal("职工总数 520 人，要求不超过 500 人，超出 20 人", staff.Explanation);
    }

    [Fact]
    public void A_zero_st_staff_score_is_explained_in_points_without_a_gap_of_zero()
    {
        var also = Rules.Evaluate(Firms.TechSme().Last("st_staff", 9)).Score!.AlsoRequired.Single();

        Assert.Equal(Outcome.Failed, also.Outcome);
        Assert.Equal("科技人员指标得分 0 分，要求高于 0 分，不符合", also.Explanation);
    }
}
