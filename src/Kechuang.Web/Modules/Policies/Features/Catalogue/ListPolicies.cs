using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>
/// The public catalogue (政策库): published policies with their clauses, searchable by words and filterable by lead
/// department and 免申即享. Staff who maintain the catalogue also see unpublished policies. The catalogue is small
/// (dozens of documents), so it is filtered in memory, the same way on both databases.
/// </summary>
public static class ListPolicies
{
    public sealed record Query(string? Search = null, string? Department = null, bool? NoApplication = null);

    public sealed record ClauseRow(
        Guid Id, string Number, string Title, string BenefitText, string LeadDepartment, string Procedure, string TimeLimit,
        string SourceDocument, string RuleSetId, bool NoApplication, bool IsRecognitionReward);

    public sealed record PolicyRow(
        Guid Id, string Title, string DocumentNumber, string Issuer, DateOnly IssuedOn, string? Summary, bool IsPublished, long Version,
        IReadOnlyList<ClauseRow> Clauses);

    public sealed record Result(IReadOnlyList<PolicyRow> Policies, IReadOnlyList<string> Departments, int ClauseCount);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var all = user.Has(Permissions.PoliciesManage);
            var policies = await db.Policies.AsNoTracking().Include(p => p.Clauses)
                .Where(p => all || p.IsPublished)
                .OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Title)
                .ToListAsync(ct);
            var departments = policies.SelectMany(p => p.Clauses).Select(c => c.LeadDepartment).Distinct().Order(StringComparer.Ordinal).ToList();
            var words = (query.Search ?? "").Split([' ', '\u3000', '\t', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            var rows = new List<PolicyRow>();
            foreach (var p in policies)
            {
                var policyMatches = words.All(w => Contains(w, p.Title, p.DocumentNumber, p.Issuer, p.Summary));
                var clauses = p.Clauses
                    .Where(c => query.Department is not { Length: > 0 } d || c.LeadDepartment == d)
                    .Where(c => query.NoApplication is not { } n || c.NoApplication == n)
                    .Where(c => policyMatches || words.All(w => Contains(w, c.Number, c.Title, c.Text, c.BenefitText, c.LeadDepartment, c.Procedure)))
                    .OrderBy(c => c.SortOrder).ThenBy(c => c.Number, StringComparer.Ordinal)
                    .Select(Row).ToList();
                var clauseFilter = query.Department is { Length: > 0 } || query.NoApplication is not null;
                if (clauses.Count > 0 || (p.Clauses.Count == 0 && policyMatches && !clauseFilter))
                {
                    rows.Add(new PolicyRow(p.Id, p.Title, p.DocumentNumber, p.Issuer, p.IssuedOn, p.Summary, p.IsPublished, p.Version, clauses));
                }
            }

            return new Result(rows, departments, rows.Sum(r => r.Clauses.Count));
        }

        private static ClauseRow Row(PolicyClause c) => new(
            c.Id, c.Number, c.Title, c.BenefitText, c.LeadDepartment, c.Procedure, c.TimeLimit, c.SourceDocument, c.RuleSetId, c.NoApplication, c.IsRecognitionReward);

        private static bool Contains(string word, params string?[] texts) =>
            texts.Any(t => t?.Contains(word, StringComparison.OrdinalIgnoreCase) == true);
    }
}
