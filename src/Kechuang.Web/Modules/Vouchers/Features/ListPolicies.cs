using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>Voucher rounds with what is left of each budget; public (the portal and firms read them).</summary>
public static class ListPolicies
{
    public sealed record Row(
        Guid Id, string Name, int Year, decimal CoverPercent, decimal CapPerRedemption, decimal CapPerFirmPerYear, string ServiceTypes,
        int ValidityDays, DateOnly OpensOn, DateOnly ClosesOn, decimal Budget, decimal Issued, decimal Remaining, string? WhyNotOpen);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            var today = BeijingTime.Today(clock);
            return (await db.VoucherPolicies.AsNoTracking().OrderByDescending(p => p.OpensOn).ToListAsync(ct))
                .Select(p => new Row(p.Id, p.Name, p.Year, p.CoverPercent, p.CapPerRedemption, p.CapPerFirmPerYear, p.ServiceTypes, p.ValidityDays,
                    p.OpensOn, p.ClosesOn, p.Budget, p.Issued, p.Remaining, p.WhyNotOpen(today))).ToList();
        }
    }
}
