using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>Attaches the signed contract text or other proof to a draft, checking type (extension and content signature)
/// and size. A draft may hold several files; the contract text is required before submission.</summary>
public static class UploadContractAttachment
{
    public sealed class Handler(AppDbContext db, CurrentUser user, TechContractAccess access, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid contractId, AttachmentKind kind, string fileName, byte[] content, CancellationToken ct)
        {
            var contract = await access.FindOwnAsync(contractId, ct);
            if (contract is null)
            {
                return null;
            }

            contract.EnsureEditable();
            if (!Enum.IsDefined(kind))
            {
                throw new FieldValidationException("kind", "附件类别无效");
            }

            if (ContractFileRules.Problem(kind, fileName, content) is { } problem)
            {
                throw new FieldValidationException("file", problem);
            }

            var attachment = new TechContractAttachment
            {
                ContractId = contractId,
                Kind = kind,
                FileName = Path.GetFileName(fileName.Trim()),
                Size = content.Length,
                Content = content,
                UploadedAt = clock.GetUtcNow(),
                UploadedBy = user.Name,
            };
            db.TechContractAttachments.Add(attachment);
            await db.SaveChangesAsync(ct);
            return attachment.Id;
        }
    }
}

/// <summary>Downloads an attachment of a contract the user may see.</summary>
public static class GetContractAttachment
{
    public sealed record File(string FileName, byte[] Content);

    public sealed class Handler(AppDbContext db, TechContractAccess access)
    {
        public async Task<File?> Handle(Guid contractId, Guid fileId, CancellationToken ct)
        {
            if (!await access.Visible().AnyAsync(c => c.Id == contractId, ct))
            {
                return null;
            }

            return await db.TechContractAttachments.AsNoTracking().Where(a => a.Id == fileId && a.ContractId == contractId)
                .Select(a => new File(a.FileName, a.Content)).FirstOrDefaultAsync(ct);
        }
    }
}

/// <summary>What a contract's files may be: the contract text as PDF or a scan (JPG/PNG); other proof also as Word, Excel
/// or ZIP; at most <see cref="MaxMegabytes"/> MB each. The bytes must be what the extension says.</summary>
public static class ContractFileRules
{
    public const int MaxMegabytes = 10;

    public static IReadOnlyList<string> Extensions(AttachmentKind kind) => kind == AttachmentKind.ContractText
        ? [".pdf", ".jpg", ".jpeg", ".png"]
        : [".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".zip"];

    public static string? Problem(AttachmentKind kind, string? fileName, byte[]? content)
    {
        var name = TechContractNames.Attachment(kind);
        if (content is null || content.Length == 0 || string.IsNullOrWhiteSpace(fileName))
        {
            return $"请选择“{name}”的文件";
        }

        if (content.Length > MaxMegabytes * 1024L * 1024L)
        {
            return $"“{name}”不能超过 {MaxMegabytes} MB（所选文件 {content.Length / 1024.0 / 1024.0:0.0} MB）";
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var allowed = Extensions(kind);
        if (!allowed.Contains(ext))
        {
            return $"“{name}”只接受 {string.Join("、", allowed.Select(e => e.TrimStart('.').ToUpperInvariant()).Distinct())} 格式";
        }

        var matches = FileSignature.Matches(ext, content);
        return matches ? null : $"文件内容与扩展名 {ext} 不符（文件可能已损坏或被改了扩展名）";
    }
}
