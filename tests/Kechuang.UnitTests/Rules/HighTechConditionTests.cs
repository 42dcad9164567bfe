using Kechuang.Rules;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;

namespace Kechuang.UnitTests.Rules;

/// <summary>高新技术企业 conditions, 国科发火〔2016〕32号 第十一条: boundaries inclusive as the text says.</summary>
public sealed class HighTechConditionTests
{
    private static readonly CompiledRuleSet Rules = Firms.Compiled(ShippedRuleSets.HighTech);

    /// <summary>100 staff with 10 in S&amp;T, sales 5000万 a year with R&amp;D 250万 (5%), all spent in China, 60% high-tech revenue.</summary>
    private static FactSheet Firm(decimal sales = 5000, decimal rd = 250)
    {
        var f = new FactSheet(Firms.Year)
            .Set("established", new DateOnly(2020, 3, 1)).Set("has_core_ip", true).Set("in_hightech_field", true).Set("no_major_violation", true)
            .Set("ip_class1", 0).Set("ip_class2", 0);
        for (var year = Firms.Year - 5; year < Firms.Year; year++)
        {
            f.SetYear("staff", year, 100).SetYear("st_staff", year, 10).SetYear("sales", year, sales).SetYear("rd_expense", year, rd)
                .SetYear("rd_expense_in_china", year, rd).SetYear("total_revenue", year, 5000).SetYear("hightech_revenue", year, 3000)
                .SetYear("net_assets", year, 1000).SetYear("conversions", year, 0);
        }

        return f;
    }

    private static ConditionResult Condition(FactSheet f, string id) => Rules.Evaluate(f).Conditions.Single(c => c.Id == id);

    [Fact]
    public void A_firm_meeting_every_condition_passes_them_all() =>
        Assert.All(Rules.Evaluate(Firm()).Conditions, c => Assert.Equal(Outcome.Passed, c.Outcome));

    [Fact]
    public void Exactly_10_percent_st_staff_passes() => Assert.Equal(Outcome.Passed, Condition(Firm(), "st_staff").Outcome);

    [Fact]
    public void Below_10_percent_st_staff_says_how_many_more_to_hire()
    {
        var st = Condition(Firm().Last("st_staff", 8).Last("staff", 96), "st_staff");
        Assert.Equal(Outcome.Failed, st.Outcome);
        // (8 + k) / (96 + k) ≥ 10% → k ≥ 1.8: two more S&T staff
        Assert.Equal("科技人员占比 8.3%，要求不低于 10.0%，还差 1.7 个百分点，即至少再增加 2 名科技人员", st.Explanation);
    }

    [Theory]
    [InlineData(5000, 250, 0.05, Outcome.Passed)]      // ≤ 5000万 (inclusive) → 5%
    [InlineData(5000, 249.99, 0.05, Outcome.Failed)]
    [InlineData(5001, 200.04, 0.04, Outcome.Passed)]   // 5000万–2亿 → 4%
    [InlineData(20000, 800, 0.04, Outcome.Passed)]     // exactly 2亿 is still the 4% tier
    [InlineData(20000, 799.99, 0.04, Outcome.Failed)]
    [InlineData(20001, 600.03, 0.03, Outcome.Passed)]  // > 2亿 → 3%
    [InlineData(20001, 600, 0.03, Outcome.Failed)]
    public void Rd_ratio_tier_follows_latest_sales_with_inclusive_bounds(double sales, double rd, double required, Outcome outcome)
    {
        var c = Condition(Firm((decimal)sales, (decimal)rd), "rd_ratio");
        Assert.Equal((decimal)required, c.Threshold);
        Assert.Equal(outcome, c.Outcome);
    }

    [Fact]
    public void A_failed_rd_ratio_says_how_much_more_rd_is_needed()
    {
        var c = Condition(Firm(5000, 200), "rd_ratio");
        Assert.Equal("近三年研发费用占同期销售收入比例 4.0%，要求不低于 5.0%，还差 1.0 个百分点，即研发费用至少再增加 150 万元", c.Explanation);
    }

    [Fact]
    public void A_firm_registered_less_than_a_year_ago_fails() =>
        Assert.Equal(Outcome.Failed, Condition(Firm().Set("established", new DateOnly(2025, 5, 2)), "registered").Outcome);

    [Fact]
    public void A_firm_registered_exactly_a_year_ago_passes() =>
        Assert.Equal(Outcome.Passed, Condition(Firm().Set("established", new DateOnly(2025, 5, 1)), "registered").Outcome);

    [Fact]
    public void A_missing_third_year_makes_the_rd_ratio_unknown_and_names_it()
    {
        var f = Firm();
        var sparse = new FactSheet(Firms.Year).Set("established", new DateOnly(2015, 1, 1)).SetYear("sales", 2025, 5000).SetYear("sales", 2024, 5000).SetYear("sales", 2023, 5000)
            .SetYear("rd_expense", 2025, 300).SetYear("rd_expense", 2024, 300);
        var c = Condition(sparse, "rd_ratio");
        Assert.Equal(Outcome.Unknown, c.Outcome);
        Assert.Contains("缺少 2023 年研发费用（rd_expense[y-3]）", c.Explanation, StringComparison.Ordinal);
        Assert.Contains(c.Values, v => v is { Fact: "rd_expense", Year: 2023, Value: null });
        Assert.NotEqual(Outcome.Passed, Rules.Evaluate(sparse).Outcome);
        Assert.Equal(Outcome.Passed, Condition(f, "rd_ratio").Outcome);
    }

    [Fact]
    public void A_firm_founded_two_years_ago_is_judged_on_its_actual_operating_years()
    {
        // Founded 2024-03: only 2024 and 2025 count; the missing 2023 is not asked for (国科发火〔2016〕195号).
        var young = new FactSheet(Firms.Year).Set("established", new DateOnly(2024, 3, 1))
            .SetYear("sales", 2025, 1000).SetYear("sales", 2024, 500).SetYear("rd_expense", 2025, 50).SetYear("rd_expense", 2024, 25);
        var c = Condition(young, "rd_ratio");
        Assert.Equal(Outcome.Passed, c.Outcome);
        Assert.Equal(0.05m, c.Actual);
    }

    [Fact]
    public void Growth_bands_use_half_the_sum_of_yearly_ratios()
    {
        // net assets 1000 → 1200 → 1500: g = ½(1.2 + 1.25) − 1 = 22.5% → 5–6 points
        var f = Firm().SetYear("net_assets", 2023, 1000).SetYear("net_assets", 2024, 1200).SetYear("net_assets", 2025, 1500);
        var part = Rules.Evaluate(f).Score!.Parts.Single(p => p.Id == "net_assets_growth_points");
        Assert.Equal(0.225m, part.Value);
        Assert.Equal((5m, 6m), (part.MinPoints!.Value, part.MaxPoints!.Value));
    }

    [Fact]
    public void Zero_growth_scores_nothing_and_any_positive_growth_scores_1_to_2()
    {
        var flat = Rules.Evaluate(Firm()).Score!.Parts.Single(p => p.Id == "net_assets_growth_points");
        Assert.Equal(0m, flat.MaxPoints);
        var slight = Rules.Evaluate(Firm().SetYear("net_assets", 2025, 1001)).Score!.Parts.Single(p => p.Id == "net_assets_growth_points");
        Assert.Equal((1m, 2m), (slight.MinPoints!.Value, slight.MaxPoints!.Value));
    }

    [Fact]
    public void Expert_parts_make_the_score_a_range_and_leave_it_open()
    {
        var strong = Firm().Set("ip_class1", 2).SetYear("conversions", 2023, 6).SetYear("conversions", 2024, 6).SetYear("conversions", 2025, 6)
            .SetYear("net_assets", 2023, 500).SetYear("net_assets", 2024, 1000).SetYear("sales", 2023, 2000).SetYear("sales", 2024, 3500);
        var score = Rules.Evaluate(strong).Score!;
        Assert.Equal(7 + 25 + 9 + 9, score.Min);
        Assert.Equal(8 + 30 + 10 + 10 + 42, score.Max);
        Assert.Equal(Outcome.Unknown, score.Outcome);
        Assert.Contains(score.Parts, p => p is { Id: "rd_organisation", ExpertJudged: true, MinPoints: 0, MaxPoints: 20 });
    }

    [Fact]
    public void Experts_cannot_lift_a_firm_without_data_driven_points_above_70()
    {
        var score = Rules.Evaluate(Firm()).Score!;
        Assert.Equal(42, score.Max);
        Assert.Equal(Outcome.Failed, score.Outcome);
    }
}
