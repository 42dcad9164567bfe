using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.GridService.Domain;

/// <summary>
/// A firm's need (企业需求) found on a visit, routed to the department or unit responsible, with a deadline from the
/// routing rule in force (its SLA). 受理 → 办理中 → 已解决 / 无法解决 (with a reason); the firm then rates the handling.
/// Every step is a <see cref="NeedStep"/>, so the history shows who did what and when.
/// </summary>
public sealed class Need : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid? VisitId { get; init; }

    public Guid EnterpriseId { get; init; }

    public required string EnterpriseName { get; init; }

    public Guid? GridId { get; init; }

    /// <summary>The officer who collected it (or took over their grids): warned when it is overdue.</summary>
    public Guid? OfficerUserId { get; set; }

    public NeedCategory Category { get; init; }

    public required string Description { get; init; }

    public NeedUrgency Urgency { get; init; }

    /// <summary>Exactly one of department (a 科室 of the bureau) and unit (an outside body) handles it.</summary>
    public Guid? DepartmentId { get; private set; }

    public Guid? UnitId { get; private set; }

    public required string HandlerName { get; set; }

    public DateOnly RaisedOn { get; init; }

    public DateOnly DueOn { get; private set; }

    /// <summary>How the deadline was set: "技术类 10 天（2026-01-01 起施行的办理时限）".</summary>
    public string DueRule { get; private set; } = "";

    public NeedStatus Status { get; private set; } = NeedStatus.Accepted;

    public string? Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The firm's rating of the handling, 1–5, once closed.</summary>
    public int? Rating { get; private set; }

    public string? RatingComment { get; private set; }

    /// <summary>The market demand it became, when a technology need was published as one.</summary>
    public Guid? DemandId { get; private set; }

    public long Version { get; set; }

    public List<NeedStep> Steps { get; } = [];

    public bool IsOpen => Status is NeedStatus.Accepted or NeedStatus.InProgress;

    public bool IsOverdueOn(DateOnly day) => IsOpen && day > DueOn;

    /// <summary>Routes a new need (受理) and records who raised it: the first step of its history.</summary>
    public void RouteTo(Guid? departmentId, Guid? unitId, string handlerName, DateOnly dueOn, string dueRule, string by, DateTimeOffset at)
    {
        if ((departmentId is null) == (unitId is null))
        {
            throw new DomainRuleException("需求须由一个科室或一个单位办理");
        }

        (DepartmentId, UnitId, HandlerName, DueOn, DueRule) = (departmentId, unitId, handlerName, dueOn, dueRule);
        Steps.Add(new NeedStep { NeedId = Id, Status = NeedStatus.Accepted, Note = $"转{handlerName}办理，{dueRule}，{dueOn:yyyy-MM-dd} 前办结", By = by, At = at });
    }

    public void Start(string by, DateTimeOffset at, string? note)
    {
        if (Status != NeedStatus.Accepted)
        {
            throw new DomainRuleException($"需求{GridTerms.Name(Status)}，不能开始办理");
        }

        Status = NeedStatus.InProgress;
        Steps.Add(new NeedStep { NeedId = Id, Status = Status, Note = note?.Trim() ?? "", By = by, At = at });
    }

    public void Close(bool resolved, string outcome, string by, DateTimeOffset at, DateOnly today)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"需求{GridTerms.Name(Status)}，不能再办结");
        }

        if (string.IsNullOrWhiteSpace(outcome) || outcome.Trim().Length < 4)
        {
            throw new FieldValidationException("outcome", resolved ? "请写明办理结果（至少 4 个字）" : "请写明无法解决的原因（至少 4 个字）");
        }

        Status = resolved ? NeedStatus.Resolved : NeedStatus.Unresolvable;
        Outcome = outcome.Trim();
        ClosedOn = today;
        Steps.Add(new NeedStep { NeedId = Id, Status = Status, Note = Outcome, By = by, At = at });
    }

    public void Rate(int rating, string? comment)
    {
        if (IsOpen)
        {
            throw new DomainRuleException("需求办结后才能评价");
        }

        if (Rating is not null)
        {
            throw new ConflictException("已评价过该需求的办理");
        }

        if (rating is < 1 or > 5)
        {
            throw new FieldValidationException("rating", "评分应为 1 到 5 星");
        }

        (Rating, RatingComment) = (rating, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
    }

    public void BecameDemand(Guid demandId)
    {
        CheckMayBecomeDemand();
        DemandId = demandId;
    }

    /// <summary>Only a technology need, once.</summary>
    public void CheckMayBecomeDemand()
    {
        if (Category != NeedCategory.Technology)
        {
            throw new DomainRuleException("只有技术类需求可以发布为技术需求");
        }

        if (DemandId is not null)
        {
            throw new ConflictException("该需求已发布为技术需求");
        }
    }
}

/// <summary>One step in a need's handling.</summary>
public sealed class NeedStep
{
    public long Id { get; init; }

    public Guid NeedId { get; init; }

    public NeedStatus Status { get; init; }

    public string Note { get; init; } = "";

    public required string By { get; init; }

    public DateTimeOffset At { get; init; }
}

public enum NeedCategory
{
    Technology = 1, // 技术
    Talent = 2,     // 人才
    Finance = 3,    // 资金
    Policy = 4,     // 政策
    Market = 5,     // 市场
    Space = 6,      // 场地
    Other = 7,      // 其他
}

public enum NeedUrgency
{
    Normal = 1, // 一般
    Urgent = 2, // 较急
    Critical = 3, // 紧急
}

public enum NeedStatus
{
    Accepted = 1,     // 受理
    InProgress = 2,   // 办理中
    Resolved = 3,     // 已解决
    Unresolvable = 4, // 无法解决
}
