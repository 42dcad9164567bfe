using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Model;
using Kechuang.Web.Modules.Policies.Contracts;

namespace Kechuang.Web.Modules.Policies.Features;

/// <summary>
/// The published rule sets with their versions, each with every condition, dated parameter and benefit formula:
/// public, as policies are. The details shown are those of the version in force today (or the latest published).
/// </summary>
public static class ListRuleSets
{
    public sealed record ParameterView(string Key, string Name, IReadOnlyList<ParameterValueView> Values);

    public sealed record ParameterValueView(DateOnly From, DateOnly? To, decimal Value);

    public sealed record ConditionView(string Id, string Name, string? Citation, string Expression);

    public sealed record VersionView(Guid Id, string Version, DateOnly From, DateOnly? To, bool InForce);

    public sealed record BenefitView(string Name, string Formula);

    public sealed record RuleSetView(
        string Id, string Name, string Version, string Citation, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool IsEditableDefault,
        string? Note, IReadOnlyList<ParameterView> Parameters, IReadOnlyList<ConditionView> Conditions, string? ScoreName,
        IReadOnlyList<ConditionView> DirectRoutes, BenefitView? Benefit, IReadOnlyList<VersionView> Versions);

    public sealed record FactView(string Name, string ChineseName, string Type, bool Annual);

    public sealed class Handler(RuleBook book)
    {
        public async Task<IReadOnlyList<RuleSetView>> Handle(CancellationToken ct)
        {
            var today = book.Today;
            return (await book.PublishedAsync(ct)).GroupBy(v => v.Rules.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var shown = g.FirstOrDefault(v => v.IsInForceOn(today)) ?? g.MaxBy(v => v.From)!;
                var r = shown.Rules;
                return new RuleSetView(
                    r.Id, r.Name, r.Version, r.Citation, shown.From, shown.To, r.IsEditableDefault, r.Note,
                    r.Parameters.Select(p => new ParameterView(p.Key, p.Name, p.Values.Select(v => new ParameterValueView(v.From, v.To, v.Value)).ToList())).ToList(),
                    r.Conditions.Select(View).ToList(),
                    r.Score?.Name,
                    r.DirectRoutes.Select(View).ToList(),
                    r.Benefit is { } b ? new BenefitView(b.Name, Printer.Print(b.Expr)) : null,
                    g.OrderByDescending(v => v.From).Select(v => new VersionView(v.VersionId, v.Rules.Version, v.From, v.To, v.IsInForceOn(today))).ToList());
            }).ToList();
        }

        /// <summary>The facts a posted fact set may contain.</summary>
        public IReadOnlyList<FactView> Facts() =>
            FactCatalog.All.Select(f => new FactView(f.Name, f.ChineseName, f.Type.ToString(), f.Annual)).ToList();

        private static ConditionView View(Condition c) => new(c.Id, c.Name, c.Citation, Printer.Print(c.Expr));
    }
}
