using Kechuang.Rules;
using Kechuang.Rules.Facts;

namespace Kechuang.Web.Modules.Policies.Features;

/// <summary>The rule sets in force and their versions, with every condition and dated parameter: public, as policies are.</summary>
public static class ListRuleSets
{
    public sealed record ParameterView(string Key, string Name, IReadOnlyList<ParameterValueView> Values);

    public sealed record ParameterValueView(DateOnly From, DateOnly? To, decimal Value);

    public sealed record ConditionView(string Id, string Name, string? Citation);

    public sealed record RuleSetView(
        string Id, string Name, string Version, string Citation, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool IsEditableDefault,
        string? Note, IReadOnlyList<ParameterView> Parameters, IReadOnlyList<ConditionView> Conditions, string? ScoreName,
        IReadOnlyList<ConditionView> DirectRoutes);

    public sealed record FactView(string Name, string ChineseName, string Type, bool Annual);

    public sealed class Handler
    {
        public IReadOnlyList<RuleSetView> Handle() =>
            ShippedRuleSets.List().OrderBy(r => r.Id).Select(r => new RuleSetView(
                r.Id, r.Name, r.Version, r.Citation, r.EffectiveFrom, r.EffectiveTo, r.IsEditableDefault, r.Note,
                r.Parameters.Select(p => new ParameterView(p.Key, p.Name, p.Values.Select(v => new ParameterValueView(v.From, v.To, v.Value)).ToList())).ToList(),
                r.Conditions.Select(c => new ConditionView(c.Id, c.Name, c.Citation)).ToList(),
                r.Score?.Name,
                r.DirectRoutes.Select(c => new ConditionView(c.Id, c.Name, c.Citation)).ToList())).ToList();

        /// <summary>The facts a posted fact set may contain.</summary>
        public IReadOnlyList<FactView> Facts() =>
            FactCatalog.All.Select(f => new FactView(f.Name, f.ChineseName, f.Type.ToString(), f.Annual)).ToList();
    }
}
