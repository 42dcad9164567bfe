using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Programmes.Domain;

public enum ApplicationStatus
{
    Draft = 1,        // 草稿
    Submitted = 2,    // 已提交，待形式审查
    Returned = 3,     // 退回修改
    Accepted = 4,     // 形式审查通过，待评审
    Withdrawn = 5,    // 已撤回
    InReview = 6,     // 专家评审中
    Reviewed = 7,     // 评审完成（已出分）
    Approved = 8,     // 已立项
    NotApproved = 9,  // 未立项
}

/// <summary>
/// An application (申报书) of a firm to a call. The firm edits it while it is a draft or returned; each submission
/// freezes a numbered revision (<see cref="ApplicationRevision"/>), so what the formal check and the experts saw is kept.
/// </summary>
public sealed class ProjectApplication : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CallId { get; init; }

    public Guid EnterpriseId { get; init; }

    /// <summary>The applicant's name and credit code when the application was created (回避 compares units by them).</summary>
    public required string ApplicantName { get; init; }

    public required string ApplicantCreditCode { get; init; }

    public required string Title { get; set; }

    /// <summary>高新技术领域 name.</summary>
    public string Field { get; set; } = "";

    /// <summary>Keywords, "；"-separated: what the assignment matches experts against.</summary>
    public string Keywords { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>申请资助, 万元.</summary>
    public decimal RequestedAmount { get; set; }

    /// <summary>Answers to the call's configured fields: JSON object field key → text.</summary>
    public string AnswersJson { get; set; } = "{}";

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Draft;

    /// <summary>How many times it has been submitted; the current revision's number.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The eligibility verdict at the last submission, in words, with the rule set and its version.</summary>
    public string? Eligibility { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? CheckedBy { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public Guid? BatchId { get; private set; }

    /// <summary>The panel result (weighted, extremes dropped per the call) and how it was computed.</summary>
    public decimal? FinalScore { get; private set; }

    public string? ScoreExplanation { get; private set; }

    public int? Rank { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public long Version { get; set; }

    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.Returned;

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new ConflictException($"申报书当前状态为“{ApplicationStatuses.Name(Status)}”，不能修改");
        }
    }

    public void Submit(DateTimeOffset now, string eligibility)
    {
        EnsureEditable();
        Status = ApplicationStatus.Submitted;
        Revision++;
        SubmittedAt = now;
        Eligibility = eligibility;
        ReturnReason = null;
    }

    public void Withdraw()
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.Returned or ApplicationStatus.Accepted) || BatchId is not null)
        {
            throw new ConflictException("申报书已进入专家评审或已有结果，不能撤回");
        }

        Status = ApplicationStatus.Withdrawn;
    }

    public void Accept(string by, DateTimeOffset now) => Check(ApplicationStatus.Accepted, null, by, now);

    public void Return(string reason, string by, DateTimeOffset now) => Check(ApplicationStatus.Returned, reason, by, now);

    private void Check(ApplicationStatus outcome, string? reason, string by, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw new ConflictException($"只有待形式审查的申报书可以审查，当前状态为“{ApplicationStatuses.Name(Status)}”");
        }

        Status = outcome;
        ReturnReason = reason;
        CheckedBy = by;
        CheckedAt = now;
    }

    public void JoinBatch(Guid batchId)
    {
        if (Status != ApplicationStatus.Accepted || BatchId is not null)
        {
            throw new ConflictException("只有形式审查通过且未进入评审批次的申报书可以组批");
        }

        BatchId = batchId;
        Status = ApplicationStatus.InReview;
    }

    public void RecordResult(decimal? score, string explanation, int? rank)
    {
        FinalScore = score;
        ScoreExplanation = explanation;
        Rank = rank;
        Status = ApplicationStatus.Reviewed;
    }

    public void Decide(bool approved)
    {
        if (Status != ApplicationStatus.Reviewed)
        {
            throw new ConflictException("只有评审完成的申报书可以决定是否立项");
        }

        Status = approved ? ApplicationStatus.Approved : ApplicationStatus.NotApproved;
    }
}

/// <summary>A submitted revision, frozen: the content as JSON, and what the formal check said of it.</summary>
public sealed class ApplicationRevision
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ApplicationId { get; init; }

    public int Number { get; init; }

    /// <summary>Title, field, keywords, summary, amount, answers and the attachment list as submitted.</summary>
    public required string SnapshotJson { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    /// <summary>受理 / 退回：reason, filled by the formal check.</summary>
    public string? Outcome { get; set; }
}

/// <summary>A file attached to an application for one of the call's attachment requirements. Replacing keeps the old
/// row (marked replaced) because earlier revisions refer to it.</summary>
public sealed class ApplicationAttachment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ApplicationId { get; init; }

    public required string RequirementKey { get; init; }

    public required string FileName { get; init; }

    public long Size { get; init; }

    public required byte[] Content { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset? ReplacedAt { get; set; }
}

public static class ApplicationStatuses
{
    public static string Name(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "待形式审查",
        ApplicationStatus.Returned => "退回修改",
        ApplicationStatus.Accepted => "待评审",
        ApplicationStatus.Withdrawn => "已撤回",
        ApplicationStatus.InReview => "评审中",
        ApplicationStatus.Reviewed => "评审完成",
        ApplicationStatus.Approved => "已立项",
        _ => "未立项",
    };
}
