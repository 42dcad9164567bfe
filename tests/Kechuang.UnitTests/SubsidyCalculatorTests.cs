using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.UnitTests;

/// <summary>研发后补助 formula shapes (DOMAIN.md): rate × R&amp;D by tier, × increase, × 加计扣除 with entry conditions, caps, pro-rating.</summary>
public sealed class SubsidyCalculatorTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid C = Guid.NewGuid();

    private static SubsidyFormula Formula(SubsidyBasis basis = SubsidyBasis.RdExpense, decimal non = 3, decimal high = 5, decimal? cap = null,
        decimal? minRd = null, decimal? minRatio = null, bool capByTax = false, decimal budget = 1_000_000, int version = 1) =>
        new(basis, non, high, cap, minRd, minRatio, capByTax, budget, version);

    private static SubsidyInput Firm(Guid id, decimal rd, decimal prev = 0, decimal sd = 0, decimal revenue = 100_000, decimal tax = 100_000, bool highTech = false) =>
        new(id, rd, prev, sd, revenue, tax, highTech);

    private static SubsidyResult One(SubsidyFormula f, SubsidyInput x) => Assert.Single(SubsidyCalculator.Compute(f, [x]).Results);

    [Fact]
    public void Rate_times_rd_expense_is_tiered_by_high_tech()
    {
        var r = SubsidyCalculator.Compute(Formula(), [Firm(A, 1000), Firm(B, 1000, highTech: true)]);

        Assert.Equal([30m, 50m], r.Results.Select(x => x.Amount));
        Assert.Contains("研发费用 1,000.00 万元 × 5%（高新技术企业）= 50.00 万元", r.Results[1].Explanation, StringComparison.Ordinal);
        Assert.Contains("× 3%（非高新技术企业）", r.Results[0].Explanation, StringComparison.Ordinal);
        Assert.Null(r.Scale);
        Assert.Equal(80m, r.Total);
    }

    [Fact]
    public void Rate_times_increase_pays_only_the_increase_and_nothing_without_one()
    {
        var f = Formula(SubsidyBasis.RdIncrease, non: 10, high: 10);
        var r = SubsidyCalculator.Compute(f, [Firm(A, 500, prev: 300), Firm(B, 300, prev: 300), Firm(C, 200, prev: 300)]);

        Assert.Equal([20m, 0m, 0m], r.Results.Select(x => x.Amount));
        Assert.Contains("研发费用增量（500.00 − 上年 300.00） 200.00 万元 × 10%", r.Results[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("无增量，不予补助", r.Results[1].Explanation, StringComparison.Ordinal);
        Assert.Contains("无增量，不予补助", r.Results[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_times_super_deduction_applies_entry_conditions_and_exactly_at_the_threshold_passes()
    {
        var f = Formula(SubsidyBasis.SuperDeduction, non: 10, high: 10, minRd: 100, minRatio: 3);

        var atThreshold = One(f, Firm(A, rd: 100, sd: 100, revenue: 3333.33m)); // 100 / 3333.33 = 3.0000003%
        var exactRatio = One(f, Firm(B, rd: 150, sd: 150, revenue: 5000)); // exactly 3%
        var belowRd = One(f, Firm(C, rd: 99.99m, sd: 200, revenue: 1000));
        var belowRatio = One(f, Firm(C, rd: 150, sd: 150, revenue: 5000.01m));
        var noRevenue = One(f, Firm(C, rd: 0, sd: 150, revenue: 0));

        Assert.Equal(10m, atThreshold.Amount);
        Assert.Equal(15m, exactRatio.Amount);
        Assert.Contains("研发费用加计扣除额 150.00 万元 × 10%", exactRatio.Explanation, StringComparison.Ordinal);
        Assert.Contains("符合申报条件", exactRatio.Explanation, StringComparison.Ordinal);
        Assert.Equal((0m, 0m), (belowRd.Amount, belowRd.EligibleAmount));
        Assert.Contains("研发费用 99.99 万元低于 100.00 万元", belowRd.Explanation, StringComparison.Ordinal);
        Assert.Equal(0m, belowRatio.Amount);
        Assert.Contains("低于 3%", belowRatio.Explanation, StringComparison.Ordinal);
        Assert.Equal(0m, noRevenue.Amount);
    }

    [Fact]
    public void A_zero_ratio_condition_with_zero_revenue_passes_and_explains_itself()
    {
        var r = One(Formula(minRatio: 0), Firm(A, rd: 0, revenue: 0));

        Assert.Equal(0m, r.Amount);
        Assert.Contains("营业收入为 0", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_firm_cap_limits_the_amount_and_an_amount_exactly_at_the_cap_is_kept()
    {
        var f = Formula(cap: 50);
        var r = SubsidyCalculator.Compute(f, [Firm(A, 2000, highTech: true), Firm(B, 1000, highTech: true)]);

        Assert.Equal([50m, 50m], r.Results.Select(x => x.Amount));
        Assert.Contains("单户上限 50.00 万元，核定 50.00 万元", r.Results[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("未超过单户上限 50.00 万元", r.Results[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_by_tax_paid_is_the_smaller_of_the_cap_and_the_tax()
    {
        var f = Formula(cap: 50, capByTax: true);
        var r = SubsidyCalculator.Compute(f, [Firm(A, 2000, tax: 20, highTech: true), Firm(B, 2000, tax: 80, highTech: true)]);

        Assert.Equal([20m, 50m], r.Results.Select(x => x.Amount));
        Assert.Contains("单户上限 min(50.00, 纳税额 20.00) = 20.00 万元", r.Results[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_budget_scales_every_amount_down_and_the_total_never_exceeds_the_budget()
    {
        // 3 × 33.33…: the exact shares are 33.333…, rounded down so the sum stays within 100.
        var f = Formula(non: 10, high: 10, budget: 100, version: 3);
        var r = SubsidyCalculator.Compute(f, [Firm(A, 1000), Firm(B, 1000), Firm(C, 1000)]);

        Assert.Equal(300m, r.TotalEligible);
        Assert.Equal(100m / 300m, r.Scale);
        Assert.Equal([33.33m, 33.33m, 33.33m], r.Results.Select(x => x.Amount));
        Assert.True(r.Total <= 100m);
        Assert.Contains("超过预算 100.00 万元，按比例", r.Results[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("公式版本 v3", r.Results[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Pro_rating_with_awkward_figures_stays_within_the_budget()
    {
        var random = new Random(7);
        var firms = Enumerable.Range(0, 97).Select(_ => Firm(Guid.NewGuid(), Math.Round((decimal)random.NextDouble() * 5000, 2), highTech: random.Next(2) == 0)).ToList();
        foreach (var budget in new[] { 1m, 99.99m, 1234.57m, 6000m })
        {
            var r = SubsidyCalculator.Compute(Formula(cap: 200, budget: budget), firms);
            Assert.True(r.Total <= budget, $"{r.Total} > {budget}");
            Assert.True(budget - r.Total < 0.01m * firms.Count, "at most a cent per firm lost to rounding");
            Assert.All(r.Results, x => Assert.True(x.Amount <= x.EligibleAmount));
        }
    }

    [Fact]
    public void Within_budget_nothing_is_scaled()
    {
        var r = SubsidyCalculator.Compute(Formula(budget: 80), [Firm(A, 1000), Firm(B, 1000, highTech: true)]);

        Assert.Null(r.Scale);
        Assert.Equal(80m, r.Total);
        Assert.DoesNotContain("按比例", r.Results[0].Explanation, StringComparison.Ordinal);
    }
}
