using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Policies.Domain;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>What the batch slices share: names and who may look at a batch.</summary>
public static class PaymentBatches
{
    public static string StatusName(BatchStatus status) => status switch
    {
        BatchStatus.Draft => "草稿（待审批）",
        BatchStatus.Approved => "已审批",
    };

    /// <summary>Those who compile batches and those who approve them both read them.</summary>
    public static void DemandRead(CurrentUser user)
    {
        if (!user.Has(Permissions.RewardsManage) && !user.Has(Permissions.RewardsApprove))
        {
            throw new UnauthorizedAccessException(Permissions.RewardsManage);
        }
    }
}
