using System.Globalization;

using Kechuang.Rules;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Loading;

namespace Kechuang.UnitTests.Rules;

/// <summary>
/// Decide runs a rule set fused into one expression tree and compares ratios with constant thresholds without dividing.
/// It must give exactly what the explained path (one delegate per expression, decimal division) gives.
/// </summary>
public sealed class FastDecisionTests
{
    private static readonly DateOnly On = new(2026, 5, 1);
    private static readonly decimal[] Factors = [1m, 0.5m, 0.8m, 1.25m];

    /// <summary>A rule set with one condition and one banded ratio, both over rd_expense[y-1] ÷ sales[y-1].</summary>
    private static CompiledRuleSet Ratio(string op, string threshold) => CompiledRuleSet.Compile(RuleSetLoader.Load("ratio.yaml", $"""
        id: ratio
        name: 比例
        version: "1"
        citation: 测试
        effective:
          from: 2016-01-01
        derived:
          r:
            name: 研发费用占销售收入比例
            expr: rd_expense[y-1] / sales[y-1]
        conditions:
          - id: c
            name: 比例条件
            expr: r {op} {threshold}
        """), On);

    private static FactSheet Firm(decimal rd, decimal sales) => new FactSheet(2026).SetYear("rd_expense", 2025, rd).SetYear("sales", 2025, sales);

    private static void Same(CompiledRuleSet set, FactSheet f, Outcome? expected = null)
    {
        var slow = set.DecideByClosures(f);
        Assert.Equal(slow, set.Decide(f));
        Assert.Equal(slow, set.Evaluate(f).Outcome);
        if (expected is { } e)
        {
            Assert.Equal(e, slow);
        }
    }

    [Theory]
    [InlineData(">=", "10%", 10, 100, Outcome.Passed)]     // exactly 10% passes ≥ 10%
    [InlineData(">=", "10%", 9.9999, 100, Outcome.Failed)]
    [InlineData(">", "10%", 10, 100, Outcome.Failed)]      // exactly 10% fails > 10%
    [InlineData("<=", "10%", 10, 100, Outcome.Passed)]
    [InlineData("<", "10%", 10, 100, Outcome.Failed)]
    [InlineData("==", "0.1", 1, 10, Outcome.Passed)]
    [InlineData("!=", "0.1", 1, 10, Outcome.Failed)]
    [InlineData(">=", "1/3", 1, 3, Outcome.Passed)]        // a quotient on both sides is not rewritten
    [InlineData(">=", "33.33%", 1, 3, Outcome.Passed)]
    [InlineData(">=", "33.34%", 1, 3, Outcome.Failed)]
    [InlineData(">=", "-5%", -1, 20, Outcome.Passed)]      // −5% ≥ −5%
    [InlineData(">=", "-5%", -1.01, 20, Outcome.Failed)]
    [InlineData(">=", "10%", -10, -100, Outcome.Passed)]   // negative divisor: −10 ÷ −100 = 10%
    [InlineData(">=", "10%", -9, -100, Outcome.Failed)]
    [InlineData(">=", "10%", 10, -100, Outcome.Failed)]    // −10%
    [InlineData("<", "10%", 10, -100, Outcome.Passed)]
    [InlineData(">=", "0", 0, -100, Outcome.Passed)]
    [InlineData(">", "0", 0, 100, Outcome.Failed)]
    [InlineData(">=", "10%", 10, 0, Outcome.Unknown)]      // b = 0: unknown, not an exception
    [InlineData(">=", "10%", 0, 0, Outcome.Unknown)]
    public void Ratio_against_a_threshold_equals_decimal_division(string op, string threshold, double rd, double sales, Outcome expected) =>
        Same(Ratio(op, threshold), Firm((decimal)rd, (decimal)sales), expected);

    [Fact]
    public void Zero_divisor_keeps_the_division_by_zero_reason_in_the_explanation()
    {
        var set = Ratio(">=", "10%");
        var f = Firm(10, 0);
        Assert.Equal(Outcome.Unknown, set.Decide(f));
        var c = Assert.Single(set.Evaluate(f).Conditions);
        Assert.Contains("除数为零", c.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_still_reports_the_ratio()
    {
        var c = Assert.Single(Ratio(">=", "10%").Evaluate(Firm(8, 100)).Conditions);
        Assert.Equal(0.08m, c.Actual);
        Assert.Equal(Outcome.Failed, c.Outcome);
    }

    /// <summary>Where the rounded decimal quotient differs from the exact one, Decide follows decimal division.</summary>
    [Theory]
    [InlineData("0.3333333333333333333333333333", "1", "3")]   // 1/3 rounds to exactly this threshold
    [InlineData("0.6666666666666666666666666667", "2", "3")]   // 2/3 rounds up to it
    [InlineData("0.6666666666666666666666666667", "-2", "-3")]
    [InlineData("100000000000", "79228162514264337593543950335", "0.5")] // the quotient overflows: unknown
    [InlineData("0.1", "7922816251426433759354395033.5", "79228162514264337593543950335")] // huge mantissas
    [InlineData("0.1", "0.0000000000000000000000000001", "0.000000000000000000000000001")] // fine scales
    public void Near_ties_and_extremes_follow_decimal_division(string threshold, string rd, string sales)
    {
        var f = Firm(decimal.Parse(rd, CultureInfo.InvariantCulture), decimal.Parse(sales, CultureInfo.InvariantCulture));
        foreach (var op in (string[])[">=", ">", "<=", "<", "==", "!="])
        {
            Same(Ratio(op, threshold), f);
        }
    }

    [Fact]
    public void Quotient_sign_is_exact_for_small_figures()
    {
        var random = new Random(7);
        decimal[] thresholds = [0m, 0.02m, 0.1m, 0.10m, 0.333m, 1m, 5m, -0.05m, 20000m];
        for (var i = 0; i < 20_000; i++)
        {
            var a = Math.Round((decimal)((random.NextDouble() - 0.2) * Math.Pow(10, random.Next(0, 7))), random.Next(0, 4));
            var b = Math.Round((decimal)((random.NextDouble() - 0.2) * Math.Pow(10, random.Next(0, 7))), random.Next(0, 4));
            var t = thresholds[random.Next(thresholds.Length)];
            var expected = b == 0 ? Quotients.Unknown : Math.Sign((a / b).CompareTo(t));
            Assert.True(expected == Quotients.Compare(a, b, t), $"{a} / {b} vs {t}");
        }
    }

    [Fact]
    public void Growth_sign_is_exact_or_falls_back_to_decimal()
    {
        var random = new Random(11);
        decimal[] thresholds = [0m, 0.05m, 0.15m, 0.35m, -0.1m, 0.1m];
        for (var i = 0; i < 20_000; i++)
        {
            decimal Figure() => random.Next(0, 8) == 0 ? random.Next(-2, 3) * 100 : Math.Round((decimal)((random.NextDouble() - 0.1) * Math.Pow(10, random.Next(0, 6))), random.Next(0, 3));
            decimal a = Figure(), b = Figure(), d = Figure();
            var t = thresholds[random.Next(thresholds.Length)];
            var p = Growths.Prepare(a, b, d, 4);
            var (scaled, scale) = DecimalBits.Constant(t)!.Value;
            var expected = a == 0 || b == 0 ? Quotients.Unknown : Math.Sign((((b / a) + (d / b)) / 2 - 1).CompareTo(t));
            Assert.True(expected == Growths.Sign(ref p, scaled, scale, t < 0, t), $"growth({a}, {b}, {d}) vs {t}");
        }
    }

    [Theory]
    [InlineData("100", "135", "182.25", "9")]   // growth exactly 35%: the top band (from: 35%, lower bound inclusive)
    [InlineData("100", "135", "182.24", "7")]
    [InlineData("100", "100", "100", "0")]      // growth exactly 0 fails "> 0"
    [InlineData("100", "100", "100.01", "1")]
    [InlineData("0", "100", "100", null)]       // y-3 = 0: unknown
    [InlineData("100", "90", "80", "0")]
    public void Growth_band_edges_are_exact(string y3, string y2, string y1, string? minPoints)
    {
        var set = Firms.Compiled(ShippedRuleSets.HighTech);
        var f = Firms.TechSme()
            .SetYear("net_assets", 2023, decimal.Parse(y3, CultureInfo.InvariantCulture))
            .SetYear("net_assets", 2024, decimal.Parse(y2, CultureInfo.InvariantCulture))
            .SetYear("net_assets", 2025, decimal.Parse(y1, CultureInfo.InvariantCulture));
        Same(set, f);
        var part = set.Evaluate(f).Score!.Parts.Single(p => p.Id == "net_assets_growth_points");
        Assert.Equal(minPoints is null ? null : decimal.Parse(minPoints, CultureInfo.InvariantCulture), part.MinPoints);
    }

    [Fact]
    public void Band_edges_are_exact()
    {
        var set = Firms.Compiled(ShippedRuleSets.TechSme);

        // 科技人员占比 exactly 10% → 4 points (not 0), so st_staff_points > 0 holds; 9.99…% → 0 points fails.
        Assert.Equal(4m, set.Evaluate(Firms.TechSme().Last("staff", 100).Last("st_staff", 10)).Score!.Parts[0].MinPoints);
        foreach (var (st, staff) in new[] { (10m, 100m), (9m, 100m), (30m, 100m), (29.999m, 100m), (1m, 3m) })
        {
            Same(set, Firms.TechSme().Last("staff", staff).Last("st_staff", st));
        }

        // R&D exactly 2%, 6% of sales and 10%, 30% of cost (band lower bounds inclusive).
        foreach (var (rd, sales, cost) in new[] { (60m, 3000m, 2500m), (180m, 3000m, 2500m), (250m, 3000m, 2500m), (750m, 3000m, 2500m), (59.9m, 3000m, 2500m) })
        {
            Same(set, Firms.TechSme().Last("rd_expense", rd).Last("sales", sales).Last("cost", cost));
        }

        // 5000万 is the small-firm tier in 高新技术企业 (tier: upper bound inclusive).
        var highTech = Firms.Compiled(ShippedRuleSets.HighTech);
        Same(highTech, Firms.TechSme().Last("sales", 5000m));
    }

    /// <summary>Many generated firms, with gaps, zeros, negatives, huge and finely scaled figures: the fused path equals the delegates.</summary>
    [Fact]
    public void Every_shipped_rule_set_decides_as_the_explained_path()
    {
        // The shipped sets and looser / stricter variants (every numeric parameter scaled), so more firms reach the scores.
        var sets = ShippedRuleSets.List()
            .SelectMany(r => Factors.Select(k => r with
            {
                Parameters = [.. r.Parameters.Select(p => p with { Values = [.. p.Values.Select(v => v.IsBoolean ? v : v with { Value = v.Value * k })] })],
            }))
            .Select(r => CompiledRuleSet.Compile(r, On))
            .ToArray();
        var random = new Random(20261122);
        for (var i = 0; i < 2000; i++)
        {
            var f = RandomFirm(random);
            foreach (var set in sets)
            {
                Assert.True(set.DecideByClosures(f) == set.Decide(f), $"{set.Rules.Id} ({set.Parameters.Values.FirstOrDefault()}), firm {i}");
            }
        }
    }

    private static FactSheet RandomFirm(Random r)
    {
        var f = new FactSheet(2026);
        foreach (var fact in FactCatalog.All)
        {
            for (var back = 0; back < (fact.Annual ? FactCatalog.YearsKept : 1); back++)
            {
                if (r.NextDouble() < 0.04)
                {
                    continue; // missing
                }

                switch (fact.Type)
                {
                    case FactType.Boolean:
                        f.Set(fact.Name, r.NextDouble() < 0.7);
                        break;
                    case FactType.Date:
                        f.Set(fact.Name, new DateOnly(2000, 1, 1).AddDays(r.Next(0, 9800)));
                        break;
                    case FactType.Number when fact.Annual:
                        f.SetYear(fact.Name, 2026 - back, Number(r));
                        break;
                    default:
                        f.Set(fact.Name, Math.Abs(Math.Round(Number(r))));
                        break;
                }
            }
        }

        return f;
    }

    private static decimal Number(Random r) => r.Next(0, 20) switch
    {
        0 => 0,
        1 => -Math.Round((decimal)(r.NextDouble() * 1000), 1),
        2 => 79228162514264337593543950335m / r.Next(1, 4),
        3 => 0.0000000000000000000000000001m * r.Next(1, 1000),
        4 => r.Next(0, 3) * 10,
        _ => Math.Round((decimal)Math.Exp(r.NextDouble() * 10), r.Next(0, 3)),
    };
}
