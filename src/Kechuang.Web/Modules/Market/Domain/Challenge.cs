using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Market.Domain;

public enum ChallengeStatus
{
    Draft = 1,     // 草稿
    Published = 2, // 已发布（揭榜中）
    Judging = 3,   // 评选中
    Awarded = 4,   // 已揭榜
    Completed = 5, // 已完成
    Failed = 6,    // 未完成
    Unbid = 7,     // 流榜
}

/// <summary>
/// A challenge list (揭榜挂帅 / 创新挑战赛): a firm's hard technical problem that staff publish with a reward; teams bid
/// with a proposal until the deadline; the firm and assigned experts rate the bids; staff choose the winner (揭榜成功) and
/// finally record whether the task was completed. The entity guards every transition:
/// 草稿 → 已发布 → 评选中 → 已揭榜 → 已完成/未完成, or 已发布 → 流榜 when the deadline passes without bids.
/// </summary>
public sealed class Challenge : IAudited, IVersioned, ISoftDeletable
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Field { get; set; }

    /// <summary>榜额 (reward), 万元.</summary>
    public decimal Reward { get; set; }

    /// <summary>揭榜截止: no bids are taken at or after this instant.</summary>
    public DateTimeOffset BidDeadline { get; set; }

    /// <summary>揭榜条件 / 技术指标.</summary>
    public required string Requirements { get; set; }

    /// <summary>The firm whose problem it is (发榜企业).</summary>
    public Guid EnterpriseId { get; init; }

    public required string EnterpriseName { get; init; }

    /// <summary>The published market demand it came from, if any.</summary>
    public Guid? DemandId { get; init; }

    public ChallengeStatus Status { get; private set; } = ChallengeStatus.Draft;

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? WinnerBidId { get; private set; }

    public string? ChosenBy { get; private set; }

    /// <summary>选定理由.</summary>
    public string? ChoiceReason { get; private set; }

    public DateTimeOffset? ChosenAt { get; private set; }

    public string? OutcomeNote { get; private set; }

    public string? OutcomeBy { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public long Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<ChallengeExpert> Experts { get; } = [];

    public bool IsOpenForBids(DateTimeOffset now) => Status == ChallengeStatus.Published && now < BidDeadline;

    /// <summary>On the portal: everything once published.</summary>
    public bool IsPublic => Status != ChallengeStatus.Draft;

    public void EnsureDraft()
    {
        if (Status != ChallengeStatus.Draft)
        {
            throw new DomainRuleException($"榜单当前为「{EventTerms.Name(Status)}」，只有草稿可以修改");
        }
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != ChallengeStatus.Draft)
        {
            throw new DomainRuleException($"榜单当前为「{EventTerms.Name(Status)}」，只有草稿可以发布");
        }

        if (BidDeadline <= now)
        {
            throw new DomainRuleException("揭榜截止时间已过，请修改截止时间后再发布");
        }

        Status = ChallengeStatus.Published;
        PublishedAt = now;
    }

    public void EnsureOpenForBids(DateTimeOffset now)
    {
        if (Status != ChallengeStatus.Published)
        {
            throw new DomainRuleException($"榜单当前为「{EventTerms.Name(Status)}」，不接受揭榜方案");
        }

        if (now >= BidDeadline)
        {
            throw new DomainRuleException("揭榜已截止，不能再提交或修改方案");
        }
    }

    /// <summary>
    /// 截止: once the deadline has passed, a published list goes to 评选中, or to 流榜 when nobody bid. Called by staff or by
    /// the first rating or choice after the deadline; does nothing when already past 已发布.
    /// </summary>
    public void CloseBidding(int bids, DateTimeOffset now)
    {
        if (Status != ChallengeStatus.Published)
        {
            return;
        }

        if (now < BidDeadline)
        {
            throw new DomainRuleException("揭榜尚未截止，截止后才能评选");
        }

        Status = bids > 0 ? ChallengeStatus.Judging : ChallengeStatus.Unbid;
    }

    public void EnsureJudging()
    {
        switch (Status)
        {
            case ChallengeStatus.Judging:
                return;
            case ChallengeStatus.Unbid:
                throw new DomainRuleException("截止时没有揭榜方案，榜单已流榜，不能评选或揭榜");
            case ChallengeStatus.Draft or ChallengeStatus.Published:
                throw new DomainRuleException("揭榜尚未截止，截止后才能评选");
            default:
                throw new DomainRuleException($"榜单当前为「{EventTerms.Name(Status)}」，评选已结束");
        }
    }

    public void AssignExpert(Guid userId, string name)
    {
        if (Status is not (ChallengeStatus.Draft or ChallengeStatus.Published or ChallengeStatus.Judging))
        {
            throw new DomainRuleException("评选结束后不能再指派专家");
        }

        if (Experts.Any(e => e.UserId == userId))
        {
            throw new ConflictException($"{name}已是本榜单的评选专家");
        }

        Experts.Add(new ChallengeExpert { ChallengeId = Id, UserId = userId, Name = name });
    }

    /// <summary>揭榜成功: staff choose the winning bid and say why.</summary>
    public void ChooseWinner(ChallengeBid bid, string reason, string by, DateTimeOffset now)
    {
        EnsureJudging();
        if (bid.ChallengeId != Id)
        {
            throw new DomainRuleException("该方案不属于本榜单");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "请写明选定理由");
        }

        Status = ChallengeStatus.Awarded;
        WinnerBidId = bid.Id;
        ChoiceReason = reason.Trim();
        ChosenBy = by;
        ChosenAt = now;
    }

    /// <summary>结果: the awarded task was completed or not, with a note.</summary>
    public void RecordOutcome(bool completed, string note, string by, DateOnly on)
    {
        if (Status != ChallengeStatus.Awarded)
        {
            throw new DomainRuleException($"榜单当前为「{EventTerms.Name(Status)}」，只有已揭榜的榜单可以登记完成情况");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new FieldValidationException("note", "请填写完成情况说明");
        }

        Status = completed ? ChallengeStatus.Completed : ChallengeStatus.Failed;
        OutcomeNote = note.Trim();
        OutcomeBy = by;
        OutcomeOn = on;
    }
}

/// <summary>An expert staff asked to rate the bids of one challenge list.</summary>
public sealed class ChallengeExpert : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ChallengeId { get; init; }

    public Guid UserId { get; init; }

    public required string Name { get; init; }
}

/// <summary>A team's proposal (揭榜方案): one per firm or unit, editable until the deadline.</summary>
public sealed class ChallengeBid : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ChallengeId { get; init; }

    public ParticipantKind ParticipantKind { get; init; }

    public Guid ParticipantId { get; init; }

    public required string ParticipantName { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>团队: the leader and members.</summary>
    public required string Team { get; set; }

    public required string PlanSummary { get; set; }

    /// <summary>报价, 万元.</summary>
    public decimal Price { get; set; }

    /// <summary>完成周期, months.</summary>
    public int PeriodMonths { get; set; }

    public string? AttachmentName { get; set; }

    public long? AttachmentSize { get; set; }

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public long Version { get; set; }
}

/// <summary>The bid's attached file (the full proposal), kept apart so lists never load the bytes.</summary>
public sealed class ChallengeBidFile
{
    public Guid BidId { get; init; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }
}

public enum RaterRole
{
    Expert = 1, // 评选专家
    Firm = 2,   // 发榜企业
}

/// <summary>A rating of one bid by an assigned expert or by the firm: 0–100 with a comment; rating again replaces it.</summary>
public sealed class ChallengeRating : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ChallengeId { get; init; }

    public Guid BidId { get; init; }

    public Guid RaterUserId { get; init; }

    public required string RaterName { get; init; }

    public RaterRole Role { get; init; }

    public int Score { get; set; }

    public required string Comment { get; set; }

    public DateTimeOffset RatedAt { get; set; }
}
