using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>Vouchers: a firm's own; staff all (with balance and expiry).</summary>
public static class ListVouchers
{
    public sealed record Row(Guid Id, string Code, string EnterpriseName, string PolicyName, decimal Amount, decimal Remaining, DateOnly IssuedOn,
        DateOnly ExpiresOn, bool Expired, decimal CoverPercent, decimal CapPerRedemption, string ServiceTypes);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            var vouchers = db.Vouchers.AsNoTracking();
            if (!user.Has(Permissions.VouchersManage))
            {
                user.Demand(Permissions.VouchersApply);
                var own = user.EnterpriseId ?? Guid.Empty;
                vouchers = vouchers.Where(v => v.EnterpriseId == own);
            }

            var today = BeijingTime.Today(clock);
            var rows = await vouchers.Join(db.VoucherPolicies, v => v.PolicyId, p => p.Id, (v, p) => new { v, p })
                .OrderByDescending(x => x.v.IssuedOn).ThenBy(x => x.v.Code).Take(1000).ToListAsync(ct);
            return rows.Select(x => new Row(x.v.Id, x.v.Code, x.v.EnterpriseName, x.p.Name, x.v.Amount, x.v.Remaining, x.v.IssuedOn, x.v.ExpiresOn,
                x.v.IsExpired(today), x.p.CoverPercent, x.p.CapPerRedemption, x.p.ServiceTypes)).ToList();
        }
    }
}
