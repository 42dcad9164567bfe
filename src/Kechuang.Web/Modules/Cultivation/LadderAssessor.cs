using Kechuang.Rules.Evaluation;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;

namespace Kechuang.Web.Modules.Cultivation;

/// <summary>
/// Where a firm stands: its tier, the next rung, and the next rung's compiled rule set. The verdict is the fast
/// path (<see cref="CompiledRuleSet.Decide"/>); the explanation is built only when a page or an export shows it.
/// </summary>
public sealed record Standing(FirmFacts Firm, LadderStep? Next, CompiledRuleSet? NextRules)
{
    public Outcome? Outcome => NextRules?.Decide(Firm.Facts);

    public EvaluationResult? Explain() => NextRules?.Evaluate(Firm.Facts);

    /// <summary>Conditions first, then the score's extra conditions and the score itself as one line.</summary>
    public static IEnumerable<ConditionResult> Explained(EvaluationResult r) =>
        r.Conditions.Concat(r.Score?.AlsoRequired ?? [])
            .Concat(r.Score is { } s && !r.DirectRoutes.Any(d => d.Outcome == Rules.Evaluation.Outcome.Passed)
                ? [new ConditionResult("score", s.Name, s.Outcome, s.Min, null, [], s.Explanation)]
                : []);
}

/// <summary>Evaluates the ladder's rule sets (the versions in force today) for the firms the current user may see.</summary>
public sealed class LadderAssessor(EnterpriseFacts facts, RuleBook rules)
{
    public DateOnly Today => rules.Today;

    public async Task<List<Standing>> AssessVisibleAsync(FactsFilter filter, CancellationToken ct = default)
    {
        var compiled = await CompiledStepsAsync(ct);
        var firms = await facts.LoadVisibleAsync(filter, Today, ct);
        return firms.Select(f =>
        {
            var next = Ladder.NextAfter(f.Tier);
            return new Standing(f, next, next is null ? null : compiled[next.RuleSetId]);
        }).ToList();
    }

    /// <summary>One firm against every rung (the self-check page); null when the user may not see it.</summary>
    public async Task<(FirmFacts Firm, IReadOnlyList<(LadderStep Step, EvaluationResult? Result)> Steps)?> AssessOneAsync(Guid enterpriseId, CancellationToken ct = default)
    {
        var firm = await facts.LoadOneAsync(enterpriseId, Today, ct);
        if (firm is null)
        {
            return null;
        }

        var compiled = await CompiledStepsAsync(ct);
        return (firm, Ladder.Steps.Select(s => (s, compiled[s.RuleSetId]?.Evaluate(firm.Facts))).ToList());
    }

    public async Task<Dictionary<string, CompiledRuleSet?>> CompiledStepsAsync(CancellationToken ct)
    {
        var result = new Dictionary<string, CompiledRuleSet?>();
        foreach (var step in Ladder.Steps)
        {
            result[step.RuleSetId] = await rules.InForceAsync(step.RuleSetId, Today, ct);
        }

        return result;
    }
}
