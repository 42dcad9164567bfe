using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>Staff approve a redemption (it waits for the next payout) or return it with a reason, which gives the
/// reserved amount back to the voucher.</summary>
public static class DecideRedemption
{
    public sealed record Command(bool Approve, string? Reason);

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier)
    {
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.VouchersManage);
            var redemption = await db.Redemptions.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (redemption is null)
            {
                return false;
            }

            var voucher = await db.Vouchers.FirstAsync(v => v.Id == redemption.VoucherId, ct);
            if (command.Approve)
            {
                redemption.Approve(user.Name);
            }
            else
            {
                var reason = command.Reason?.Trim() is { Length: >= 4 } r ? r : throw new FieldValidationException("reason", "退回须写明理由（至少 4 个字）");
                redemption.Reject(reason, user.Name);
                voucher.Release(redemption.Amount);
            }

            notifier.NotifyEnterprise(voucher.EnterpriseId, command.Approve ? "创新券兑付已审核" : "创新券兑付被退回",
                command.Approve ? $"创新券 {voucher.Code} 合同 {redemption.ContractNo} 兑付 {redemption.Amount:0.##} 万元已审核，待拨付。"
                    : $"创新券 {voucher.Code} 合同 {redemption.ContractNo} 兑付被退回：{redemption.RejectReason}。额度已退还。", "/my-vouchers");
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
