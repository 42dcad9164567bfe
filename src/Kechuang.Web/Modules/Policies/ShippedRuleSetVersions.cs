using Kechuang.Rules;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies;

/// <summary>
/// Puts the rule sets shipped with the app into the database as versions, at every start. A rule set the database
/// has never seen is published at once; a new shipped version of a rule set already in use is stored as a draft, so
/// staff review it (and its what-if) before it replaces the version they publish.
/// </summary>
public static class ShippedRuleSetVersions
{
    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var existing = await db.RuleSetVersions.Select(v => new { v.RuleSetId, v.VersionLabel, v.Status }).ToListAsync(ct);
        foreach (var rules in ShippedRuleSets.List().OrderBy(r => r.Id))
        {
            if (existing.Any(e => e.RuleSetId == rules.Id && e.VersionLabel == rules.Version))
            {
                continue;
            }

            var inUse = existing.Any(e => e.RuleSetId == rules.Id && e.Status == RuleSetStatus.Published);
            db.RuleSetVersions.Add(new RuleSetVersion
            {
                RuleSetId = rules.Id,
                VersionLabel = rules.Version,
                Name = rules.Name,
                Citation = rules.Citation,
                EffectiveFrom = rules.EffectiveFrom,
                EffectiveTo = rules.EffectiveTo,
                Yaml = ShippedRuleSets.YamlOf(rules.Id),
                Status = inUse ? RuleSetStatus.Draft : RuleSetStatus.Published,
                IsShipped = true,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = "系统（随版本发布）",
                PublishedAt = inUse ? null : clock.GetUtcNow(),
                PublishedBy = inUse ? null : "系统（随版本发布）",
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
