using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Vouchers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>Redemptions as each reader may see them: staff all (by status), a firm its own vouchers', a provider its own.</summary>
public static class ListRedemptions
{
    public sealed record Row(
        Guid Id, string VoucherCode, string EnterpriseName, string ProviderName, RedemptionModel Model, string ModelName, string ContractNo,
        string ServiceType, decimal ServiceFee, decimal Amount, RedemptionStatus Status, string StatusName, string Explanation, string? RejectReason,
        int? PayoutNumber, DateTimeOffset SubmittedAt);

    public sealed class Handler(AppDbContext db, CurrentUser user, UserDirectory users)
    {
        public async Task<List<Row>> Handle(RedemptionStatus? status, CancellationToken ct)
        {
            var query = from r in db.Redemptions.AsNoTracking()
                        join v in db.Vouchers on r.VoucherId equals v.Id
                        join p in db.VoucherProviders on r.ProviderId equals p.Id
                        join o in db.VoucherPayouts on r.PayoutId equals o.Id into payouts
                        from o in payouts.DefaultIfEmpty()
                        select new { r, v.Code, v.EnterpriseId, v.EnterpriseName, Provider = p.Name, p.UnitId, Payout = (int?)o.Number };
            if (!user.Has(Permissions.VouchersManage))
            {
                if (user.EnterpriseId is { } firm)
                {
                    query = query.Where(x => x.EnterpriseId == firm);
                }
                else
                {
                    user.Demand(Permissions.VouchersRedeem);
                    var unit = await users.UnitOfAsync(user.Id ?? Guid.Empty, ct);
                    query = query.Where(x => unit != null && x.UnitId == unit);
                }
            }

            if (status is { } s)
            {
                query = query.Where(x => x.r.Status == s);
            }

            var rows = await query.OrderByDescending(x => x.r.SubmittedAt).Take(1000).ToListAsync(ct);
            return rows.Select(x => new Row(x.r.Id, x.Code, x.EnterpriseName, x.Provider, x.r.Model, VoucherNames.Of(x.r.Model), x.r.ContractNo, x.r.ServiceType,
                x.r.ServiceFee, x.r.Amount, x.r.Status, VoucherNames.Of(x.r.Status), x.r.Explanation, x.r.RejectReason, x.Payout, x.r.SubmittedAt)).ToList();
        }
    }
}
