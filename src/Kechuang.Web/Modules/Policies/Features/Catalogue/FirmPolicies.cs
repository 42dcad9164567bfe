using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>
/// One firm against every clause of the published policies, today: the clauses it is entitled to (amount and
/// explanation), the ones it nearly meets (exactly one condition missed, with the gap), and its confirmed fulfilments.
/// Only for a firm in the user's data scope.
/// </summary>
public static class FirmPolicies
{
    public sealed record ClauseVerdict(
        Guid ClauseId, Guid PolicyId, string PolicyTitle, string Number, string Title, string BenefitText, string LeadDepartment,
        string Procedure, string TimeLimit, bool NoApplication, bool IsRecognitionReward, decimal? Amount, string Explanation, string? Gap,
        string RuleSetVersion, bool Confirmed);

    public sealed record FulfilmentRow(
        Guid Id, Guid ClauseId, string PolicyTitle, string ClauseNumber, string ClauseTitle, int Year, decimal? Amount, string Explanation,
        string RuleSetId, string RuleSetVersion, DateTimeOffset ConfirmedAt, string? ConfirmedBy);

    public sealed record Result(
        Guid EnterpriseId, string Name, string CreditCode, DateOnly EvaluatedOn, IReadOnlyList<ClauseVerdict> Entitled,
        IReadOnlyList<ClauseVerdict> Nearly, IReadOnlyList<FulfilmentRow> Fulfilments);

    public sealed class Handler(AppDbContext db, RuleBook rules, EnterpriseFacts facts)
    {
        /// <returns>Null when the firm does not exist or is outside the user's data scope.</returns>
        public async Task<Result?> Handle(Guid enterpriseId, CancellationToken ct)
        {
            var today = rules.Today;
            var firm = await facts.LoadOneAsync(enterpriseId, today, ct);
            if (firm is null)
            {
                return null;
            }

            var clauses = await db.PolicyClauses.AsNoTracking()
                .Join(db.Policies.Where(p => p.IsPublished), c => c.PolicyId, p => p.Id, (c, p) => new { Clause = c, PolicyTitle = p.Title, p.IssuedOn })
                .ToListAsync(ct);
            var fulfilments = await db.Fulfilments.AsNoTracking().Where(f => f.EnterpriseId == enterpriseId)
                .Join(db.PolicyClauses, f => f.ClauseId, c => c.Id, (f, c) => new { f, c })
                .Join(db.Policies, x => x.c.PolicyId, p => p.Id, (x, p) => new FulfilmentRow(
                    x.f.Id, x.c.Id, p.Title, x.c.Number, x.c.Title, x.f.Year, x.f.Amount, x.f.Explanation, x.f.RuleSetId, x.f.RuleSetVersion,
                    x.f.ConfirmedAt, x.f.ConfirmedBy))
                .ToListAsync(ct);
            var confirmedThisYear = fulfilments.Where(f => f.Year == today.Year).Select(f => f.ClauseId).ToHashSet();

            var entitled = new List<ClauseVerdict>();
            var nearly = new List<ClauseVerdict>();
            foreach (var x in clauses.OrderByDescending(x => x.IssuedOn).ThenBy(x => x.Clause.SortOrder))
            {
                var compiled = await rules.InForceAsync(x.Clause.RuleSetId, today, ct);
                if (compiled is null)
                {
                    continue;
                }

                var result = compiled.Evaluate(firm.Facts);
                var c = x.Clause;
                if (result.Outcome == Outcome.Passed)
                {
                    entitled.Add(new ClauseVerdict(c.Id, c.PolicyId, x.PolicyTitle, c.Number, c.Title, c.BenefitText, c.LeadDepartment, c.Procedure,
                        c.TimeLimit, c.NoApplication, c.IsRecognitionReward, EvaluateClause.Amount(result), EvaluateClause.Explain(result), null,
                        result.Version, confirmedThisYear.Contains(c.Id)));
                }
                else if (EvaluateClause.GapOf(result) is { } gap)
                {
                    nearly.Add(new ClauseVerdict(c.Id, c.PolicyId, x.PolicyTitle, c.Number, c.Title, c.BenefitText, c.LeadDepartment, c.Procedure,
                        c.TimeLimit, c.NoApplication, c.IsRecognitionReward, null, result.Benefit?.Explanation ?? "", gap, result.Version, false));
                }
            }

            return new Result(firm.Id, firm.Name, firm.CreditCode, today, entitled, nearly,
                fulfilments.OrderByDescending(f => f.ConfirmedAt).ToList());
        }
    }
}
