using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>
/// A match staff pushed to both sides (对接): a demand and one candidate (achievement, expert or service), with the reason
/// it was proposed, the meetings held and the stage reached.
/// </summary>
public sealed class MatchPush : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid DemandId { get; init; }

    public CandidateKind CandidateKind { get; init; }

    public Guid CandidateId { get; init; }

    public required string CandidateName { get; init; }

    public required string Reason { get; init; }

    public MatchStage Stage { get; private set; } = MatchStage.Matched;

    public required string PushedBy { get; init; }

    public DateTimeOffset PushedAt { get; init; }

    public long Version { get; set; }

    public List<MatchMeeting> Meetings { get; } = [];

    public MatchMeeting RecordMeeting(DateOnly heldOn, string place, string notes, MatchStage? reached, string by)
    {
        if (Stage is MatchStage.Contract or MatchStage.Closed)
        {
            throw new DomainRuleException("该对接已结束，不能再记录洽谈");
        }

        var meeting = new MatchMeeting { MatchId = Id, HeldOn = heldOn, Place = place.Trim(), Notes = notes.Trim(), RecordedBy = by };
        Meetings.Add(meeting);
        Advance(reached ?? MatchStage.Contacted);
        return meeting;
    }

    public void Advance(MatchStage to)
    {
        if (Stage is MatchStage.Contract or MatchStage.Closed)
        {
            throw new DomainRuleException("该对接已结束");
        }

        if (to != MatchStage.Closed && to < Stage)
        {
            throw new DomainRuleException($"对接已到「{MarketTerms.Name(Stage)}」，不能退回「{MarketTerms.Name(to)}」");
        }

        Stage = to;
    }
}

public sealed class MatchMeeting : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid MatchId { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Place { get; init; }

    public required string Notes { get; init; }

    public required string RecordedBy { get; init; }
}

/// <summary>
/// The search index's change feed: every change to a searchable record adds a row in the same transaction; each app
/// instance's index worker applies the rows after the last one its index has (ADR 013).
/// </summary>
public sealed class SearchIndexChange
{
    public long Id { get; init; }

    public required string Kind { get; init; }

    public Guid EntityId { get; init; }

    public DateTimeOffset At { get; init; }
}
