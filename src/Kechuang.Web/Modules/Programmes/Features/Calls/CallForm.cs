using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.Web.Modules.Programmes.Features.Calls;

/// <summary>What staff enter for a call (指南); the same form serves the page and the API.</summary>
public sealed class CallForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写指南名称")]
    [StringLength(200, ErrorMessage = "指南名称不能超过 {1} 个字")]
    public string? Title { get; set; }

    public ProgrammeType Type { get; set; } = ProgrammeType.SciTechSupport;

    [StringLength(50, ErrorMessage = "自定义类别名称不能超过 {1} 个字")]
    public string? CustomTypeName { get; set; }

    [Range(2000, 2100, ErrorMessage = "年度应在 {1}–{2} 之间")]
    public int Year { get; set; }

    [StringLength(4000, ErrorMessage = "指南说明不能超过 {1} 个字")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "请选择受理开始日期")]
    public DateOnly? OpensOn { get; set; }

    /// <summary>Empty = 全年受理，分批评审.</summary>
    public DateOnly? ClosesOn { get; set; }

    public string? EligibilityRuleSetId { get; set; }

    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "预算应在 {1}–{2} 万元之间")]
    public decimal Budget { get; set; }

    [Range(typeof(decimal), "0.01", "100000", ErrorMessage = "单项最高资助应在 {1}–{2} 万元之间")]
    public decimal MaxGrant { get; set; }

    public bool LumpSum { get; set; }

    [Range(1, 15, ErrorMessage = "每份申报书的评审专家应为 {1}–{2} 人")]
    public int PanelSize { get; set; } = 5;

    public ExpertKind? RequiredExpertKind { get; set; }

    [Range(3, 15, ErrorMessage = "去掉最高最低分的起始人数应在 {1}–{2} 之间")]
    public int DropExtremesFrom { get; set; } = 5;

    [Range(1, 90, ErrorMessage = "评审期限应在 {1}–{2} 天之间")]
    public int ReviewDays { get; set; } = 14;

    [Range(5, 30, ErrorMessage = "公示期应在 {1}–{2} 天之间")]
    public int PublicityDays { get; set; } = 7;

    public List<FormSection> Form { get; set; } = [.. CallSettings.Default.Form];

    public List<AttachmentRequirement> Attachments { get; set; } = [.. CallSettings.Default.Attachments];

    public List<Criterion> Criteria { get; set; } = [.. CallSettings.Default.Criteria];

    /// <summary>The version read, for edits (concurrency check).</summary>
    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type == ProgrammeType.Custom && string.IsNullOrWhiteSpace(CustomTypeName))
        {
            yield return new ValidationResult("自定义类别须填写类别名称", [nameof(CustomTypeName)]);
        }

        if (ClosesOn is { } closes && OpensOn is { } opens && closes < opens)
        {
            yield return new ValidationResult("截止日期不能早于开始日期", [nameof(ClosesOn)]);
        }

        if (MaxGrant > Budget)
        {
            yield return new ValidationResult("单项最高资助不能超过预算", [nameof(MaxGrant)]);
        }

        foreach (var f in Form.SelectMany(s => s.Fields).Where(f => string.IsNullOrWhiteSpace(f.Key) || string.IsNullOrWhiteSpace(f.Label)))
        {
            yield return new ValidationResult("每个填写项都须有标识和名称", [nameof(Form)]);
            break;
        }
    }

    public static CallForm From(Call c) => new()
    {
        Title = c.Title,
        Type = c.Type,
        CustomTypeName = c.CustomTypeName,
        Year = c.Year,
        Description = c.Description,
        OpensOn = c.OpensOn,
        ClosesOn = c.ClosesOn,
        EligibilityRuleSetId = c.EligibilityRuleSetId,
        Budget = c.Budget,
        MaxGrant = c.MaxGrant,
        LumpSum = c.LumpSum,
        PanelSize = c.PanelSize,
        RequiredExpertKind = c.RequiredExpertKind,
        DropExtremesFrom = c.DropExtremesFrom,
        ReviewDays = c.ReviewDays,
        PublicityDays = c.PublicityDays,
        Form = [.. c.Settings.Form],
        Attachments = [.. c.Settings.Attachments],
        Criteria = [.. c.Settings.Criteria],
        Version = c.Version,
    };

    public void ApplyTo(Call c)
    {
        c.Title = Title!.Trim();
        c.Type = Type;
        c.CustomTypeName = Type == ProgrammeType.Custom ? CustomTypeName?.Trim() : null;
        c.Year = Year;
        c.Description = Description?.Trim() ?? "";
        c.OpensOn = OpensOn!.Value;
        c.ClosesOn = ClosesOn;
        c.EligibilityRuleSetId = string.IsNullOrWhiteSpace(EligibilityRuleSetId) ? null : EligibilityRuleSetId.Trim();
        c.Budget = Budget;
        c.MaxGrant = MaxGrant;
        c.LumpSum = LumpSum;
        c.PanelSize = PanelSize;
        c.RequiredExpertKind = RequiredExpertKind;
        c.DropExtremesFrom = DropExtremesFrom;
        c.ReviewDays = ReviewDays;
        c.PublicityDays = PublicityDays;
        c.FormJson = CallSettings.Write(Form);
        c.AttachmentsJson = CallSettings.Write(Attachments);
        c.CriteriaJson = CallSettings.Write(Criteria);
    }
}
