using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>Attaches a file for one of the call's attachment requirements, checking type (extension and content
/// signature) and size. A new file replaces the current one; the old row stays for earlier revisions.</summary>
public static class UploadAttachment
{
    public sealed class Handler(AppDbContext db, CurrentUser user, ApplicationAccess access, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid applicationId, string requirementKey, string fileName, byte[] content, CancellationToken ct)
        {
            var application = await access.FindOwnAsync(applicationId, ct);
            if (application is null)
            {
                return null;
            }

            application.EnsureEditable();
            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
            var requirement = call.Settings.Attachments.FirstOrDefault(a => a.Key == requirementKey)
                ?? throw new FieldValidationException("requirementKey", $"该指南不要求“{requirementKey}”这一附件");
            if (FileRules.Problem(requirement, fileName, content) is { } problem)
            {
                throw new FieldValidationException("file", problem);
            }

            var now = clock.GetUtcNow();
            foreach (var old in await db.ApplicationAttachments
                         .Where(a => a.ApplicationId == applicationId && a.RequirementKey == requirementKey && a.ReplacedAt == null).ToListAsync(ct))
            {
                old.ReplacedAt = now;
            }

            var attachment = new ApplicationAttachment
            {
                ApplicationId = applicationId,
                RequirementKey = requirementKey,
                FileName = Path.GetFileName(fileName.Trim()),
                Size = content.Length,
                Content = content,
                UploadedAt = now,
                UploadedBy = user.Name,
            };
            db.ApplicationAttachments.Add(attachment);
            await db.SaveChangesAsync(ct);
            return attachment.Id;
        }
    }
}

/// <summary>File checks shared by every upload of this module: size, extension, and that the bytes are what the extension says.</summary>
public static class FileRules
{
    public static string? Problem(AttachmentRequirement requirement, string? fileName, byte[]? content)
    {
        if (content is null || content.Length == 0 || string.IsNullOrWhiteSpace(fileName))
        {
            return $"请选择“{requirement.Name}”的文件";
        }

        if (content.Length > requirement.MaxMegabytes * 1024L * 1024L)
        {
            return $"“{requirement.Name}”不能超过 {requirement.MaxMegabytes} MB（所选文件 {content.Length / 1024.0 / 1024.0:0.0} MB）";
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (!requirement.ExtensionList.Contains(ext))
        {
            return $"“{requirement.Name}”只接受 {string.Join("、", requirement.ExtensionList.Select(e => e.TrimStart('.').ToUpperInvariant()))} 格式";
        }

        var matches = FileSignature.Matches(ext, content);
        return matches ? null : $"文件内容与扩展名 {ext} 不符（文件可能已损坏或被改了扩展名）";
    }
}
