using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Identifiers;

namespace Kechuang.Web.Modules.Programmes.Domain;

/// <summary>What staff type for an expert; the rules of the pool are checked here so the page and the API say the same.</summary>
public sealed class ExpertForm : IValidatableObject
{
    public const int MaxKeywords = 20;

    [Display(Name = "姓名")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, MinimumLength = 2, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字符")]
    public string Name { get; set; } = "";

    [Display(Name = "身份证号码")]
    public string IdNumber { get; set; } = "";

    public ExpertTitle Title { get; set; } = ExpertTitle.AssociateSenior;

    public ExpertKind Kind { get; set; } = ExpertKind.Technical;

    [Display(Name = "工作单位")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string UnitName { get; set; } = "";

    [Display(Name = "单位统一社会信用代码")]
    public string? UnitCreditCode { get; set; }

    public List<string> Fields { get; set; } = [];

    /// <summary>Separated by "；", "，", "," or spaces when typed.</summary>
    [Display(Name = "研究方向关键词")]
    [StringLength(500, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string Keywords { get; set; } = "";

    [Display(Name = "个人简介")]
    [StringLength(2000, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string? Profile { get; set; }

    [Display(Name = "联系电话")]
    [RegularExpression(@"^[0-9+\-() ]{5,30}$", ErrorMessage = "{0}只能包含数字、空格和 + - ( )，长度 5 到 30 位")]
    public string? Phone { get; set; }

    [Display(Name = "电子邮箱")]
    [EmailAddress(ErrorMessage = "{0}格式不正确")]
    [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string? Email { get; set; }

    [Display(Name = "每批评审上限")]
    [Range(1, 50, ErrorMessage = "{0}应在 {1} 到 {2} 件之间")]
    public int MaxLoad { get; set; } = 8;

    public bool IsAvailable { get; set; } = true;

    public long Version { get; set; }

    public static IReadOnlyList<string> SplitKeywords(string text) =>
        text.Split(['；', ';', '，', ',', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ResidentId.Check(ResidentId.Normalise(IdNumber)) is { } idProblem)
        {
            yield return new ValidationResult(idProblem, [nameof(IdNumber)]);
        }

        if (UnitCreditCode is { Length: > 0 } code && CreditCode.Check(CreditCode.Normalise(code)) is { } codeProblem)
        {
            yield return new ValidationResult(codeProblem, [nameof(UnitCreditCode)]);
        }

        // DOMAIN.md: technical experts hold 副高 or above.
        if (Kind == ExpertKind.Technical && Title is not (ExpertTitle.Senior or ExpertTitle.AssociateSenior))
        {
            yield return new ValidationResult("技术专家须具有副高级及以上职称", [nameof(Title)]);
        }

        if (SplitKeywords(Keywords).Count > MaxKeywords)
        {
            yield return new ValidationResult($"关键词不能超过 {MaxKeywords} 个", [nameof(Keywords)]);
        }

        if (Kind == ExpertKind.Technical && Fields.Count == 0)
        {
            yield return new ValidationResult("请至少选择一个技术领域", [nameof(Fields)]);
        }

        if (Fields.FirstOrDefault(f => !Enterprises.Contracts.HighTechFieldNames.All.Contains(f)) is { } unknown)
        {
            yield return new ValidationResult($"未知的技术领域“{unknown}”，可选：{string.Join("、", Enterprises.Contracts.HighTechFieldNames.All)}", [nameof(Fields)]);
        }
    }

    public static ExpertForm From(Expert e) => new()
    {
        Name = e.Name,
        IdNumber = e.IdNumber,
        Title = e.Title,
        Kind = e.Kind,
        UnitName = e.UnitName,
        UnitCreditCode = e.UnitCreditCode,
        Fields = e.Fields.Split('；', StringSplitOptions.RemoveEmptyEntries).ToList(),
        Keywords = e.Keywords,
        Profile = e.Profile,
        Phone = e.Phone,
        Email = e.Email,
        MaxLoad = e.MaxLoad,
        IsAvailable = e.IsAvailable,
        Version = e.Version,
    };

    public void ApplyTo(Expert e)
    {
        e.Name = Name.Trim();
        e.IdNumber = ResidentId.Normalise(IdNumber);
        e.Title = Title;
        e.Kind = Kind;
        e.UnitName = UnitName.Trim();
        e.UnitCreditCode = UnitCreditCode is { Length: > 0 } c ? CreditCode.Normalise(c) : null;
        e.Fields = string.Join('；', Fields.Distinct(StringComparer.Ordinal));
        e.Keywords = string.Join('；', SplitKeywords(Keywords));
        e.Profile = Profile?.Trim();
        e.Phone = Phone?.Trim();
        e.Email = Email?.Trim();
        e.MaxLoad = MaxLoad;
        e.IsAvailable = IsAvailable;
    }

    public static string TitleName(ExpertTitle t) => t switch
    {
        ExpertTitle.Senior => "正高级",
        ExpertTitle.AssociateSenior => "副高级",
        ExpertTitle.Intermediate => "中级",
        ExpertTitle.Other => "其他",
    };

    public static string KindName(ExpertKind k) => k switch
    {
        ExpertKind.Technical => "技术专家",
        ExpertKind.Finance => "财务专家",
        ExpertKind.Management => "管理专家",
    };
}
