using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Programmes.Domain;

public enum ProjectStatus
{
    Publicising = 1,       // 立项公示中
    Contracting = 2,       // 待签订任务书
    InProgress = 3,        // 执行中
    UnderAcceptance = 4,   // 验收（综合绩效评价）中
    Concluded = 5,         // 已结题
    Archived = 6,          // 已归档
    Revoked = 7,           // 已撤销立项
}

/// <summary>验收 (line-item acceptance) or 综合绩效评价 (the single combined evaluation, usual for 包干制).</summary>
public enum EvaluationMode
{
    Acceptance = 1,
    PerformanceEvaluation = 2,
}

/// <summary>
/// An approved project (立项项目). Its life is a guarded state machine: every transition checks the current state,
/// and the only way back from a closed project (concluded, archived) is <see cref="Reopen"/> with a reason, which the
/// audit log keeps with the status change.
/// </summary>
public sealed class Project : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ApplicationId { get; init; }

    public Guid CallId { get; init; }

    public Guid EnterpriseId { get; init; }

    /// <summary>项目编号, e.g. KC2026-01-003 (year, programme type, sequence).</summary>
    public required string ProjectNo { get; init; }

    public required string Title { get; init; }

    public required string ApplicantName { get; init; }

    public required string ApplicantCreditCode { get; init; }

    /// <summary>资助金额, 万元.</summary>
    public decimal Grant { get; init; }

    public bool LumpSum { get; init; }

    public ProjectStatus Status { get; private set; } = ProjectStatus.Publicising;

    public DateOnly PublicityFrom { get; init; }

    public DateOnly PublicityTo { get; init; }

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public DateOnly? MidTermDueOn { get; private set; }

    public EvaluationMode EvaluationMode { get; private set; } = EvaluationMode.Acceptance;

    /// <summary>通过 / 不通过 and the panel's conclusion, once concluded.</summary>
    public bool? Passed { get; private set; }

    public string? Conclusion { get; private set; }

    /// <summary>The reason given with the last status change that needs one (revocation, reopening).</summary>
    public string? StatusReason { get; private set; }

    public DateTimeOffset ApprovedAt { get; init; }

    public required string ApprovedBy { get; init; }

    public long Version { get; set; }

    public bool IsClosed => Status is ProjectStatus.Concluded or ProjectStatus.Archived or ProjectStatus.Revoked;

    public void EndPublicity(DateOnly today)
    {
        Require(ProjectStatus.Publicising, "结束公示");
        if (today <= PublicityTo)
        {
            throw new DomainRuleException($"公示期至 {PublicityTo:yyyy-MM-dd}，期满后才能结束公示");
        }

        Status = ProjectStatus.Contracting;
    }

    public void Revoke(string reason)
    {
        Require(ProjectStatus.Publicising, "撤销立项");
        Status = ProjectStatus.Revoked;
        StatusReason = reason;
    }

    public void SignContract(DateOnly startsOn, DateOnly endsOn, DateOnly midTermDueOn, EvaluationMode mode)
    {
        Require(ProjectStatus.Contracting, "签订任务书");
        if (endsOn <= startsOn || midTermDueOn <= startsOn || midTermDueOn >= endsOn)
        {
            throw new DomainRuleException("起止日期须先后有序，中期检查日期应在执行期内");
        }

        StartsOn = startsOn;
        EndsOn = endsOn;
        MidTermDueOn = midTermDueOn;
        EvaluationMode = mode;
        Status = ProjectStatus.InProgress;
    }

    public void EnsureInProgress(string action) => Require(ProjectStatus.InProgress, action);

    public void ApplyForAcceptance() => Require(ProjectStatus.InProgress, "申请验收", ProjectStatus.UnderAcceptance);

    public void Conclude(bool passed, string conclusion)
    {
        Require(ProjectStatus.UnderAcceptance, EvaluationMode == EvaluationMode.Acceptance ? "验收结论" : "综合绩效评价结论");
        Passed = passed;
        Conclusion = conclusion;
        Status = ProjectStatus.Concluded;
    }

    public void Archive() => Require(ProjectStatus.Concluded, "归档", ProjectStatus.Archived);

    /// <summary>Back to 执行中 from a closed project; the reason is kept and audited.</summary>
    public void Reopen(string reason)
    {
        if (Status is not (ProjectStatus.Concluded or ProjectStatus.Archived))
        {
            throw new ConflictException("只有已结题或已归档的项目可以重新打开");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 4)
        {
            throw new FieldValidationException("reason", "重新打开已结题项目须写明理由（至少 4 个字）");
        }

        Status = ProjectStatus.InProgress;
        Passed = null;
        Conclusion = null;
        StatusReason = reason.Trim();
    }

    private void Require(ProjectStatus expected, string action, ProjectStatus? next = null)
    {
        if (Status != expected)
        {
            throw new ConflictException($"项目当前状态为“{ProjectStatuses.Name(Status)}”，不能{action}");
        }

        if (next is { } n)
        {
            Status = n;
        }
    }
}

public enum ReportKind
{
    MidTerm = 1, // 中期报告
    Final = 2,   // 验收/绩效评价报告
}

/// <summary>A report the firm submits (mid-term, final) and the bureau's conclusion on it.</summary>
public sealed class ProjectReport : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ProjectId { get; init; }

    public ReportKind Kind { get; init; }

    public required string Content { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    public string? Conclusion { get; set; }

    public bool? Passed { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}

public static class ProjectStatuses
{
    public static string Name(ProjectStatus s) => s switch
    {
        ProjectStatus.Publicising => "立项公示中",
        ProjectStatus.Contracting => "待签订任务书",
        ProjectStatus.InProgress => "执行中",
        ProjectStatus.UnderAcceptance => "验收中",
        ProjectStatus.Concluded => "已结题",
        ProjectStatus.Archived => "已归档",
        _ => "已撤销",
    };

    public static string Name(EvaluationMode m) => m == EvaluationMode.Acceptance ? "验收" : "综合绩效评价";
}
