using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>What a firm (or a grid officer for it) types for a demand; checked the same on the page and the API.</summary>
public sealed class DemandForm : IValidatableObject
{
    /// <summary>The firm; a firm user may leave it empty (their own firm).</summary>
    public Guid? EnterpriseId { get; set; }

    [Display(Name = "需求名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, MinimumLength = 4, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Title { get; set; } = "";

    [Display(Name = "需求描述")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Description { get; set; } = "";

    [Display(Name = "技术领域")]
    [Required(ErrorMessage = "请选择{0}")]
    public string Field { get; set; } = "";

    [Display(Name = "关键词")]
    [StringLength(300, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string Keywords { get; set; } = "";

    [Display(Name = "预算下限（万元）")]
    [Range(0, 1_000_000, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public decimal? BudgetMin { get; set; }

    [Display(Name = "预算上限（万元）")]
    [Range(0, 1_000_000, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public decimal? BudgetMax { get; set; }

    public DateOnly? Deadline { get; set; }

    public bool IsPublic { get; set; } = true;

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Field) && !HighTechFieldNames.All.Contains(Field))
        {
            yield return new ValidationResult("技术领域须从高新技术领域中选择", [nameof(Field)]);
        }

        if (BudgetMin is { } min && BudgetMax is { } max && min > max)
        {
            yield return new ValidationResult("预算下限不能高于上限", [nameof(BudgetMax)]);
        }
    }

    public static string NormaliseKeywords(string keywords) =>
        string.Join("；", keywords.Split(['；', ';', '，', ',', '、', ' ', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(20));
}

public sealed class AchievementForm : IValidatableObject
{
    [Display(Name = "成果名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, MinimumLength = 4, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Title { get; set; } = "";

    [Display(Name = "成果简介")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Abstract { get; set; } = "";

    [Display(Name = "持有单位")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string OwnerName { get; set; } = "";

    public OwnerKind OwnerKind { get; set; } = OwnerKind.University;

    [Display(Name = "所在区县")]
    public string? DistrictCode { get; set; }

    [Display(Name = "技术领域")]
    [Required(ErrorMessage = "请选择{0}")]
    public string Field { get; set; } = "";

    [StringLength(300, ErrorMessage = "关键词不能超过 {1} 个字")]
    public string Keywords { get; set; } = "";

    public Maturity Maturity { get; set; } = Maturity.Pilot;

    [StringLength(500, ErrorMessage = "专利号不能超过 {1} 个字")]
    public string PatentNumbers { get; set; } = "";

    public TransferMode TransferMode { get; set; } = TransferMode.Licence;

    [StringLength(100, ErrorMessage = "价格参考不能超过 {1} 个字")]
    public string? PriceGuidance { get; set; }

    [Display(Name = "联系人")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string ContactName { get; set; } = "";

    [Display(Name = "联系电话")]
    [Required(ErrorMessage = "请填写{0}")]
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "{0}格式不正确")]
    public string ContactPhone { get; set; } = "";

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Field) && !HighTechFieldNames.All.Contains(Field))
        {
            yield return new ValidationResult("技术领域须从高新技术领域中选择", [nameof(Field)]);
        }

        if (!Enum.IsDefined(Maturity) || !Enum.IsDefined(TransferMode) || !Enum.IsDefined(OwnerKind))
        {
            yield return new ValidationResult("成熟度、转化方式或单位类型无效", [nameof(Maturity)]);
        }
    }
}

public sealed class ServiceOfferForm : IValidatableObject
{
    [Display(Name = "服务名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, MinimumLength = 4, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Title { get; set; } = "";

    [Display(Name = "服务内容")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Description { get; set; } = "";

    [Display(Name = "服务机构")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string ProviderName { get; set; } = "";

    public ServiceKind Kind { get; set; } = ServiceKind.Testing;

    public string? DistrictCode { get; set; }

    [Display(Name = "技术领域")]
    [Required(ErrorMessage = "请选择{0}")]
    public string Field { get; set; } = "";

    [StringLength(300, ErrorMessage = "关键词不能超过 {1} 个字")]
    public string Keywords { get; set; } = "";

    [StringLength(100, ErrorMessage = "价格参考不能超过 {1} 个字")]
    public string? PriceGuidance { get; set; }

    [Display(Name = "联系人")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string ContactName { get; set; } = "";

    [Display(Name = "联系电话")]
    [Required(ErrorMessage = "请填写{0}")]
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "{0}格式不正确")]
    public string ContactPhone { get; set; } = "";

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Field) && !HighTechFieldNames.All.Contains(Field))
        {
            yield return new ValidationResult("技术领域须从高新技术领域中选择", [nameof(Field)]);
        }

        if (!Enum.IsDefined(Kind))
        {
            yield return new ValidationResult("服务类型无效", [nameof(Kind)]);
        }
    }
}
