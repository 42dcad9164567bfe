using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Programmes.Domain;

/// <summary>Yinchuan's 2025 programme types, plus custom ones named by staff.</summary>
public enum ProgrammeType
{
    SciTechSupport = 1,          // 科技支撑计划
    NewQualityProductivity = 2,  // 新质生产力引导
    FactorIntegration = 3,       // 创新要素一体化配置
    EcosystemOptimisation = 4,   // 创新生态优化
    Custom = 9,
}

public enum CallStatus
{
    Draft = 1,      // 草稿：可修改，不公开
    Published = 2,  // 已发布：门户可见，按日期受理申报
    Closed = 3,     // 已截止：不再受理（全年受理的指南由工作人员关闭）
}

/// <summary>
/// A call for applications (指南): type, dates (or open all year, reviewed in batches), eligibility as a rule set,
/// money, and the configured form, attachments and review settings. Settings are frozen once applications exist,
/// so every application is read against the form it was written for.
/// </summary>
public sealed class Call : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Title { get; set; }

    public ProgrammeType Type { get; set; }

    /// <summary>The name shown for <see cref="ProgrammeType.Custom"/>.</summary>
    public string? CustomTypeName { get; set; }

    public int Year { get; set; }

    public string Description { get; set; } = "";

    /// <summary>First day applications are accepted (Beijing date).</summary>
    public DateOnly OpensOn { get; set; }

    /// <summary>Last day applications are accepted (inclusive); null = open all year, reviewed in batches.</summary>
    public DateOnly? ClosesOn { get; set; }

    /// <summary>The rule set an applicant must pass at submission (e.g. tech-sme); null = no eligibility rule.</summary>
    public string? EligibilityRuleSetId { get; set; }

    /// <summary>预算, 万元.</summary>
    public decimal Budget { get; set; }

    /// <summary>单项最高资助, 万元.</summary>
    public decimal MaxGrant { get; set; }

    /// <summary>包干制: the grant is not controlled line by line.</summary>
    public bool LumpSum { get; set; }

    /// <summary>评审专家人数 per application.</summary>
    public int PanelSize { get; set; } = 5;

    /// <summary>Optionally at least one expert of this kind on every panel (e.g. 财务专家).</summary>
    public ExpertKind? RequiredExpertKind { get; set; }

    /// <summary>Drop the highest and the lowest score when the panel has at least this many scores.</summary>
    public int DropExtremesFrom { get; set; } = 5;

    /// <summary>Days experts have to score after assignment.</summary>
    public int ReviewDays { get; set; } = 14;

    /// <summary>立项公示 period in days.</summary>
    public int PublicityDays { get; set; } = 7;

    /// <summary>The application form (sections and fields), JSON of <see cref="CallSettings.Form"/>.</summary>
    public string FormJson { get; set; } = "[]";

    public string AttachmentsJson { get; set; } = "[]";

    public string CriteriaJson { get; set; } = "[]";

    public CallStatus Status { get; private set; } = CallStatus.Draft;

    public DateTimeOffset? PublishedAt { get; private set; }

    public long Version { get; set; }

    public string TypeName => Type == ProgrammeType.Custom ? CustomTypeName ?? "自定义" : ProgrammeTypes.Name(Type);

    public CallSettings Settings => CallSettings.Read(FormJson, AttachmentsJson, CriteriaJson);

    public bool IsOpenAllYear => ClosesOn is null;

    /// <summary>Why an application cannot be submitted to this call today, or null when it can.</summary>
    public string? WhyNotAccepting(DateOnly today) =>
        Status != CallStatus.Published ? "该指南未发布或已关闭，不受理申报"
        : today < OpensOn ? $"该指南自 {OpensOn:yyyy-MM-dd} 起受理申报"
        : ClosesOn is { } closes && today > closes ? $"申报已于 {closes:yyyy-MM-dd} 截止，不能再提交"
        : null;

    public void Publish(DateTimeOffset now)
    {
        if (Status != CallStatus.Draft)
        {
            throw new ConflictException("只有草稿状态的指南可以发布");
        }

        if (Settings.Problems(this) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("指南设置不完整，不能发布：" + string.Join("；", problems));
        }

        Status = CallStatus.Published;
        PublishedAt = now;
    }

    public void Close()
    {
        if (Status != CallStatus.Published)
        {
            throw new ConflictException("只有已发布的指南可以关闭");
        }

        Status = CallStatus.Closed;
    }
}

public static class ProgrammeTypes
{
    public static string Name(ProgrammeType type) => type switch
    {
        ProgrammeType.SciTechSupport => "科技支撑计划",
        ProgrammeType.NewQualityProductivity => "新质生产力引导",
        ProgrammeType.FactorIntegration => "创新要素一体化配置",
        ProgrammeType.EcosystemOptimisation => "创新生态优化",
        _ => "自定义",
    };

    public static string StatusName(CallStatus s) => s switch
    {
        CallStatus.Draft => "草稿",
        CallStatus.Published => "受理中",
        _ => "已截止",
    };
}
