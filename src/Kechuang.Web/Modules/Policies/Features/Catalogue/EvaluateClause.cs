using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Organisation.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>
/// 免申即享: evaluates one clause over every firm in the user's data scope, today, with the rule set version in force.
/// Entitled firms (all conditions pass) get the amount and an explanation; firms that miss exactly one condition, with
/// nothing unknown, are "nearly" and get the gap. Firms already confirmed for this policy year are marked.
/// </summary>
public static class EvaluateClause
{
    public const string Entitled = "entitled";
    public const string Nearly = "nearly";

    public sealed record Query(Guid ClauseId, string? Outcome = null, string? District = null, int Page = 1, int PageSize = 20);

    public sealed record ClauseInfo(
        Guid Id, Guid PolicyId, string PolicyTitle, string Number, string Title, string RuleSetId, string BenefitText, string LeadDepartment,
        string Procedure, string TimeLimit, bool NoApplication, bool IsRecognitionReward);

    public sealed record FirmVerdict(
        Guid EnterpriseId, string Name, string CreditCode, string DistrictCode, string DistrictName, decimal? Amount, string Explanation,
        string? Gap, string RuleSetId, string RuleSetVersion, bool Confirmed);

    /// <summary>The whole evaluation; the list endpoints page it.</summary>
    public sealed record Evaluation(
        ClauseInfo Clause, int Year, DateOnly EvaluatedOn, string RuleSetVersion, IReadOnlyList<FirmVerdict> Entitled, IReadOnlyList<FirmVerdict> Nearly,
        IReadOnlyDictionary<Guid, string> Visible);

    public sealed record Page(
        ClauseInfo Clause, int Year, DateOnly EvaluatedOn, string RuleSetVersion, string Outcome, int Total, decimal TotalAmount,
        int EntitledCount, int NearlyCount, int ConfirmedCount, IReadOnlyList<FirmVerdict> Items);

    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook rules, EnterpriseFacts facts, OrganisationDirectory organisation)
    {
        /// <returns>Null when there is no such clause.</returns>
        public async Task<Page?> Handle(Query query, CancellationToken ct)
        {
            var outcome = (query.Outcome ?? Entitled).Trim().ToLowerInvariant();
            if (outcome is not (Entitled or Nearly))
            {
                throw new FieldValidationException("outcome", "outcome 只能是 entitled（符合）或 nearly（接近符合）");
            }

            var size = Math.Clamp(query.PageSize, 1, 200);
            var e = await EvaluateAsync(query.ClauseId, query.District, ct);
            if (e is null)
            {
                return null;
            }

            var rows = outcome == Entitled ? e.Entitled : e.Nearly;
            return new Page(
                e.Clause, e.Year, e.EvaluatedOn, e.RuleSetVersion, outcome, rows.Count, e.Entitled.Sum(r => r.Amount ?? 0), e.Entitled.Count, e.Nearly.Count,
                e.Entitled.Count(r => r.Confirmed), rows.Skip(Paging.Skip(query.Page, size)).Take(size).ToList());
        }

        /// <returns>Null when there is no such clause.</returns>
        public async Task<Evaluation?> EvaluateAsync(Guid clauseId, string? district, CancellationToken ct)
        {
            user.Demand(Permissions.FulfilmentConfirm);
            var clause = await ClauseAsync(clauseId, ct);
            if (clause is null)
            {
                return null;
            }

            if (clause.IsRecognitionReward)
            {
                throw new DomainRuleException($"“{clause.Title}”是认定奖励，由认定奖励流程（/rewards）依认定名单办理，不在此确认");
            }

            var today = rules.Today;
            var compiled = await rules.InForceAsync(clause.RuleSetId, today, ct)
                ?? throw new DomainRuleException($"条款“{clause.Title}”的适用条件（规则集 {clause.RuleSetId}）在 {today:yyyy-MM-dd} 没有生效的已发布版本，无法测算");

            var firms = await facts.LoadVisibleAsync(new FactsFilter(DistrictCode: string.IsNullOrWhiteSpace(district) ? null : district.Trim()), today, ct);
            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            var confirmed = (await db.Fulfilments.AsNoTracking().Where(f => f.ClauseId == clauseId && f.Year == today.Year)
                .Select(f => f.EnterpriseId).ToListAsync(ct)).ToHashSet();

            var entitled = new List<FirmVerdict>();
            var nearly = new List<FirmVerdict>();
            foreach (var firm in firms)
            {
                var decided = compiled.Decide(firm.Facts);
                if (decided == Outcome.Unknown)
                {
                    continue; // nothing unknown may remain for "nearly" either
                }

                var result = compiled.Evaluate(firm.Facts);
                var districtName = districts.GetValueOrDefault(firm.DistrictCode, firm.DistrictCode);
                if (result.Outcome == Outcome.Passed)
                {
                    entitled.Add(new FirmVerdict(firm.Id, firm.Name, firm.CreditCode, firm.DistrictCode, districtName, Amount(result),
                        Explain(result), null, result.RuleSetId, result.Version, confirmed.Contains(firm.Id)));
                }
                else if (GapOf(result) is { } gap)
                {
                    nearly.Add(new FirmVerdict(firm.Id, firm.Name, firm.CreditCode, firm.DistrictCode, districtName, null,
                        result.Benefit?.Explanation ?? "", gap, result.RuleSetId, result.Version, confirmed.Contains(firm.Id)));
                }
            }

            return new Evaluation(
                clause, today.Year, today, compiled.Rules.Version,
                entitled.OrderByDescending(r => r.Amount).ThenBy(r => r.Name, StringComparer.Ordinal).ToList(),
                nearly.OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
                firms.ToDictionary(f => f.Id, f => f.Name));
        }

        private Task<ClauseInfo?> ClauseAsync(Guid clauseId, CancellationToken ct) =>
            db.PolicyClauses.AsNoTracking().Where(c => c.Id == clauseId)
                .Join(db.Policies, c => c.PolicyId, p => p.Id, (c, p) => new ClauseInfo(
                    c.Id, p.Id, p.Title, c.Number, c.Title, c.RuleSetId, c.BenefitText, c.LeadDepartment, c.Procedure, c.TimeLimit,
                    c.NoApplication, c.IsRecognitionReward))
                .FirstOrDefaultAsync(ct);
    }

    /// <summary>The amount in 万元 to two decimals (the precision fulfilments are stored with, 0.01 万元 = 100 元).</summary>
    public static decimal? Amount(EvaluationResult result) =>
        result.Benefit?.Amount is { } a ? Math.Round(a, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>The benefit with its formula and figures, then each condition that was met with its values.</summary>
    public static string Explain(EvaluationResult result)
    {
        var passed = result.Conditions.Where(c => c.Outcome == Outcome.Passed).Select(c => c.Explanation);
        var score = result.Score is { Outcome: Outcome.Passed } s ? [s.Explanation] : Array.Empty<string>();
        var benefit = result.Benefit?.Explanation ?? "本条款不涉及金额";
        var text = $"{benefit}。符合条件：{string.Join("；", passed.Concat(score))}。";
        return text.Length <= 4000 ? text : text[..3999] + "…";
    }

    /// <summary>The gap when exactly one condition (or the score) fails and nothing is unknown; null otherwise.</summary>
    public static string? GapOf(EvaluationResult result)
    {
        var checks = result.Conditions.Select(c => (c.Outcome, c.Explanation)).ToList();
        if (result.Score is { } s)
        {
            checks.Add((s.Outcome, s.Explanation));
        }

        if (checks.Any(c => c.Outcome == Outcome.Unknown))
        {
            return null;
        }

        var failed = checks.Where(c => c.Outcome == Outcome.Failed).ToList();
        return failed.Count == 1 ? failed[0].Explanation : null;
    }
}
