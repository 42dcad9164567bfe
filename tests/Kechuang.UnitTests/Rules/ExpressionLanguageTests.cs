using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;

namespace Kechuang.UnitTests.Rules;

public sealed class ExpressionLanguageTests
{
    private static Val Run(string text, FactSheet facts, Scope? scope = null)
    {
        var (_, eval) = new Compiler(scope ?? new Scope { EvaluationDate = new DateOnly(2026, 6, 30) }).Compile(ExpressionParser.Parse(text));
        return eval(facts);
    }

    private static FactSheet Firm() => new FactSheet(2026)
        .SetYear("sales", 2025, 3000).SetYear("sales", 2024, 2000).SetYear("sales", 2023, 1000)
        .SetYear("rd_expense", 2025, 150).SetYear("rd_expense", 2024, 100).SetYear("rd_expense", 2023, 50)
        .Set("established", new DateOnly(2025, 7, 1));

    [Fact]
    public void Precedence_and_percent_literals() =>
        Assert.Equal(Val.True, Run("rd_expense[y-1] / sales[y-1] >= 5% and not false or 1 > 2", Firm()));

    [Fact]
    public void Sum_over_years_equals_written_out_sum() =>
        Assert.Equal(Run("rd_expense[y-1] + rd_expense[y-2] + rd_expense[y-3]", Firm()), Run("sum(rd_expense, 3)", Firm()));

    [Fact]
    public void Growth_is_half_the_sum_of_yearly_ratios_minus_one() =>
        Assert.Equal(((2000m / 1000m) + (3000m / 2000m)) / 2 - 1, Run("growth(sales)", Firm()).Number);

    [Fact]
    public void Best_of_takes_the_higher() => Assert.Equal(40m, Run("best_of(band(0.05, [2%, 3%, 4%, 5%, 6%], [0, 10, 20, 30, 40, 50]), 30)", Firm()).Number);

    [Fact]
    public void A_missing_year_is_unknown_and_names_the_slot()
    {
        var v = Run("sum(rd_expense, 4)", Firm());
        Assert.Equal(ValStatus.Missing, v.Status);
        Assert.Equal(("rd_expense", 4), (FactCatalog.Describe(v.Reason).Fact.Name, FactCatalog.Describe(v.Reason).YearsBack));
    }

    [Fact]
    public void Division_by_zero_is_unknown_not_an_exception() =>
        Assert.Equal(ValStatus.DivisionByZero, Run("rd_expense[y-1] / (sales[y-1] - 3000) > 1", Firm()).Status);

    [Fact]
    public void Overflow_is_unknown_not_an_exception()
    {
        var huge = new FactSheet(2026).SetYear("sales", 2025, decimal.MaxValue).SetYear("sales", 2024, decimal.MaxValue).SetYear("sales", 2023, 1);
        Assert.Equal(ValStatus.Overflow, Run("sales[y-1] * 2 > 1", huge).Status);
        Assert.Equal(ValStatus.Overflow, Run("sum(sales, 2) > 1", huge).Status);
        Assert.Equal(ValStatus.Overflow, Run("growth(sales) > 1", huge).Status);
    }

    [Fact]
    public void Age_in_full_years_up_to_the_evaluation_date() =>
        Assert.Equal(0m, Run("years_since(established)", Firm()).Number);

    [Theory]
    [InlineData("revenu[y-1] > 1", "未知的事实名称 “revenu”")]
    [InlineData("sales[y-1] > true", "类型不匹配")]
    [InlineData("sales > 1", "需写明年份")]
    [InlineData("(sales[y-1] > 1", "缺少 “)”")]
    [InlineData("frobnicate(1)", "未知的函数")]
    public void Malformed_expressions_are_refused_in_chinese(string text, string expected)
    {
        var e = Assert.Throws<ExpressionException>(() => Run(text, Firm()));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
