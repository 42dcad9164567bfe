using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Challenges;

/// <summary>Challenge lists, open ones first by deadline: the public sees published ones (any state after 草稿), staff also drafts; a text filter over title, description, firm and field.</summary>
public static class ListChallenges
{
    public sealed record Query(string? Q, ChallengeStatus? Status);

    public sealed record Row(
        Guid Id, string Title, string EnterpriseName, string Field, decimal Reward, DateTimeOffset BidDeadline,
        ChallengeStatus Status, string StatusName, bool IsOpen, int Bids, string? WinnerName);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<List<Row>> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var challenges = db.Challenges.AsNoTracking();
            if (!user.Has(Permissions.ChallengesManage))
            {
                challenges = challenges.Where(c => c.Status != ChallengeStatus.Draft);
            }

            if (query.Status is { } status)
            {
                challenges = challenges.Where(c => c.Status == status);
            }

            if (query.Q?.Trim() is { Length: > 0 } q)
            {
                q = q.Length > 100 ? q[..100] : q;
                challenges = challenges.Where(c => c.Title.Contains(q) || c.Description.Contains(q) || c.EnterpriseName.Contains(q) || c.Field.Contains(q) || c.Requirements.Contains(q));
            }

            var rows = await challenges
                .Select(c => new
                {
                    c.Id,
                    c.Title,
                    c.EnterpriseName,
                    c.Field,
                    c.Reward,
                    c.BidDeadline,
                    c.Status,
                    Bids = db.ChallengeBids.Count(b => b.ChallengeId == c.Id),
                    Winner = db.ChallengeBids.Where(b => b.Id == c.WinnerBidId).Select(b => b.ParticipantName).FirstOrDefault(),
                })
                .Take(500)
                .ToListAsync(ct);
            return [.. rows
                .Select(c => new Row(c.Id, c.Title, c.EnterpriseName, c.Field, c.Reward, c.BidDeadline, c.Status, EventTerms.Name(c.Status),
                    c.Status == ChallengeStatus.Published && now < c.BidDeadline, c.Bids, c.Winner))
                .OrderByDescending(r => r.IsOpen).ThenBy(r => r.IsOpen ? r.BidDeadline.UtcTicks : -r.BidDeadline.UtcTicks)];
        }
    }
}
