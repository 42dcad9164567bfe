using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Market.Domain;

public enum RoadshowStatus
{
    Draft = 1,     // 草稿
    Published = 2, // 已发布（开始后为已举办）
    Cancelled = 3, // 已取消
}

public enum OutcomeKind
{
    IntendedInvestment = 1, // 意向投资
    Invested = 2,           // 已投资
    TechCooperation = 3,    // 技术合作
    NoFollowUp = 4,         // 无后续
}

/// <summary>
/// A roadshow (路演), like the weekly 周二路演吧: staff set it up with its presenting projects and publish it; investors
/// and firms register until it starts, within its capacity; afterwards staff mark who attended and record each project's
/// follow-up. <see cref="RegisteredCount"/> is kept with the registrations in one save and guarded by the version token
/// and a CHECK constraint, so two last-seat registrations at once cannot both succeed.
/// </summary>
public sealed class Roadshow : IAudited, IVersioned, ISoftDeletable
{
    public const int MaxCapacity = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Title { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public required string Place { get; set; }

    /// <summary>主题 / 领域.</summary>
    public required string Theme { get; set; }

    public int Capacity { get; set; }

    public required string Description { get; set; }

    public RoadshowStatus Status { get; private set; } = RoadshowStatus.Draft;

    /// <summary>Active (not cancelled) registrations.</summary>
    public int RegisteredCount { get; private set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public long Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<RoadshowProject> Projects { get; } = [];

    public List<RoadshowRegistration> Registrations { get; } = [];

    public bool HasStarted(DateTimeOffset now) => now >= StartsAt;

    public void EnsureEditable(DateTimeOffset now)
    {
        if (Status == RoadshowStatus.Cancelled)
        {
            throw new DomainRuleException("路演已取消，不能修改");
        }

        if (HasStarted(now))
        {
            throw new DomainRuleException("路演已开始，不能再修改时间、地点或路演项目");
        }
    }

    public RoadshowProject AddProject(string title, string presenter, string summary, decimal financingNeed, Guid? achievementId, DateTimeOffset now)
    {
        EnsureEditable(now);
        if (financingNeed < 0)
        {
            throw new FieldValidationException("financingNeed", "融资需求不能为负数");
        }

        var project = new RoadshowProject
        {
            RoadshowId = Id,
            Title = title.Trim(),
            Presenter = presenter.Trim(),
            Summary = summary.Trim(),
            FinancingNeed = financingNeed,
            AchievementId = achievementId,
            SortOrder = Projects.Count + 1,
        };
        Projects.Add(project);
        return project;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != RoadshowStatus.Draft)
        {
            throw new DomainRuleException($"路演当前为「{EventTerms.Name(Status)}」，只有草稿可以发布");
        }

        if (HasStarted(now))
        {
            throw new DomainRuleException("路演开始时间已过，不能发布");
        }

        if (Projects.Count == 0)
        {
            throw new DomainRuleException("请先添加至少一个路演项目再发布");
        }

        Status = RoadshowStatus.Published;
        PublishedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureEditable(now);
        Status = RoadshowStatus.Cancelled;
    }

    /// <summary>报名: before the start, within the capacity, once per firm or unit (409 on a second).</summary>
    public RoadshowRegistration Register(Participant who, Guid? userId, string contact, DateTimeOffset now)
    {
        if (Status != RoadshowStatus.Published)
        {
            throw new DomainRuleException("路演未发布或已取消，不能报名");
        }

        if (HasStarted(now))
        {
            throw new DomainRuleException("路演已开始，报名已截止");
        }

        var existing = Registrations.FirstOrDefault(r => r.ParticipantKind == who.Kind && r.ParticipantId == who.Id);
        if (existing is { CancelledAt: null })
        {
            throw new ConflictException($"{who.Name}已报名本场路演，不能重复报名");
        }

        if (RegisteredCount >= Capacity)
        {
            throw new DomainRuleException($"本场路演名额已满（{Capacity} 个）");
        }

        RegisteredCount++;
        if (existing is not null)
        {
            existing.Renew(userId, contact, now); // registered again after cancelling: the same row, so one per participant
            return existing;
        }

        var registration = new RoadshowRegistration
        {
            RoadshowId = Id,
            ParticipantKind = who.Kind,
            ParticipantId = who.Id,
            ParticipantName = who.Name,
            UserId = userId,
            Contact = contact.Trim(),
            RegisteredAt = now,
        };
        Registrations.Add(registration);
        return registration;
    }

    public void CancelRegistration(RoadshowRegistration registration, DateTimeOffset now)
    {
        if (registration.CancelledAt is not null)
        {
            throw new DomainRuleException("该报名已取消");
        }

        if (HasStarted(now))
        {
            throw new DomainRuleException("路演已开始，不能取消报名");
        }

        registration.Cancel(now);
        RegisteredCount--;
    }

    /// <summary>签到: staff mark attendance once the roadshow has started.</summary>
    public void MarkAttendance(RoadshowRegistration registration, bool attended, DateTimeOffset now)
    {
        if (Status != RoadshowStatus.Published || !HasStarted(now))
        {
            throw new DomainRuleException("路演开始后才能登记出席情况");
        }

        if (registration.CancelledAt is not null)
        {
            throw new DomainRuleException("已取消的报名不能登记出席");
        }

        registration.Attended = attended;
    }

    /// <summary>后续跟踪: what came of a presented project (意向投资、已投资 with the amount, 技术合作, 无后续).</summary>
    public RoadshowOutcome RecordOutcome(RoadshowProject project, OutcomeKind kind, decimal? amount, string? investor, string note, DateOnly on, DateOnly today, string by, DateTimeOffset now)
    {
        if (Status != RoadshowStatus.Published || !HasStarted(now))
        {
            throw new DomainRuleException("路演举办后才能记录后续成效");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new FieldValidationException("kind", "后续成效类别无效");
        }

        if (amount is < 0)
        {
            throw new FieldValidationException("amount", "金额不能为负数");
        }

        if (kind == OutcomeKind.Invested && amount is not > 0)
        {
            throw new FieldValidationException("amount", "已投资须填写投资金额（万元）");
        }

        if (kind == OutcomeKind.NoFollowUp && amount is > 0)
        {
            throw new FieldValidationException("amount", "无后续不应填写金额");
        }

        if (on > today || on < DateOnly.FromDateTime(StartsAt.ToOffset(TimeSpan.FromHours(8)).DateTime))
        {
            throw new FieldValidationException("on", "日期应在路演当天与今天之间");
        }

        var outcome = new RoadshowOutcome
        {
            ProjectId = project.Id,
            RoadshowId = Id,
            Kind = kind,
            Amount = kind == OutcomeKind.NoFollowUp ? null : amount,
            Investor = string.IsNullOrWhiteSpace(investor) ? null : investor.Trim(),
            Note = note.Trim(),
            On = on,
            RecordedBy = by,
            RecordedAt = now,
        };
        project.Outcomes.Add(outcome);
        return outcome;
    }
}

/// <summary>A project presented at a roadshow (路演项目), optionally one of the market's achievements.</summary>
public sealed class RoadshowProject : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid RoadshowId { get; init; }

    public required string Title { get; set; }

    /// <summary>路演单位: the presenting firm or unit.</summary>
    public required string Presenter { get; set; }

    public required string Summary { get; set; }

    /// <summary>融资需求, 万元.</summary>
    public decimal FinancingNeed { get; set; }

    public Guid? AchievementId { get; set; }

    public int SortOrder { get; set; }

    public List<RoadshowOutcome> Outcomes { get; } = [];
}

public sealed class RoadshowRegistration : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid RoadshowId { get; init; }

    public ParticipantKind ParticipantKind { get; init; }

    public Guid ParticipantId { get; init; }

    public required string ParticipantName { get; init; }

    /// <summary>The user who registered (null for registrations staff entered).</summary>
    public Guid? UserId { get; internal set; }

    public string Contact { get; internal set; } = "";

    public DateTimeOffset RegisteredAt { get; internal set; }

    public DateTimeOffset? CancelledAt { get; internal set; }

    /// <summary>Null until staff mark attendance.</summary>
    public bool? Attended { get; set; }

    public void Cancel(DateTimeOffset now) => CancelledAt = now;

    public void Renew(Guid? userId, string contact, DateTimeOffset now)
    {
        UserId = userId;
        Contact = contact.Trim();
        RegisteredAt = now;
        CancelledAt = null;
        Attended = null;
    }
}

public sealed class RoadshowOutcome : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ProjectId { get; init; }

    public Guid RoadshowId { get; init; }

    public OutcomeKind Kind { get; init; }

    /// <summary>万元: the amount invested or intended.</summary>
    public decimal? Amount { get; init; }

    /// <summary>投资方 / 合作方.</summary>
    public string? Investor { get; init; }

    public required string Note { get; init; }

    public DateOnly On { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
