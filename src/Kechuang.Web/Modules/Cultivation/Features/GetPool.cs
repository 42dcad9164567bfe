using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>
/// A pool's members (open stays, or all stays with history) within the user's data scope, each with its readiness
/// for the pool's target rule set, and admissions counted by district and by year.
/// </summary>
public static class GetPool
{
    public sealed record Member(
        Guid MembershipId, Guid EnterpriseId, string Name, string CreditCode, string DistrictCode, string TierName,
        DateOnly AdmittedOn, string AdmissionReason, DateOnly? RemovedOn, string? RemovalReason, Outcome? TargetOutcome, string? FirstGap, long Version);

    public sealed record YearCount(int Year, int Admitted, int Removed);

    public sealed record DistrictCount(string DistrictCode, int Members, int AdmittedThisYear);

    public sealed record Details(
        Guid Id, string Code, string Name, string TargetRuleSetId, string? Description, IReadOnlyList<Member> Members,
        IReadOnlyList<YearCount> ByYear, IReadOnlyList<DistrictCount> ByDistrict);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts facts, LadderAssessor assessor, Policies.Contracts.RuleBook rules)
    {
        public async Task<Details?> Handle(string code, bool includeRemoved, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            var pool = await db.CultivationPools.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
            if (pool is null)
            {
                return null;
            }

            var today = assessor.Today;
            var firms = (await facts.LoadVisibleAsync(new FactsFilter(), today, ct)).ToDictionary(f => f.Id);
            var stays = (await db.PoolMemberships.AsNoTracking().Where(m => m.PoolId == pool.Id).ToListAsync(ct))
                .Where(m => firms.ContainsKey(m.EnterpriseId)).ToList();
            var target = await rules.InForceAsync(pool.TargetRuleSetId, today, ct);
            var members = stays.Where(m => includeRemoved || m.RemovedOn is null)
                .Select(m =>
                {
                    var firm = firms[m.EnterpriseId];
                    var result = target?.Evaluate(firm.Facts);
                    var gap = result is null ? null : Standing.Explained(result).FirstOrDefault(c => c.Outcome != Outcome.Passed)?.Explanation;
                    return new Member(m.Id, firm.Id, firm.Name, firm.CreditCode, firm.DistrictCode, Ladder.TierName(firm.Tier),
                        m.AdmittedOn, m.AdmissionReason, m.RemovedOn, m.RemovalReason, result?.Outcome, gap, m.Version);
                })
                .OrderBy(m => m.RemovedOn is not null).ThenByDescending(m => m.AdmittedOn).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
            var byYear = stays.Select(s => s.AdmittedOn.Year).Concat(stays.Where(s => s.RemovedOn is not null).Select(s => s.RemovedOn!.Value.Year))
                .Distinct().OrderDescending()
                .Select(y => new YearCount(y, stays.Count(s => s.AdmittedOn.Year == y), stays.Count(s => s.RemovedOn?.Year == y))).ToList();
            var byDistrict = stays.GroupBy(s => firms[s.EnterpriseId].DistrictCode).OrderBy(g => g.Key)
                .Select(g => new DistrictCount(g.Key, g.Count(s => s.RemovedOn is null), g.Count(s => s.AdmittedOn.Year == today.Year))).ToList();
            return new Details(pool.Id, pool.Code, pool.Name, pool.TargetRuleSetId, pool.Description, members, byYear, byDistrict);
        }
    }
}
