using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class DeleteAnnualReport
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access)
    {
        public async Task<bool> Handle(Guid enterpriseId, int year, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesEdit);
            if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
            {
                return false;
            }

            var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.EnterpriseId == enterpriseId && r.Year == year, ct);
            if (report is null)
            {
                return false;
            }

            db.AnnualReports.Remove(report);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
