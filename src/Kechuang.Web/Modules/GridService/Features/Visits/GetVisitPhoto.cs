using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Visits;

/// <summary>A visit photo, for the officer who took it and grid managers.</summary>
public static class GetVisitPhoto
{
    public sealed record Photo(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Photo?> Handle(Guid id, CancellationToken ct)
        {
            var manager = user.Has(Permissions.GridManage);
            var me = user.Id;
            return await db.VisitPhotos.AsNoTracking()
                .Where(p => p.Id == id && (manager || db.Visits.Any(v => v.Id == p.VisitId && v.OfficerUserId == me)))
                .Select(p => new Photo(p.FileName, p.ContentType, p.Content)).FirstOrDefaultAsync(ct);
        }
    }
}
