using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Challenges;

/// <summary>
/// Staff steps of a challenge list: publish, assign experts of the pool, close the bidding after the deadline (评选中, or
/// 流榜 without bids), choose the winner with a reason (揭榜成功, recorded with who chose), and record the outcome
/// (已完成 / 未完成).
/// </summary>
public static class ManageChallenge
{
    public sealed record ExpertCommand(Guid ExpertId);

    public sealed record ChoiceCommand(
        Guid BidId,
        [property: Required(ErrorMessage = "请写明选定理由"), StringLength(1000, ErrorMessage = "选定理由不能超过 1000 字")] string Reason,
        long Version);

    public sealed record OutcomeCommand(
        bool Completed,
        [property: Required(ErrorMessage = "请填写完成情况说明"), StringLength(1000, ErrorMessage = "说明不能超过 1000 字")] string Note,
        long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user, ExpertDirectory experts, Notifier notifier, TimeProvider clock)
    {
        public async Task<bool> Publish(Guid id, long? version, CancellationToken ct)
        {
            var challenge = await LoadAsync(id, version, ct);
            if (challenge is null)
            {
                return false;
            }

            challenge.Publish(clock.GetUtcNow());
            notifier.NotifyEnterprise(challenge.EnterpriseId, "揭榜挂帅榜单已发布", $"贵企业的技术难题「{challenge.Title}」已发布揭榜，截止 {challenge.BidDeadline.ToOffset(BeijingTime.Offset):yyyy-MM-dd HH:mm}。", $"/challenges/{challenge.Id}");
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> AssignExpert(Guid id, ExpertCommand command, CancellationToken ct)
        {
            var challenge = await LoadAsync(id, null, ct);
            if (challenge is null)
            {
                return false;
            }

            var expert = (await experts.AvailableAsync(command.ExpertId, ct)).FirstOrDefault()
                ?? throw new FieldValidationException("expertId", "专家不在专家库中或当前不可用");
            if (expert.UserId is not { } userId)
            {
                throw new FieldValidationException("expertId", $"{expert.Name}没有平台账号，不能在线评分");
            }

            challenge.AssignExpert(userId, expert.Name);
            db.ChallengeExperts.Add(challenge.Experts[^1]);
            notifier.NotifyUser(userId, "揭榜挂帅评选邀请", $"请在揭榜截止后为「{challenge.Title}」的揭榜方案评分。", $"/challenges/{challenge.Id}");
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> CloseBidding(Guid id, CancellationToken ct)
        {
            var challenge = await LoadAsync(id, null, ct);
            if (challenge is null)
            {
                return false;
            }

            if (challenge.Status != ChallengeStatus.Published)
            {
                throw new DomainRuleException($"榜单当前为「{EventTerms.Name(challenge.Status)}」，不在揭榜中");
            }

            challenge.CloseBidding(await db.ChallengeBids.CountAsync(b => b.ChallengeId == id, ct), clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> ChooseWinner(Guid id, ChoiceCommand command, CancellationToken ct)
        {
            Validation.Throw(command);
            var challenge = await LoadAsync(id, command.Version, ct);
            if (challenge is null)
            {
                return false;
            }

            var wasOpen = challenge.Status == ChallengeStatus.Published;
            challenge.CloseBidding(await db.ChallengeBids.CountAsync(b => b.ChallengeId == id, ct), clock.GetUtcNow());
            if (wasOpen && challenge.Status == ChallengeStatus.Unbid)
            {
                await db.SaveChangesAsync(ct); // the deadline passed without bids: 流榜 is kept, then the choice is refused
            }

            challenge.EnsureJudging();
            var bid = await db.ChallengeBids.FirstOrDefaultAsync(b => b.Id == command.BidId && b.ChallengeId == id, ct)
                ?? throw new FieldValidationException("bidId", "揭榜方案不存在");
            challenge.ChooseWinner(bid, command.Reason, user.Name, clock.GetUtcNow());
            if (bid.ParticipantKind == ParticipantKind.Enterprise)
            {
                notifier.NotifyEnterprise(bid.ParticipantId, "揭榜成功", $"贵方在「{challenge.Title}」中揭榜成功。", $"/challenges/{challenge.Id}");
            }
            else if (bid.UserId is { } bidder)
            {
                notifier.NotifyUser(bidder, "揭榜成功", $"贵方在「{challenge.Title}」中揭榜成功。", $"/challenges/{challenge.Id}");
            }

            notifier.NotifyEnterprise(challenge.EnterpriseId, "榜单已揭榜", $"「{challenge.Title}」由{bid.ParticipantName}揭榜。", $"/challenges/{challenge.Id}");
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> RecordOutcome(Guid id, OutcomeCommand command, CancellationToken ct)
        {
            Validation.Throw(command);
            var challenge = await LoadAsync(id, command.Version, ct);
            if (challenge is null)
            {
                return false;
            }

            challenge.RecordOutcome(command.Completed, command.Note, user.Name, BeijingTime.Today(clock));
            await db.SaveChangesAsync(ct);
            return true;
        }

        /// <summary>Experts of the pool who have an account, for the page's choice.</summary>
        public async Task<List<ExpertProfile>> ExpertChoicesAsync(CancellationToken ct)
        {
            user.Demand(Permissions.ChallengesManage);
            return [.. (await experts.AvailableAsync(null, ct)).Where(e => e.UserId != null)];
        }

        private async Task<Challenge?> LoadAsync(Guid id, long? version, CancellationToken ct)
        {
            user.Demand(Permissions.ChallengesManage);
            var challenge = await db.Challenges.Include(c => c.Experts).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (challenge is not null && version is { } v && v != challenge.Version)
            {
                throw new ConflictException("该榜单已被他人修改，请刷新后再操作");
            }

            return challenge;
        }
    }
}
