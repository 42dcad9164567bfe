using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>What staff type for a roadshow; checked the same on the page and the API.</summary>
public sealed class RoadshowForm
{
    [Display(Name = "路演名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, MinimumLength = 4, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Title { get; set; } = "";

    /// <summary>开始时间 (send with the offset, e.g. 2026-12-01T14:30:00+08:00).</summary>
    [Display(Name = "开始时间")]
    [Required(ErrorMessage = "请填写{0}")]
    public DateTimeOffset? StartsAt { get; set; }

    [Display(Name = "地点")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string Place { get; set; } = "";

    [Display(Name = "主题领域")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string Theme { get; set; } = "";

    [Display(Name = "名额")]
    [Range(1, Roadshow.MaxCapacity, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public int Capacity { get; set; } = 50;

    [Display(Name = "路演介绍")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Description { get; set; } = "";

    public long Version { get; set; }
}

public sealed class RoadshowProjectForm
{
    [Display(Name = "项目名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Title { get; set; } = "";

    [Display(Name = "路演单位")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
    public string Presenter { get; set; } = "";

    [Display(Name = "项目简介")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Summary { get; set; } = "";

    [Display(Name = "融资需求（万元）")]
    [Range(0, 1_000_000, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public decimal FinancingNeed { get; set; }

    /// <summary>A published achievement of the market this project presents, if any.</summary>
    public Guid? AchievementId { get; set; }
}

public sealed class ChallengeForm : IValidatableObject
{
    [Display(Name = "榜单名称")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, MinimumLength = 4, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Title { get; set; } = "";

    [Display(Name = "技术难题描述")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Description { get; set; } = "";

    [Display(Name = "技术领域")]
    [Required(ErrorMessage = "请选择{0}")]
    public string Field { get; set; } = "";

    [Display(Name = "榜额（万元）")]
    [Range(0, 1_000_000, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public decimal Reward { get; set; }

    [Display(Name = "揭榜截止时间")]
    [Required(ErrorMessage = "请填写{0}")]
    public DateTimeOffset? BidDeadline { get; set; }

    [Display(Name = "揭榜条件")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(2000, MinimumLength = 4, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Requirements { get; set; } = "";

    /// <summary>The firm whose problem it is; taken from the demand when <see cref="DemandId"/> is given.</summary>
    public Guid? EnterpriseId { get; set; }

    /// <summary>Or the firm's 统一社会信用代码, as staff know it.</summary>
    [StringLength(18, ErrorMessage = "统一社会信用代码为 18 位")]
    public string? EnterpriseCreditCode { get; set; }

    /// <summary>A published market demand to post as a challenge list.</summary>
    public Guid? DemandId { get; set; }

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(Field) && !HighTechFieldNames.All.Contains(Field))
        {
            yield return new ValidationResult("技术领域须从高新技术领域中选择", [nameof(Field)]);
        }

        if (EnterpriseId is null && DemandId is null && string.IsNullOrWhiteSpace(EnterpriseCreditCode))
        {
            yield return new ValidationResult("请选择发榜企业或来源需求", [nameof(EnterpriseId)]);
        }
    }
}

public sealed class BidForm
{
    [Display(Name = "团队")]
    [Required(ErrorMessage = "请填写{0}（负责人与成员）")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string Team { get; set; } = "";

    [Display(Name = "方案摘要")]
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字")]
    public string PlanSummary { get; set; } = "";

    [Display(Name = "报价（万元）")]
    [Range(0, 1_000_000, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public decimal Price { get; set; }

    [Display(Name = "完成周期（月）")]
    [Range(1, 120, ErrorMessage = "{0}应在 {1} 到 {2} 之间")]
    public int PeriodMonths { get; set; } = 12;

    public long Version { get; set; }
}
