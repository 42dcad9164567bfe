using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>
/// Suggested candidates for a pool: visible firms not in it and not yet on its target rung, that meet the target
/// rule set now or miss it by at most <see cref="MaxGaps"/> conditions; the closest first, each gap in words.
/// </summary>
public static class ListPoolCandidates
{
    public const int MaxGaps = 2;

    public sealed record Candidate(Guid EnterpriseId, string Name, string CreditCode, string DistrictCode, string TierName, Outcome Outcome, int Failed, int Unknown, IReadOnlyList<string> Gaps);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts facts, LadderAssessor assessor, Policies.Contracts.RuleBook rules)
    {
        public async Task<List<Candidate>?> Handle(string code, string? district, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            var pool = await db.CultivationPools.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
            if (pool is null)
            {
                return null;
            }

            var target = await rules.InForceAsync(pool.TargetRuleSetId, assessor.Today, ct);
            if (target is null)
            {
                return [];
            }

            var step = Ladder.Steps.FirstOrDefault(s => s.RuleSetId == pool.TargetRuleSetId);
            var inPool = await db.PoolMemberships.AsNoTracking().Where(m => m.PoolId == pool.Id && m.RemovedOn == null).Select(m => m.EnterpriseId).ToListAsync(ct);
            var firms = await facts.LoadVisibleAsync(new FactsFilter(DistrictCode: district), assessor.Today, ct);
            return firms
                .Where(f => !inPool.Contains(f.Id) && (step is null || f.Tier is null || f.Tier < step.Level))
                .Select(f => (Firm: f, Result: target.Evaluate(f.Facts)))
                .Select(x =>
                {
                    var misses = Standing.Explained(x.Result).Where(c => c.Outcome != Outcome.Passed).ToList();
                    return new Candidate(x.Firm.Id, x.Firm.Name, x.Firm.CreditCode, x.Firm.DistrictCode, Ladder.TierName(x.Firm.Tier), x.Result.Outcome,
                        misses.Count(c => c.Outcome == Outcome.Failed), misses.Count(c => c.Outcome == Outcome.Unknown), misses.Select(c => c.Explanation).ToList());
                })
                .Where(c => c.Failed + c.Unknown <= MaxGaps)
                .OrderBy(c => c.Failed + c.Unknown).ThenBy(c => c.Failed).ThenBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
        }
    }
}
