using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Challenges;

/// <summary>
/// 评选: after the deadline an assigned expert or a user of the firm that posted the problem rates a bid 0–100 with a
/// comment; rating the same bid again replaces the earlier rating. Staff see the average of each bid.
/// </summary>
public static class RateBid
{
    public sealed record Command(
        [property: Range(0, 100, ErrorMessage = "评分应在 0 到 100 之间")] int Score,
        [property: Required(ErrorMessage = "请填写评语"), StringLength(1000, ErrorMessage = "评语不能超过 1000 字")] string Comment);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid challengeId, Guid bidId, Command command, CancellationToken ct)
        {
            Validation.Throw(command);
            var challenge = await db.Challenges.Include(c => c.Experts).FirstOrDefaultAsync(c => c.Id == challengeId, ct);
            var bid = challenge is null ? null : await db.ChallengeBids.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bidId && b.ChallengeId == challengeId, ct);
            if (challenge is null || bid is null || user.Id is not { } userId)
            {
                return false;
            }

            RaterRole role;
            if (challenge.Experts.Any(e => e.UserId == userId))
            {
                role = RaterRole.Expert;
            }
            else if (user.EnterpriseId == challenge.EnterpriseId)
            {
                role = RaterRole.Firm;
            }
            else
            {
                throw new UnauthorizedAccessException("challenge rater");
            }

            var now = clock.GetUtcNow();
            challenge.CloseBidding(1, now); // a bid exists, so the list goes to 评选中
            challenge.EnsureJudging();
            var rating = await db.ChallengeRatings.FirstOrDefaultAsync(r => r.BidId == bidId && r.RaterUserId == userId, ct);
            if (rating is null)
            {
                db.ChallengeRatings.Add(new ChallengeRating
                {
                    ChallengeId = challengeId,
                    BidId = bidId,
                    RaterUserId = userId,
                    RaterName = user.Name,
                    Role = role,
                    Score = command.Score,
                    Comment = command.Comment.Trim(),
                    RatedAt = now,
                });
            }
            else
            {
                rating.Score = command.Score;
                rating.Comment = command.Comment.Trim();
                rating.RatedAt = now;
            }

            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
