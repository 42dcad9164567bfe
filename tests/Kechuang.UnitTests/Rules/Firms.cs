using Kechuang.Rules;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;

namespace Kechuang.UnitTests.Rules;

/// <summary>Fact sheets for rule tests: a firm that meets every basic condition, to be changed one fact at a time.</summary>
internal static class Firms
{
    public const int Year = 2026;
    public static readonly DateOnly On = new(2026, 5, 1);

    public static CompiledRuleSet Compiled(string id) => CompiledRuleSet.Compile(ShippedRuleSets.Get(id), On);

    /// <summary>100 staff, 30 in S&amp;T; sales 3000万, cost 2500万, R&amp;D 150万 (5% of sales, 6% of cost); one Ⅰ类 IP.</summary>
    public static FactSheet TechSme()
    {
        var f = new FactSheet(Year)
            .Set("resident_enterprise", true).Set("restricted_industry", false).Set("no_major_violation", true)
            .Set("listed_abnormal", false).Set("sound_accounts", true)
            .Set("holds_high_tech", false).Set("national_award_5y", false).Set("provincial_rd_institution", false).Set("led_standard_5y", false)
            .Set("ip_class1", 1).Set("ip_class2", 0);
        for (var year = Year - 5; year < Year; year++)
        {
            f.SetYear("staff", year, 100).SetYear("st_staff", year, 30).SetYear("sales", year, 3000).SetYear("cost", year, 2500)
                .SetYear("total_assets", year, 4000).SetYear("rd_expense", year, 150);
        }

        return f;
    }

    public static FactSheet Last(this FactSheet f, string fact, decimal value) => f.SetYear(fact, Year - 1, value);
}
