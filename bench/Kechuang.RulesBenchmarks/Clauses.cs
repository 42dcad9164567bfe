using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Model;

namespace Kechuang.RulesBenchmarks;

/// <summary>
/// 20 policy-clause-like rule sets for the whole-city row, made from the shipped ones the way a city's own clauses differ
/// from the national ones: every numeric parameter (limits, ratio thresholds, tiers) scaled by one factor per variant,
/// and in two variants of five one basic condition dropped. Five variants of each of the four shipped sets.
/// </summary>
internal static class Clauses
{
    private static readonly decimal[] Factors = [0.8m, 0.9m, 1.1m, 1.25m, 1.5m];

    public static RuleSet[] Generate(IEnumerable<RuleSet> shipped) =>
        [.. shipped.OrderBy(r => r.Id, StringComparer.Ordinal).SelectMany(r => Factors.Select((factor, k) => Variant(r, factor, k)))];

    private static RuleSet Variant(RuleSet r, decimal factor, int k)
    {
        var parameters = r.Parameters
            .Select(p => p with { Values = [.. p.Values.Select(v => v.IsBoolean ? v : v with { Value = v.Value * factor })] })
            .ToList();
        var conditions = k % 2 == 1 && r.Conditions.Count > 2 ? r.Conditions.Where((_, i) => i != k % r.Conditions.Count).ToList() : r.Conditions;
        return r with
        {
            Id = $"{r.Id}-clause-{k + 1}",
            Name = $"{r.Name}（条款变体 {k + 1}：参数 ×{factor}{(conditions.Count < r.Conditions.Count ? "，少一项基本条件" : "")}）",
            Parameters = parameters,
            Conditions = conditions,
        };
    }

    /// <summary>The outcome put together from an explanation's parts (per-expression delegates, decimal division), to
    /// check the fused Decide against: basic conditions and (direct route or score).</summary>
    public static Outcome Recompose(EvaluationResult e)
    {
        var basic = e.Conditions.Aggregate(Outcome.Passed, (a, c) => And(a, c.Outcome));
        if (e.Score is null)
        {
            return basic;
        }

        var route = e.DirectRoutes.Aggregate(Outcome.Failed, (a, c) => Or(a, c.Outcome));
        return route == Outcome.Passed ? basic : And(basic, Or(route, e.Score.Outcome));
    }

    private static Outcome And(Outcome a, Outcome b) =>
        a == Outcome.Failed || b == Outcome.Failed ? Outcome.Failed : a == Outcome.Unknown || b == Outcome.Unknown ? Outcome.Unknown : Outcome.Passed;

    private static Outcome Or(Outcome a, Outcome b) =>
        a == Outcome.Passed || b == Outcome.Passed ? Outcome.Passed : a == Outcome.Unknown || b == Outcome.Unknown ? Outcome.Unknown : Outcome.Failed;
}
