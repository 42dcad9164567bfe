using System.Globalization;

using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;

namespace Kechuang.Rules.Evaluation;

/// <summary>
/// Says in plain Chinese how far a firm is from a threshold, and for a ratio of counts or money how much more it
/// needs: "科技人员占比 8.3%，要求不低于 10.0%，还差 1.7 个百分点，即至少再增加 2 名科技人员".
/// </summary>
internal static class Gaps
{
    public static string Describe(CompiledRuleSet set, Condition c, Binary cmp, decimal actual, decimal threshold, Outcome outcome, FactSheet f)
    {
        var unit = UnitOf(set, cmp.Left, c.Unit);
        var op = cmp.Op switch
        {
            ">=" => "不低于",
            ">" => "高于",
            "<=" => "不超过",
            _ => "低于",
        };
        // A score part read as a number (科技人员指标得分 > 0) is in points.
        var points = cmp.Left is NameRef { YearsBack: null } r && set.Rules.Score?.Parts.FirstOrDefault(p => p.Id == r.Name) is { } part ? part : null;
        var head = points is null
            ? $"{Measure(set, cmp.Left, c)} {Format(actual, unit)}，要求{op} {Format(threshold, unit)}"
            : $"{points.Name}得分 {Format(actual, Unit.None)} 分，要求{op} {Format(threshold, Unit.None)} 分";
        if (outcome == Outcome.Passed)
        {
            return head + "，符合";
        }

        var atLeast = cmp.Op is ">=" or ">";
        var gap = atLeast ? threshold - actual : actual - threshold;
        if (gap == 0 || points is not null)
        {
            // Exactly at a strict limit ("高于 0" with 0): there is no amount to state, only that it must be passed.
            return $"{head}，不符合";
        }

        var gapText = unit == Unit.Percent ? $"{(gap * 100).ToString("0.0", CultureInfo.InvariantCulture)} 个百分点" : Format(gap, unit);
        var text = $"{head}，{(atLeast ? "还差" : "超出")} {gapText}";
        return atLeast && Needed(set, cmp, threshold, f) is { } hint ? $"{text}，{hint}" : text;
    }

    /// <summary>For numerator ÷ denominator ≥ t: how many more people, items or 万元 the numerator needs.</summary>
    private static string? Needed(CompiledRuleSet set, Binary cmp, decimal t, FactSheet f)
    {
        var (num, denExpr) = Resolve(set, cmp.Left) switch
        {
            Binary { Op: "/" } d => (d.Left, d.Right),
            Call { Function: "ratio", Args: [var x, var y] } => (x, y),
            _ => (null, null),
        };
        if (num is null || FactSlots(num, f) is not ({ } numFact, { } numSlots) || FactSlots(denExpr!, f) is not ({ } denFact, { } denSlots)
            || numSlots.Concat(denSlots).Any(s => !f.IsKnown(s)))
        {
            return null;
        }

        decimal a = numSlots.Sum(f.Read), b = denSlots.Sum(f.Read);
        var name = numFact.ChineseName.TrimEnd('数');
        if (numFact.Unit is Unit.Persons or Unit.Items && t < 1)
        {
            // 科技人员 are part of 职工: each one hired raises both numerator and denominator.
            var grows = numFact.PartOf == denFact.Name ? 1 : 0;
            var k = Math.Max(1, Math.Ceiling((t * b - a) / (1 - (grows * t))));
            while (k > 1 && Meets(cmp.Op, (a + k - 1) / (b + (grows * (k - 1))), t))
            {
                k--;
            }

            while (!Meets(cmp.Op, (a + k) / (b + (grows * k)), t))
            {
                k++;
            }

            return $"即至少再增加 {k} {(numFact.Unit == Unit.Persons ? "名" : "项")}{name}";
        }

        return numFact.Unit == Unit.TenThousandYuan ? $"即{name}至少再增加 {Format((t * b) - a, Unit.TenThousandYuan)}" : null;
    }

    /// <summary>A fact or sum(fact, k): which fact and which slots it adds up.</summary>
    private static (FactDefinition, int[])? FactSlots(Expr e, FactSheet f) => e switch
    {
        NameRef r when FactCatalog.Find(r.Name) is { } fact => (fact, [FactCatalog.SlotOf(r.Name, r.YearsBack ?? 0)]),
        Call { Function: "sum", Args: [NameRef r, NumberLiteral k, ..] } sum when FactCatalog.Find(r.Name) is { } fact =>
            (fact, Enumerable.Range(1, YearsSummed((int)k.Value, sum.Args.Skip(2).ToList(), f)).Select(back => FactCatalog.SlotOf(r.Name, back)).ToArray()),
        _ => null,
    };

    /// <summary>The years sum(fact, k, since) adds: k, or fewer for a firm founded since (same rule as the function).</summary>
    private static int YearsSummed(int k, IReadOnlyList<Expr> since, FactSheet f)
    {
        if (since is not [NameRef { YearsBack: null } date] || FactCatalog.Find(date.Name) is not { Type: FactType.Date })
        {
            return k;
        }

        var slot = FactCatalog.SlotOf(date.Name, 0);
        return f.IsKnown(slot) ? Math.Clamp(f.EvaluationYear - DateOnly.FromDayNumber((int)f.Read(slot)).Year, 1, k) : k;
    }

    private static bool Meets(string op, decimal value, decimal t) => op == ">" ? value > t : value >= t;

    private static Expr Resolve(CompiledRuleSet set, Expr e) =>
        e is NameRef r && set.Rules.Derived.FirstOrDefault(d => d.Key == r.Name) is { } d ? Resolve(set, d.Expr) : e;

    private static string Measure(CompiledRuleSet set, Expr e, Condition c) => e switch
    {
        NameRef r when set.Rules.Derived.FirstOrDefault(d => d.Key == r.Name) is { } d => d.Name,
        NameRef r when FactCatalog.Find(r.Name) is { } fact => fact.ChineseName,
        Call { Function: "sum", Args: [NameRef r, NumberLiteral k] } when FactCatalog.Find(r.Name) is { } fact => $"近 {k.Value} 年{fact.ChineseName}合计",
        _ => c.Name,
    };

    public static Unit UnitOf(CompiledRuleSet set, Expr e, Unit? declared = null) => declared ?? e switch
    {
        Binary { Op: "/" } or Call { Function: "ratio" or "growth" } => Unit.Percent,
        Binary { Op: "+" or "-" } b => UnitOf(set, b.Left),
        NameRef r when FactCatalog.Find(r.Name) is { } fact => fact.Unit,
        NameRef r when set.Rules.Derived.FirstOrDefault(d => d.Key == r.Name) is { } d => UnitOf(set, d.Expr, d.Unit),
        Call { Function: "sum", Args: [NameRef r, ..] } when FactCatalog.Find(r.Name) is { } fact => fact.Unit,
        Call { Function: "years_since" } => Unit.Years,
        Call { Function: "min" or "max" or "best_of", Args: [var first, ..] } => UnitOf(set, first),
        _ => Unit.None,
    };

    public static string Format(decimal value, Unit unit)
    {
        var n = value.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            Unit.Percent => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            Unit.TenThousandYuan => $"{n} 万元",
            Unit.Persons => $"{n} 人",
            Unit.Items => $"{n} 项",
            Unit.Years => $"{n} 年",
            Unit.None => value.ToString("0.####", CultureInfo.InvariantCulture),
        };
    }
}
