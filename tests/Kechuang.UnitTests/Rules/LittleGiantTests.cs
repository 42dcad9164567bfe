using Kechuang.Rules;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;

namespace Kechuang.UnitTests.Rules;

/// <summary>自治区科技小巨人 with the Ningxia 2018 defaults (DOMAIN.md, Local ladder rules).</summary>
public sealed class LittleGiantTests
{
    private static readonly CompiledRuleSet Rules = Firms.Compiled(ShippedRuleSets.LittleGiant);

    /// <summary>In the 科技型中小企业 pool since 2024; sales 2000 → 2420 → 2928.2万 (10% a year), profit + tax 300万, R&amp;D 3%, S&amp;T staff 8%.</summary>
    private static FactSheet Firm() => new FactSheet(Firms.Year)
        .Set("holds_tech_sme", true).Set("tech_sme_since", new DateOnly(2024, 4, 1)).Set("holds_high_tech", false)
        .Set("ip_class1", 0).Set("ip_class2", 1).Set("has_rd_unit", true)
        .SetYear("sales", 2023, 2000).SetYear("sales", 2024, 2200).SetYear("sales", 2025, 2420)
        .SetYear("net_profit", 2023, 100).SetYear("net_profit", 2024, 100).SetYear("net_profit", 2025, 200).SetYear("tax_paid", 2025, 100)
        .SetYear("rd_expense", 2025, 72.6m).SetYear("staff", 2025, 100).SetYear("st_staff", 2025, 8)
        .SetYear("tech_revenue", 2025, 1210).SetYear("total_revenue", 2025, 2420);

    [Fact]
    public void A_firm_at_every_default_threshold_passes()
    {
        var result = Rules.Evaluate(Firm());
        Assert.All(result.Conditions, c => Assert.True(c.Outcome == Outcome.Passed, c.Explanation));
        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    [Fact]
    public void A_loss_year_fails_the_growth_condition_even_with_high_growth()
    {
        var growth = Rules.Evaluate(Firm().SetYear("net_profit", 2024, -10)).Conditions.Single(c => c.Id == "growth");
        Assert.Equal(Outcome.Failed, growth.Outcome);
    }

    [Fact]
    public void A_high_tech_enterprise_is_not_a_little_giant() =>
        Assert.Equal(Outcome.Failed, Rules.Decide(Firm().Set("holds_high_tech", true)));

    [Fact]
    public void Less_than_a_year_in_the_pool_fails() =>
        Assert.Equal(Outcome.Failed, Rules.Decide(Firm().Set("tech_sme_since", new DateOnly(2025, 6, 1))));
}
