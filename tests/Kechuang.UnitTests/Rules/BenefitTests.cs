using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Loading;

namespace Kechuang.UnitTests.Rules;

/// <summary>A rule set's benefit: rate × a figure with a cap, paid only when the conditions pass, explained with its figures.</summary>
public sealed class BenefitTests
{
    private const string Subsidy = """
        id: rd-subsidy
        name: 研发费用补助
        version: "1"
        citation: 银科发〔2020〕1号
        effective:
          from: 2020-01-01
        parameters:
          rate:
            name: 补助比例
            values:
              - { from: 2020-01-01, value: 5% }
              - { from: 2026-01-01, value: 10% }
          cap:
            name: 补助上限（万元）
            values:
              - { from: 2020-01-01, value: 50 }
          min_rd:
            name: 研发费用下限（万元）
            values:
              - { from: 2020-01-01, value: 100 }
        conditions:
          - id: rd
            name: 上年度研发费用不低于 100 万元
            expr: rd_expense[y-1] >= min_rd
        benefit:
          name: 补助金额
          expr: min(rd_expense[y-1] * rate, cap)
        """;

    private static FactSheet Firm(decimal? rd)
    {
        var f = new FactSheet(2026);
        return rd is { } v ? f.SetYear("rd_expense", 2025, v) : f;
    }

    [Theory]
    [InlineData(99, null)]        // below the entry threshold: nothing
    [InlineData(100, 10)]         // exactly the threshold passes: 100 × 10%
    [InlineData(320, 32)]
    [InlineData(500, 50)]         // exactly at the cap
    [InlineData(900, 50)]         // capped
    public void The_amount_is_the_rate_times_the_figure_up_to_the_cap(int rd, int? expected)
    {
        var set = CompiledRuleSet.Compile(RuleSetLoader.Load("s.yaml", Subsidy), new DateOnly(2026, 5, 1));
        Assert.Equal((decimal?)expected, set.AmountOf(Firm(rd)));
        Assert.Equal((decimal?)expected, set.Evaluate(Firm(rd)).Benefit!.Amount);
    }

    [Fact]
    public void The_rate_in_force_on_the_evaluation_date_is_used()
    {
        var set = CompiledRuleSet.Compile(RuleSetLoader.Load("s.yaml", Subsidy), new DateOnly(2025, 12, 31));
        Assert.Equal(16m, set.AmountOf(Firm(320)));
    }

    [Fact]
    public void The_explanation_shows_the_formula_its_figures_and_the_parameters()
    {
        var set = CompiledRuleSet.Compile(RuleSetLoader.Load("s.yaml", Subsidy), new DateOnly(2026, 5, 1));
        var text = set.Evaluate(Firm(320)).Benefit!.Explanation;
        Assert.Equal("补助金额 = min(rd_expense[y-1] * rate, cap) = 32 万元（2025 年研发费用 320 万元，补助比例 0.1，补助上限（万元） 50）", text);
    }

    [Fact]
    public void A_missing_figure_gives_no_amount_and_says_what_is_missing()
    {
        var set = CompiledRuleSet.Compile(RuleSetLoader.Load("s.yaml", Subsidy), new DateOnly(2026, 5, 1));
        var result = set.Evaluate(Firm(null));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Null(set.AmountOf(Firm(null)));
        Assert.Contains("缺少 2025 年研发费用", result.Benefit!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_benefit_that_is_not_a_number_is_refused_with_its_line()
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load("s.yaml", Subsidy.Replace("min(rd_expense[y-1] * rate, cap)", "rd_expense[y-1] > cap", StringComparison.Ordinal)));
        var error = Assert.Single(e.Errors);
        Assert.Equal(27, error.Line);
        Assert.Contains("金额 “补助金额”应为数值", error.Problem, StringComparison.Ordinal);
    }
}
