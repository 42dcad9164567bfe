using System.ComponentModel.DataAnnotations;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>The applicant's part of an application: fixed fields every call has, and answers to the call's own fields.
/// A draft may be incomplete; completeness is checked at submission.</summary>
public sealed class ApplicationForm
{
    [Required(ErrorMessage = "请填写项目名称")]
    [StringLength(200, ErrorMessage = "项目名称不能超过 {1} 个字")]
    public string? Title { get; set; }

    [StringLength(50, ErrorMessage = "技术领域不能超过 {1} 个字")]
    public string? Field { get; set; }

    [StringLength(300, ErrorMessage = "关键词不能超过 {1} 个字")]
    public string? Keywords { get; set; }

    [StringLength(4000, ErrorMessage = "项目摘要不能超过 {1} 个字")]
    public string? Summary { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "申请资助应在 {1}–{2} 万元之间")]
    public decimal RequestedAmount { get; set; }

    public Dictionary<string, string?> Answers { get; set; } = [];

    public long Version { get; set; }
}
