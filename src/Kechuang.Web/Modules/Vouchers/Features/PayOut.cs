using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Vouchers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>拨付: every approved redemption is paid in one numbered payout — to the firm or to the provider by model.</summary>
public static class PayOut
{
    public sealed record Result(Guid PayoutId, int Number, int Count, decimal Total);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.VouchersManage);
            var approved = await db.Redemptions.Where(r => r.Status == RedemptionStatus.Approved).ToListAsync(ct);
            if (approved.Count == 0)
            {
                throw new DomainRuleException("没有待拨付的兑付申请");
            }

            var payout = new VoucherPayout
            {
                Number = await db.VoucherPayouts.CountAsync(ct) + 1,
                Count = approved.Count,
                Total = approved.Sum(r => r.Amount),
                PaidAt = clock.GetUtcNow(),
                PaidBy = user.Name,
            };
            db.VoucherPayouts.Add(payout);
            foreach (var r in approved)
            {
                r.Pay(payout.Id);
            }

            await db.SaveChangesAsync(ct);
            return new Result(payout.Id, payout.Number, payout.Count, payout.Total);
        }
    }
}
