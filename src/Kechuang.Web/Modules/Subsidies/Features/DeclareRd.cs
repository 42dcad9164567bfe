using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// 研发投入归集: a firm declares its R&amp;D expense for the batch's year with the supporting attachment (enterprise user
/// for its own firm before the deadline; staff for any firm until approval). One declaration per firm per batch.
/// </summary>
public static class DeclareRd
{
    public static readonly string[] AllowedExtensions = [".pdf", ".jpg", ".jpeg", ".png", ".xlsx"];

    public sealed class Request : IValidatableObject
    {
        [Required(ErrorMessage = "请选择申报企业")]
        public Guid? EnterpriseId { get; set; }

        [Display(Name = "年度研发费用")]
        [Range(typeof(decimal), "0", "100000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
        public decimal RdExpense { get; set; }

        [Display(Name = "上年研发费用")]
        [Range(typeof(decimal), "0", "100000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
        public decimal PreviousRdExpense { get; set; }

        [Display(Name = "加计扣除额")]
        [Range(typeof(decimal), "0", "100000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
        public decimal SuperDeductionAmount { get; set; }

        [Display(Name = "营业收入")]
        [Range(typeof(decimal), "0", "100000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
        public decimal Revenue { get; set; }

        [Display(Name = "纳税额")]
        [Range(typeof(decimal), "0", "100000000", ErrorMessage = "{0}应在 {1} 至 {2} 万元之间")]
        public decimal TaxPaid { get; set; }

        [Display(Name = "证明材料文件名")]
        [StringLength(200, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string? AttachmentName { get; set; }

        /// <summary>The attachment's bytes (base64 in JSON).</summary>
        public byte[]? AttachmentContent { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (RdExpense > Revenue)
            {
                yield return new ValidationResult("年度研发费用不能大于营业收入", [nameof(RdExpense)]);
            }

            if (AttachmentProblem(AttachmentName, AttachmentContent) is { } problem)
            {
                yield return new ValidationResult(problem, [nameof(AttachmentContent)]);
            }
        }
    }

    /// <summary>Checks the attachment's presence, size, extension and content signature.</summary>
    public static string? AttachmentProblem(string? name, byte[]? content)
    {
        if (content is null || content.Length == 0 || string.IsNullOrWhiteSpace(name))
        {
            return "请上传研发费用归集证明材料（PDF、JPG、PNG 或 XLSX）";
        }

        if (content.Length > SubsidyDeclaration.MaxAttachmentBytes)
        {
            return $"证明材料不能超过 {SubsidyDeclaration.MaxAttachmentBytes / 1024 / 1024} MB";
        }

        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (!AllowedExtensions.Contains(ext))
        {
            return "证明材料只支持 PDF、JPG、PNG 或 XLSX 格式";
        }

        var ok = ext switch
        {
            ".pdf" => content.AsSpan().StartsWith("%PDF"u8),
            ".jpg" or ".jpeg" => content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
            ".png" => content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]),
            _ => content.AsSpan().StartsWith("PK"u8),
        };
        return ok ? null : $"证明材料的内容与扩展名 {ext} 不符（文件可能已损坏或被改了扩展名）";
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        /// <summary>The declaration's id, or null when the batch does not exist or the firm is not the user's to declare for.</summary>
        public async Task<Guid?> Handle(Guid batchId, Request r, CancellationToken ct)
        {
            SubsidyBatches.DemandDeclare(user);
            Validation.Throw(r);
            var firmUser = SubsidyBatches.IsFirmUser(user);
            var enterpriseId = r.EnterpriseId!.Value;
            if (firmUser && enterpriseId != user.EnterpriseId)
            {
                return null;
            }

            var batch = await db.SubsidyBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null || (await registry.FindVisibleByIdsAsync([enterpriseId], ct)).Count == 0)
            {
                return null;
            }

            batch.DeclarationsChanged();
            if (firmUser && BeijingTime.Today(clock) > batch.DeclarationDeadline)
            {
                throw new DomainRuleException($"申报已于 {batch.DeclarationDeadline:yyyy-MM-dd} 截止，不能再申报。如有特殊情况请联系科技局");
            }

            if (await db.SubsidyDeclarations.AnyAsync(d => d.BatchId == batchId && d.EnterpriseId == enterpriseId, ct))
            {
                throw new ConflictException("该企业已在本批次申报过研发投入，同一批次每家企业只能申报一次（不能重复补助）");
            }

            var declaration = new SubsidyDeclaration
            {
                BatchId = batchId,
                EnterpriseId = enterpriseId,
                RdExpense = r.RdExpense,
                PreviousRdExpense = r.PreviousRdExpense,
                SuperDeductionAmount = r.SuperDeductionAmount,
                Revenue = r.Revenue,
                TaxPaid = r.TaxPaid,
                AttachmentName = Path.GetFileName(r.AttachmentName!.Trim()),
                AttachmentContent = r.AttachmentContent,
                Source = firmUser ? "企业申报" : "工作人员代报",
                DeclaredAt = clock.GetUtcNow(),
                DeclaredBy = user.Name,
            };
            db.SubsidyDeclarations.Add(declaration);
            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            return declaration.Id;
        }
    }
}
