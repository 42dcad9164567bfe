using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Programmes.Domain;

public enum ReviewBatchStatus
{
    Forming = 1,  // 已组批，待分配专家
    Scoring = 2,  // 已分配，专家评分中
    Closed = 3,   // 评审结束，分数公开、排名确定
}

/// <summary>
/// A review batch (评审批次) of a call: the accepted applications reviewed together. A dated call has one after it
/// closes; a call open all year has one per round. The assignment's total affinity and proof are kept with it.
/// </summary>
public sealed class ReviewBatch : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CallId { get; init; }

    public int Number { get; init; }

    public ReviewBatchStatus Status { get; private set; } = ReviewBatchStatus.Forming;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>Experts score by this Beijing date.</summary>
    public DateOnly? DueOn { get; private set; }

    public long TotalAffinity { get; private set; }

    /// <summary>How the assignment was solved: optimum proven or the gap, rounds, time.</summary>
    public string? AssignmentSummary { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public long Version { get; set; }

    public string Name => $"第 {Number} 批";

    public void Assigned(long totalAffinity, string summary, DateTimeOffset now, DateOnly dueOn)
    {
        if (Status != ReviewBatchStatus.Forming)
        {
            throw new ConflictException("该批次已分配专家；如需调整请逐一更换专家");
        }

        TotalAffinity = totalAffinity;
        AssignmentSummary = summary;
        AssignedAt = now;
        DueOn = dueOn;
        Status = ReviewBatchStatus.Scoring;
    }

    public void EnsureScoring()
    {
        if (Status != ReviewBatchStatus.Scoring)
        {
            throw new ConflictException(Status == ReviewBatchStatus.Closed ? "该批次评审已结束" : "该批次尚未分配专家");
        }
    }

    public void AffinityChanged(int delta) => TotalAffinity += delta;

    public void Close(DateTimeOffset now)
    {
        EnsureScoring();
        Status = ReviewBatchStatus.Closed;
        ClosedAt = now;
    }
}

public enum AssignmentSource
{
    Solver = 1,       // 自动分配（最优）
    Manual = 2,       // 人工更换
    Replacement = 3,  // 专家谢绝后的替补
}

public enum AssignmentState
{
    Assigned = 1,  // 待评分
    Scored = 2,    // 已评分
    Declined = 3,  // 专家谢绝
    Removed = 4,   // 被人工更换
}

public enum DeclineKind
{
    Conflict = 1,    // 存在利益冲突
    NotMyField = 2,  // 非本人专业领域
    TooMany = 3,     // 评审任务过多
}

/// <summary>One expert on one application's panel, with why they were chosen, and their score sheet once filled.
/// Declined and replaced members stay as rows (status) so the panel's history is visible.</summary>
public sealed class ReviewAssignment : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid BatchId { get; init; }

    public Guid ApplicationId { get; init; }

    public Guid ExpertId { get; init; }

    public int Affinity { get; init; }

    /// <summary>Why this expert: "领域: 新材料; 关键词: 石墨提纯".</summary>
    public required string Explanation { get; init; }

    public AssignmentSource Source { get; init; }

    public AssignmentState Status { get; private set; } = AssignmentState.Assigned;

    public DeclineKind? DeclineKind { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>JSON object criterion name → score given.</summary>
    public string? ScoresJson { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>Weighted total on a 100-point scale.</summary>
    public decimal? Total { get; private set; }

    public DateTimeOffset? ScoredAt { get; private set; }

    public DateTimeOffset AssignedAt { get; init; }

    public long Version { get; set; }

    public bool IsActive => Status is AssignmentState.Assigned or AssignmentState.Scored;

    public void Decline(DeclineKind kind, string reason)
    {
        if (Status != AssignmentState.Assigned)
        {
            throw new ConflictException(Status == AssignmentState.Scored ? "已评分的任务不能谢绝" : "该评审任务已不属于您");
        }

        Status = AssignmentState.Declined;
        DeclineKind = kind;
        DeclineReason = reason;
    }

    public void Remove()
    {
        if (!IsActive)
        {
            throw new ConflictException("该专家已不在评审组中");
        }

        if (Status == AssignmentState.Scored)
        {
            throw new ConflictException("该专家已评分，不能更换");
        }

        Status = AssignmentState.Removed;
    }

    public void Score(string scoresJson, decimal total, string comment, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new ConflictException("该评审任务已不属于您");
        }

        ScoresJson = scoresJson;
        Total = total;
        Comment = comment;
        ScoredAt = now;
        Status = AssignmentState.Scored;
    }
}

public static class ReviewNames
{
    public static string Of(DeclineKind k) => k switch
    {
        DeclineKind.Conflict => "存在利益冲突",
        DeclineKind.NotMyField => "非本人专业领域",
        _ => "评审任务过多",
    };

    public static string Of(AssignmentSource s) => s switch
    {
        AssignmentSource.Solver => "自动分配",
        AssignmentSource.Manual => "人工更换",
        _ => "谢绝后替补",
    };

    public static string Of(AssignmentState s) => s switch
    {
        AssignmentState.Assigned => "待评分",
        AssignmentState.Scored => "已评分",
        AssignmentState.Declined => "已谢绝",
        _ => "已更换",
    };

    public static string Of(ReviewBatchStatus s) => s switch
    {
        ReviewBatchStatus.Forming => "待分配专家",
        ReviewBatchStatus.Scoring => "评分中",
        _ => "已结束",
    };
}
