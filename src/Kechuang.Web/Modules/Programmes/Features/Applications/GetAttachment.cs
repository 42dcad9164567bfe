using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>Downloads an attachment, for whoever may read the application it belongs to.</summary>
public static class GetAttachment
{
    public sealed record File(string FileName, byte[] Content);

    public sealed class Handler(AppDbContext db, ApplicationAccess access)
    {
        public async Task<File?> Handle(Guid applicationId, Guid attachmentId, CancellationToken ct)
        {
            if (await access.FindReadableAsync(applicationId, ct) is null)
            {
                return null;
            }

            return await db.ApplicationAttachments.AsNoTracking()
                .Where(a => a.Id == attachmentId && a.ApplicationId == applicationId)
                .Select(a => new File(a.FileName, a.Content)).FirstOrDefaultAsync(ct);
        }
    }
}
