using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class DeleteEnterprise
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access)
    {
        /// <summary>Soft-deletes: the row stays, hidden, with its history. False when not visible.</summary>
        public async Task<bool> Handle(Guid id, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesDelete);
            var enterprise = await (await access.VisibleAsync(ct)).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise is null)
            {
                return false;
            }

            db.Enterprises.Remove(enterprise);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
