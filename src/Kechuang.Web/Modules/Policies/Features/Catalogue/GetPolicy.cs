using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>
/// A policy with every clause published in full: text, conditions (names and citations from the rule set version in
/// force, with its parameter values), benefit in words and its formula, lead department, procedure, time limit, source.
/// </summary>
public static class GetPolicy
{
    public sealed record ClauseDetails(
        Guid Id, string Number, string Title, string Text, string RuleSetId, string BenefitText, string LeadDepartment, string Procedure,
        string TimeLimit, string SourceDocument, bool NoApplication, bool IsRecognitionReward, int SortOrder, long Version,
        RuleDescription? Rules);

    public sealed record Details(
        Guid Id, string Title, string DocumentNumber, string Issuer, DateOnly IssuedOn, string? Summary, bool IsPublished, long Version,
        DateOnly RulesOn, IReadOnlyList<ClauseDetails> Clauses);

    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook rules)
    {
        /// <returns>Null when there is no such policy, or it is unpublished and the user does not maintain the catalogue.</returns>
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var all = user.Has(Permissions.PoliciesManage);
            var p = await db.Policies.AsNoTracking().Include(x => x.Clauses).FirstOrDefaultAsync(x => x.Id == id && (all || x.IsPublished), ct);
            if (p is null)
            {
                return null;
            }

            var today = rules.Today;
            var clauses = new List<ClauseDetails>();
            foreach (var c in p.Clauses.OrderBy(c => c.SortOrder).ThenBy(c => c.Number, StringComparer.Ordinal))
            {
                var compiled = await rules.InForceAsync(c.RuleSetId, today, ct);
                clauses.Add(new ClauseDetails(
                    c.Id, c.Number, c.Title, c.Text, c.RuleSetId, c.BenefitText, c.LeadDepartment, c.Procedure, c.TimeLimit, c.SourceDocument,
                    c.NoApplication, c.IsRecognitionReward, c.SortOrder, c.Version, compiled is null ? null : RuleDescription.Of(compiled)));
            }

            return new Details(p.Id, p.Title, p.DocumentNumber, p.Issuer, p.IssuedOn, p.Summary, p.IsPublished, p.Version, today, clauses);
        }
    }
}
