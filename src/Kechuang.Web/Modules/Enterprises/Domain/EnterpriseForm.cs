using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Identifiers;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>What a user may enter about an enterprise: the one set of field rules for the API, the form and the import.</summary>
public sealed class EnterpriseForm : IValidatableObject
{
    [Display(Name = "企业名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(Enterprise.NameMaxLength, MinimumLength = 2, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字符")]
    public string Name { get; set; } = "";

    [Display(Name = "统一社会信用代码")]
    [CreditCode]
    public string CreditCode { get; set; } = "";

    [Display(Name = "所在区县")]
    [Required(ErrorMessage = "请选择{0}")]
    [RegularExpression(@"^\d{6}$", ErrorMessage = "{0}应为 6 位行政区划代码")]
    public string DistrictCode { get; set; } = "";

    [Display(Name = "所属网格")]
    public Guid? GridId { get; set; }

    [Display(Name = "行业门类")]
    public string? IndustryCode { get; set; }

    [Display(Name = "高新技术领域")]
    public HighTechField? HighTechField { get; set; }

    [Display(Name = "成立日期")]
    public DateOnly? EstablishedOn { get; set; }

    [Display(Name = "注册资本")]
    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "{0}应在 0 到 100000000 万元之间")]
    public decimal? RegisteredCapital { get; set; }

    [Display(Name = "法定代表人")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
    public string? LegalRepresentative { get; set; }

    [Display(Name = "联系人")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
    public string? ContactPerson { get; set; }

    [Display(Name = "联系电话")]
    [RegularExpression(@"^[0-9+\-() ]{5,30}$", ErrorMessage = "{0}只能包含数字、空格和 + - ( )，长度 5 到 30 位")]
    public string? ContactPhone { get; set; }

    [Display(Name = "地址")]
    [StringLength(200, ErrorMessage = "{0}不能超过 {1} 个字符")]
    public string? Address { get; set; }

    [Display(Name = "主营业务")]
    [StringLength(500, ErrorMessage = "{0}不能超过 {1} 个字符")]
    public string? MainBusiness { get; set; }

    /// <summary>The version the user started editing from; 0 when creating.</summary>
    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IndustryCode is { Length: > 0 } && !Industries.Sections.ContainsKey(IndustryCode))
        {
            yield return new ValidationResult("行业门类应为 GB/T 4754 的门类字母（A–T）", [nameof(IndustryCode)]);
        }

        if (EstablishedOn is { } d && (d.Year < 1949 || d > DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            yield return new ValidationResult("成立日期应在 1949-01-01 到今天之间", [nameof(EstablishedOn)]);
        }

        if (HighTechField is { } f && !Enum.IsDefined(f))
        {
            yield return new ValidationResult("高新技术领域不在八大领域之内", [nameof(HighTechField)]);
        }
    }

    public static EnterpriseForm From(Enterprise e) => new()
    {
        Name = e.Name,
        CreditCode = e.CreditCode,
        DistrictCode = e.DistrictCode,
        GridId = e.GridId,
        IndustryCode = e.IndustryCode,
        HighTechField = e.HighTechField,
        EstablishedOn = e.EstablishedOn,
        RegisteredCapital = e.RegisteredCapital,
        LegalRepresentative = e.LegalRepresentative,
        ContactPerson = e.ContactPerson,
        ContactPhone = e.ContactPhone,
        Address = e.Address,
        MainBusiness = e.MainBusiness,
        Version = e.Version,
    };

    /// <summary>Copies the form onto the entity, trimming text so that " 某公司 " and "某公司" are one name.</summary>
    public void ApplyTo(Enterprise e)
    {
        e.Name = Name.Trim();
        e.CreditCode = Kechuang.Web.Infrastructure.Identifiers.CreditCode.Normalise(CreditCode);
        e.DistrictCode = DistrictCode;
        e.GridId = GridId;
        e.IndustryCode = string.IsNullOrWhiteSpace(IndustryCode) ? null : IndustryCode;
        e.HighTechField = HighTechField;
        e.EstablishedOn = EstablishedOn;
        e.RegisteredCapital = RegisteredCapital;
        e.LegalRepresentative = Clean(LegalRepresentative);
        e.ContactPerson = Clean(ContactPerson);
        e.ContactPhone = Clean(ContactPhone);
        e.Address = Clean(Address);
        e.MainBusiness = Clean(MainBusiness);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
