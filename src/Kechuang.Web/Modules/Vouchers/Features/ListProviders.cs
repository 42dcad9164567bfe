using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>The registered voucher service bodies (public: firms choose among them).</summary>
public static class ListProviders
{
    public sealed record Row(Guid Id, string Name, string ServiceTypes);

    public sealed class Handler(AppDbContext db)
    {
        public Task<List<Row>> Handle(CancellationToken ct) =>
            db.VoucherProviders.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Name).Select(p => new Row(p.Id, p.Name, p.ServiceTypes)).ToListAsync(ct);
    }
}
