using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// The figures of a 研发投入归集 declaration (万元) and its supporting attachment, with their rules: one form for a new
/// declaration (<see cref="DeclareRd"/>) and a revision (<see cref="ReviseDeclaration"/>), the API and the pages.
/// </summary>
public abstract class DeclarationFigures : IValidatableObject
{
    public static readonly string[] AllowedExtensions = [".pdf", ".jpg", ".jpeg", ".png", ".xlsx"];

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

    /// <summary>A new declaration needs its attachment; a revision keeps the one it has unless another is given.</summary>
    protected virtual bool AttachmentRequired => true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RdExpense > Revenue)
        {
            yield return new ValidationResult("年度研发费用不能大于营业收入", [nameof(RdExpense)]);
        }

        if ((AttachmentRequired || AttachmentContent is { Length: > 0 }) && AttachmentProblem(AttachmentName, AttachmentContent) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(AttachmentContent)]);
        }
    }

    /// <summary>The attachment's plain file name as stored.</summary>
    public string? StoredAttachmentName => AttachmentName is { } n ? Path.GetFileName(n.Trim()) : null;

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

        var ok = FileSignature.Matches(ext, content);
        return ok ? null : $"证明材料的内容与扩展名 {ext} 不符（文件可能已损坏或被改了扩展名）";
    }
}
