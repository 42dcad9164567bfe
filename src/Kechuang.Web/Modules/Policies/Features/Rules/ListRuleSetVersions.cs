using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>Every version of every rule set, drafts included, for the staff who maintain them.</summary>
public static class ListRuleSetVersions
{
    public sealed record Row(
        Guid Id, string RuleSetId, string Name, string VersionLabel, RuleSetStatus Status, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
        string Citation, bool IsShipped, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var rows = await db.RuleSetVersions.AsNoTracking()
                .Select(v => new Row(v.Id, v.RuleSetId, v.Name, v.VersionLabel, v.Status, v.EffectiveFrom, v.EffectiveTo, v.Citation, v.IsShipped,
                    v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy))
                .ToListAsync(ct);
            // Ordered in memory: SQLite cannot order by DateTimeOffset.
            return rows.OrderBy(r => r.RuleSetId, StringComparer.Ordinal).ThenByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.CreatedAt).ToList();
        }
    }
}
