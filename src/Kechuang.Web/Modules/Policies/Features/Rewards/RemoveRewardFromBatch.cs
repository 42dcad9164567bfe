using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>Takes a reward out of a draft batch; it is pending again and may go into another batch.</summary>
public static class RemoveRewardFromBatch
{
    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <summary>False when the batch does not exist or the reward is not in it.</summary>
        public async Task<bool> Handle(Guid batchId, Guid rewardId, CancellationToken ct)
        {
            user.Demand(Permissions.RewardsManage);
            var batch = await db.PaymentBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            var reward = await db.RecognitionRewards.FirstOrDefaultAsync(r => r.Id == rewardId && r.BatchId == batchId, ct);
            if (batch is null || reward is null)
            {
                return false;
            }

            if (batch.Status != BatchStatus.Draft)
            {
                throw new ConflictException($"拨付批次 {batch.Number} 已审批，不能再移出奖励");
            }

            reward.Status = RewardStatus.Pending;
            reward.BatchId = null;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("该奖励或批次已被他人修改（可能刚刚审批），本次未移出。请刷新后查看");
            }

            return true;
        }
    }
}
