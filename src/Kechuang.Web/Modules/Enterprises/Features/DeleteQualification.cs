using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class DeleteQualification
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access)
    {
        public async Task<bool> Handle(Guid enterpriseId, Guid qualificationId, CancellationToken ct)
        {
            access.Demand(Permissions.QualificationsEdit);
            if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
            {
                return false;
            }

            var q = await db.Qualifications.FirstOrDefaultAsync(x => x.Id == qualificationId && x.EnterpriseId == enterpriseId, ct);
            if (q is null)
            {
                return false;
            }

            db.Qualifications.Remove(q);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
