using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Calls;

/// <summary>发布 (portal-visible, accepting by date) or 关闭 (no more applications; how an all-year call ends).</summary>
public static class PublishCall
{
    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid id, bool publish, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (call is null)
            {
                return false;
            }

            if (publish)
            {
                call.Publish(clock.GetUtcNow());
            }
            else
            {
                call.Close();
            }

            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
