using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Loading;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>
/// What a draft would change before it is published: every firm is evaluated under the version in force and under
/// the draft, on the same date and the same data, and the differences are counted — firms and money.
/// </summary>
public static class WhatIf
{
    public const int MaxChangedRows = 200;

    public sealed record ParameterChange(string Key, string Name, decimal? Before, decimal After);

    public sealed record ChangedFirm(Guid EnterpriseId, string Name, string CreditCode, Outcome Before, decimal? AmountBefore, Outcome After, decimal? AmountAfter);

    public sealed record Result(
        DateOnly EvaluatedOn, string? CurrentVersion, string DraftVersion, int Firms,
        int PassingBefore, int PassingAfter, int NewlyPassing, int NoLongerPassing, int UnknownBefore, int UnknownAfter,
        decimal AmountBefore, decimal AmountAfter, IReadOnlyList<ParameterChange> Parameters, IReadOnlyList<ChangedFirm> Changed, int ChangedTotal)
    {
        public decimal AmountChange => AmountAfter - AmountBefore;
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook book, EnterpriseFacts facts)
    {
        public async Task<Result?> Handle(Guid draftId, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var draft = await db.RuleSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == draftId, ct);
            if (draft is null)
            {
                return null;
            }

            var rules = RuleText.Parse(draft.RuleSetId, draft.Yaml);
            // The draft's own first day when it starts later, so its dated parameters are the ones it would use.
            var on = rules.EffectiveFrom > book.Today ? rules.EffectiveFrom : book.Today;
            CompiledRuleSet after;
            try
            {
                after = CompiledRuleSet.Compile(rules, on);
            }
            catch (RuleSetException e)
            {
                throw RuleText.Invalid(e.Errors.Select(x => x.ToString()).ToArray());
            }

            var current = await book.VersionInForceAsync(draft.RuleSetId, on, ct) ?? await book.VersionInForceAsync(draft.RuleSetId, book.Today, ct);
            var before = current is null ? null : await book.InForceAsync(draft.RuleSetId, current.IsInForceOn(on) ? on : book.Today, ct);
            var firms = await facts.LoadVisibleAsync(new FactsFilter(), on, ct);

            var rows = firms.Select(f =>
            {
                var b = before?.Decide(f.Facts) ?? Outcome.Failed;
                var a = after.Decide(f.Facts);
                return (Firm: f, Before: b, After: a, AmountBefore: before?.AmountOf(f.Facts), AmountAfter: after.AmountOf(f.Facts));
            }).ToList();
            var changed = rows.Where(r => r.Before != r.After || r.AmountBefore != r.AmountAfter)
                .OrderByDescending(r => Math.Abs((r.AmountAfter ?? 0) - (r.AmountBefore ?? 0))).ThenBy(r => r.Firm.Name, StringComparer.Ordinal).ToList();
            var parameters = after.Parameters
                .Where(p => before?.Parameters.GetValueOrDefault(p.Key) is not { } old || old != p.Value)
                .Select(p => new ParameterChange(p.Key, rules.Parameters.First(x => x.Key == p.Key).Name, before?.Parameters.GetValueOrDefault(p.Key), p.Value))
                .ToList();

            return new Result(on, current?.Rules.Version, rules.Version, rows.Count,
                rows.Count(r => r.Before == Outcome.Passed), rows.Count(r => r.After == Outcome.Passed),
                rows.Count(r => r.Before != Outcome.Passed && r.After == Outcome.Passed), rows.Count(r => r.Before == Outcome.Passed && r.After != Outcome.Passed),
                rows.Count(r => r.Before == Outcome.Unknown), rows.Count(r => r.After == Outcome.Unknown),
                rows.Sum(r => r.AmountBefore ?? 0), rows.Sum(r => r.AmountAfter ?? 0), parameters,
                changed.Take(MaxChangedRows).Select(r => new ChangedFirm(r.Firm.Id, r.Firm.Name, r.Firm.CreditCode, r.Before, r.AmountBefore, r.After, r.AmountAfter)).ToList(),
                changed.Count);
        }
    }
}
