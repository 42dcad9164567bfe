using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>
/// 检查新认定: creates the rewards missing for first recognitions issued while a reward rule set was in force
/// (recorded before the reward existed, imported, or seeded). Running it again creates nothing.
/// </summary>
public static class SweepRecognitionRewards
{
    public sealed record Result(int Checked, int Created, decimal Amount);

    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook rules, RewardRecognition.Handler reward)
    {
        public Task<Result> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.RewardsManage);
            return RunAsync(ct);
        }

        /// <summary>Without a permission check: for the system itself (demo seeding).</summary>
        public async Task<Result> RunAsync(CancellationToken ct)
        {
            var published = await rules.PublishedAsync(ct);
            var recognitions = new List<QualificationRecorded>();
            foreach (var kind in RewardKinds.All)
            {
                var versions = published.Where(p => p.Rules.Id == kind.RuleSetId).Select(p => p.Rules).ToList();
                if (versions.Count == 0)
                {
                    continue;
                }

                var from = versions.Min(v => v.EffectiveFrom);
                var to = versions.Any(v => v.EffectiveTo is null) ? rules.Today : versions.Max(v => v.EffectiveTo!.Value);
                recognitions.AddRange(await Recognitions.FirstOfLevelAsync(db, kind.Level, from, to < rules.Today ? to : rules.Today, ct));
            }

            var created = await reward.RewardAsync(recognitions, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Someone else created the same rewards at the same moment (the recognition key is unique).
                throw new ConflictException("其他人正在同时检查新认定，本次未保存，请稍后重试");
            }

            return new Result(recognitions.Count, created.Count, created.Sum(r => r.Amount));
        }
    }
}
