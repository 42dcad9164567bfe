using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>
/// One firm against every rung of the ladder, each condition explained with its gap, plus its pool stays: the
/// firm's self-check page (企业自评体检), and what its grid officer and the bureau see for it.
/// </summary>
public static class GetFirmStanding
{
    public sealed record Step(string Name, string RuleSetId, bool Held, bool IsNext, EvaluationResult? Result);

    public sealed record PoolStay(string PoolName, DateOnly AdmittedOn, string AdmissionReason, DateOnly? RemovedOn, string? RemovalReason);

    public sealed record Details(
        Guid Id, string Name, string CreditCode, QualificationLevel? Tier, string TierName, string? NextStep, DateOnly EvaluatedOn,
        int EvaluationYear, IReadOnlyList<Step> Steps, IReadOnlyList<PoolStay> Pools);

    public sealed class Handler(LadderAssessor assessor, AppDbContext db, CurrentUser user)
    {
        public async Task<Details?> Handle(Guid enterpriseId, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            if (await assessor.AssessOneAsync(enterpriseId, ct) is not { } assessed)
            {
                return null;
            }

            var (firm, steps) = assessed;
            var next = Ladder.NextAfter(firm.Tier);
            var pools = await db.PoolMemberships.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId)
                .Join(db.CultivationPools, m => m.PoolId, p => p.Id, (m, p) => new PoolStay(p.Name, m.AdmittedOn, m.AdmissionReason, m.RemovedOn, m.RemovalReason))
                .ToListAsync(ct);
            return new Details(firm.Id, firm.Name, firm.CreditCode, firm.Tier, Ladder.TierName(firm.Tier), next?.Name, assessor.Today,
                firm.Facts.EvaluationYear,
                steps.Select(s => new Step(s.Step.Name, s.Step.RuleSetId, firm.Tier >= s.Step.Level, s.Step == next, s.Result)).ToList(),
                pools.OrderByDescending(p => p.AdmittedOn).ToList());
        }
    }
}
