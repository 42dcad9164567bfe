using System.ComponentModel.DataAnnotations;

namespace Kechuang.Web.Modules.Enterprises.Domain;

public sealed class QualificationForm : IValidatableObject
{
    [Display(Name = "资质类型")]
    [Required(ErrorMessage = "请选择{0}")]
    public QualificationType? Type { get; set; }

    [Display(Name = "编号")]
    [Required(ErrorMessage = "请填写编号")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
    public string Number { get; set; } = "";

    [Display(Name = "入库年度")]
    public int? Year { get; set; }

    [Display(Name = "发证日期")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "有效期至")]
    public DateOnly? ExpiresOn { get; set; }

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type is { } t && !Enum.IsDefined(t))
        {
            yield return new ValidationResult("资质类型无效", [nameof(Type)]);
        }

        if (Type == QualificationType.TechSme && (Year is null || Year < 2017 || Year > DateTime.UtcNow.Year + 1))
        {
            // 国科发政〔2017〕115号: the evaluation exists since 2017; a number is valid for its year only.
            yield return new ValidationResult($"科技型中小企业须填写入库年度（2017 到 {DateTime.UtcNow.Year + 1}）", [nameof(Year)]);
        }

        if (Type == QualificationType.HighTech && (IssuedOn is null || ExpiresOn is null))
        {
            yield return new ValidationResult("高新技术企业证书须填写发证日期和有效期", [IssuedOn is null ? nameof(IssuedOn) : nameof(ExpiresOn)]);
        }

        if (IssuedOn is { } from && ExpiresOn is { } to && to <= from)
        {
            yield return new ValidationResult("有效期应晚于发证日期", [nameof(ExpiresOn)]);
        }

        if (IssuedOn is { } issued && issued > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            yield return new ValidationResult("发证日期不能晚于今天", [nameof(IssuedOn)]);
        }
    }

    public static QualificationForm From(Qualification q) => new()
    {
        Type = q.Type,
        Number = q.Number,
        Year = q.Year,
        IssuedOn = q.IssuedOn,
        ExpiresOn = q.ExpiresOn,
        Version = q.Version,
    };

    public void ApplyTo(Qualification q)
    {
        q.Type = Type!.Value;
        q.Number = Number.Trim();
        q.Year = Type == QualificationType.TechSme ? Year : null;
        q.IssuedOn = IssuedOn;
        q.ExpiresOn = ExpiresOn;
    }
}
