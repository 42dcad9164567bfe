using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>A declaration's supporting attachment (staff).</summary>
public static class GetAttachment
{
    public sealed record File(string FileName, string ContentType, byte[] Bytes);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<File?> Handle(Guid batchId, Guid declarationId, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            var d = await db.SubsidyDeclarations.AsNoTracking().Where(x => x.Id == declarationId && x.BatchId == batchId)
                .Select(x => new { x.AttachmentName, x.AttachmentContent }).FirstOrDefaultAsync(ct);
            if (d?.AttachmentContent is not { } bytes || d.AttachmentName is not { } name)
            {
                return null;
            }

            var type = Path.GetExtension(name).ToLowerInvariant() switch
            {
                ".pdf" => "application/pdf",
                ".jpg" or ".jpeg" => "image/jpeg",
                ".png" => "image/png",
                _ => ContentTypes.Xlsx,
            };
            return new File(name, type, bytes);
        }
    }
}
