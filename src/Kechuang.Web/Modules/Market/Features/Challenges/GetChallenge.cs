using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Challenges;

/// <summary>
/// A challenge list. Everyone sees the problem, reward, deadline, state and winner. A bidder sees its own bid. Once the
/// bidding has closed the firm's users and the assigned experts see every bid with their own rating; staff see every bid
/// with all ratings and the average.
/// </summary>
public static class GetChallenge
{
    public sealed record Rating(string RaterName, RaterRole Role, string RoleName, int Score, string Comment, DateTimeOffset RatedAt);

    public sealed record Bid(
        Guid Id, ParticipantKind Kind, string ParticipantName, string Team, string PlanSummary, decimal Price, int PeriodMonths,
        string? AttachmentName, long? AttachmentSize, DateTimeOffset SubmittedAt, DateTimeOffset? UpdatedAt, long Version,
        List<Rating> Ratings, double? AverageScore, bool IsWinner);

    public sealed record Details(
        Guid Id, string Title, string Description, string Field, decimal Reward, DateTimeOffset BidDeadline, string Requirements,
        Guid EnterpriseId, string EnterpriseName, Guid? DemandId, ChallengeStatus Status, string StatusName, bool IsOpen, long Version,
        List<string> Experts, int BidCount, string? WinnerName, string? ChoiceReason, string? ChosenBy, DateTimeOffset? ChosenAt,
        string? OutcomeNote, DateOnly? OutcomeOn, bool MayBid, RaterRole? RatesAs, Bid? Mine, List<Bid>? Bids);

    public sealed class Handler(AppDbContext db, CurrentUser user, EventParticipants participants, TimeProvider clock)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var staff = user.Has(Permissions.ChallengesManage);
            var c = await db.Challenges.AsNoTracking().Include(x => x.Experts)
                .FirstOrDefaultAsync(x => x.Id == id && (staff || x.Status != ChallengeStatus.Draft), ct);
            if (c is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var bids = await db.ChallengeBids.AsNoTracking().Where(b => b.ChallengeId == id).OrderBy(b => b.SubmittedAt).ToListAsync(ct);
            var ratings = await db.ChallengeRatings.AsNoTracking().Where(r => r.ChallengeId == id).OrderBy(r => r.RatedAt).ToListAsync(ct);
            RaterRole? ratesAs = user.Id is { } uid && c.Experts.Any(e => e.UserId == uid) ? RaterRole.Expert
                : user.EnterpriseId is { } firm && firm == c.EnterpriseId ? RaterRole.Firm
                : null;
            var closed = c.Status is not (ChallengeStatus.Draft or ChallengeStatus.Published) || now >= c.BidDeadline;

            Bid Row(ChallengeBid b, bool allRatings)
            {
                var rs = ratings.Where(r => r.BidId == b.Id && (allRatings || r.RaterUserId == user.Id)).ToList();
                var all = ratings.Where(r => r.BidId == b.Id).ToList();
                return new Bid(b.Id, b.ParticipantKind, b.ParticipantName, b.Team, b.PlanSummary, b.Price, b.PeriodMonths,
                    b.AttachmentName, b.AttachmentSize, b.SubmittedAt, b.UpdatedAt, b.Version,
                    [.. rs.Select(r => new Rating(r.RaterName, r.Role, EventTerms.Name(r.Role), r.Score, r.Comment, r.RatedAt))],
                    allRatings && all.Count > 0 ? Math.Round(all.Average(r => r.Score), 1) : null, b.Id == c.WinnerBidId);
            }

            var who = user.IsAuthenticated ? await participants.CurrentAsync(ct) : null;
            var mine = who is null ? null : bids.FirstOrDefault(b => b.ParticipantKind == who.Kind && b.ParticipantId == who.Id);
            List<Bid>? visible = staff ? [.. bids.Select(b => Row(b, true))]
                : ratesAs is not null && closed ? [.. bids.Select(b => Row(b, false))]
                : null;
            var winner = bids.FirstOrDefault(b => b.Id == c.WinnerBidId);
            var isOpen = c.IsOpenForBids(now);
            return new Details(
                c.Id, c.Title, c.Description, c.Field, c.Reward, c.BidDeadline, c.Requirements, c.EnterpriseId, c.EnterpriseName, c.DemandId,
                c.Status, EventTerms.Name(c.Status), isOpen, c.Version, [.. c.Experts.Select(e => e.Name)], bids.Count,
                winner?.ParticipantName, c.ChoiceReason, c.ChosenBy, c.ChosenAt, c.OutcomeNote, c.OutcomeOn,
                isOpen && mine is null && who is not null && user.Has(Permissions.ChallengesBid) && !(who.Kind == ParticipantKind.Enterprise && who.Id == c.EnterpriseId),
                ratesAs, mine is null ? null : Row(mine, staff), visible);
        }

        /// <summary>A bid's file for staff, the bidder, or (after the deadline) the firm and the assigned experts.</summary>
        public async Task<ChallengeBidFile?> FileAsync(Guid id, Guid bidId, CancellationToken ct)
        {
            var details = await Handle(id, ct);
            var allowed = details is not null && (details.Mine?.Id == bidId || details.Bids?.Any(b => b.Id == bidId) == true);
            return allowed ? await db.ChallengeBidFiles.AsNoTracking().FirstOrDefaultAsync(f => f.BidId == bidId, ct) : null;
        }
    }
}
