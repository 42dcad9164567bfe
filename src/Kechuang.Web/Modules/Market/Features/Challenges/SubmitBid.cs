using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Challenges;

/// <summary>
/// 揭榜: a team (a firm, university, institute or service body, through any of its users) submits one proposal per
/// challenge list before the deadline (a second is refused with 409, also when two arrive at once: unique index), edits it
/// and attaches the full proposal until the deadline. The firm that posted the problem does not bid on it.
/// </summary>
public static class SubmitBid
{
    public sealed class Handler(AppDbContext db, CurrentUser user, EventParticipants participants, TimeProvider clock)
    {
        public async Task<Guid?> Create(Guid challengeId, BidForm form, CancellationToken ct)
        {
            user.Demand(Permissions.ChallengesBid);
            Validation.Throw(form);
            var who = await participants.RequireAsync("揭榜", ct);
            var challenge = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft, ct);
            if (challenge is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            challenge.EnsureOpenForBids(now);
            if (who.Kind == ParticipantKind.Enterprise && who.Id == challenge.EnterpriseId)
            {
                throw new DomainRuleException("发榜企业不能揭自己的榜");
            }

            if (await db.ChallengeBids.AnyAsync(b => b.ChallengeId == challengeId && b.ParticipantKind == who.Kind && b.ParticipantId == who.Id, ct))
            {
                throw new ConflictException($"{who.Name}已提交过揭榜方案，每个单位限一份，请修改已提交的方案");
            }

            var bid = new ChallengeBid
            {
                ChallengeId = challengeId,
                ParticipantKind = who.Kind,
                ParticipantId = who.Id,
                ParticipantName = who.Name,
                UserId = user.Id,
                Team = form.Team.Trim(),
                PlanSummary = form.PlanSummary.Trim(),
                Price = form.Price,
                PeriodMonths = form.PeriodMonths,
                SubmittedAt = now,
            };
            db.ChallengeBids.Add(bid);
            await db.SaveChangesAsync(ct);
            return bid.Id;
        }

        public async Task<bool> Update(Guid challengeId, Guid bidId, BidForm form, CancellationToken ct)
        {
            Validation.Throw(form);
            var (challenge, bid) = await OwnAsync(challengeId, bidId, ct);
            if (bid is null)
            {
                return false;
            }

            if (bid.Version != form.Version)
            {
                throw new ConflictException("该方案已被同单位的其他人修改，请刷新后再改");
            }

            var now = clock.GetUtcNow();
            challenge!.EnsureOpenForBids(now);
            bid.Team = form.Team.Trim();
            bid.PlanSummary = form.PlanSummary.Trim();
            bid.Price = form.Price;
            bid.PeriodMonths = form.PeriodMonths;
            bid.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return true;
        }

        /// <summary>Attaches (or replaces) the full proposal, checked for type, content signature and size.</summary>
        public async Task<bool> Attach(Guid challengeId, Guid bidId, string fileName, byte[] content, CancellationToken ct)
        {
            var (challenge, bid) = await OwnAsync(challengeId, bidId, ct);
            if (bid is null)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            challenge!.EnsureOpenForBids(now);
            if (BidFileRules.Problem(fileName, content) is { } problem)
            {
                throw new FieldValidationException("file", problem);
            }

            var name = Path.GetFileName(fileName.Trim());
            var file = await db.ChallengeBidFiles.FirstOrDefaultAsync(f => f.BidId == bidId, ct);
            if (file is null)
            {
                db.ChallengeBidFiles.Add(new ChallengeBidFile { BidId = bidId, FileName = name, Content = content });
            }
            else
            {
                file.FileName = name;
                file.Content = content;
            }

            bid.AttachmentName = name;
            bid.AttachmentSize = content.Length;
            bid.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return true;
        }

        private async Task<(Challenge? Challenge, ChallengeBid? Bid)> OwnAsync(Guid challengeId, Guid bidId, CancellationToken ct)
        {
            user.Demand(Permissions.ChallengesBid);
            var who = await participants.RequireAsync("修改揭榜方案", ct);
            var bid = await db.ChallengeBids.FirstOrDefaultAsync(b => b.Id == bidId && b.ChallengeId == challengeId && b.ParticipantKind == who.Kind && b.ParticipantId == who.Id, ct);
            var challenge = bid is null ? null : await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId, ct);
            return challenge is null ? (null, null) : (challenge, bid);
        }
    }
}

/// <summary>What a proposal's file may be: PDF, Word, PowerPoint or ZIP, at most <see cref="MaxMegabytes"/> MB, its bytes what its extension says.</summary>
public static class BidFileRules
{
    public const int MaxMegabytes = 10;

    public static readonly IReadOnlyList<string> Extensions = [".pdf", ".docx", ".pptx", ".zip"];

    public static string? Problem(string? fileName, byte[]? content)
    {
        if (content is null || content.Length == 0 || string.IsNullOrWhiteSpace(fileName))
        {
            return "请选择方案文件";
        }

        if (content.Length > MaxMegabytes * 1024L * 1024L)
        {
            return $"方案文件不能超过 {MaxMegabytes} MB（所选文件 {content.Length / 1024.0 / 1024.0:0.0} MB）";
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(ext))
        {
            return $"方案文件只接受 {string.Join("、", Extensions.Select(e => e.TrimStart('.').ToUpperInvariant()))} 格式";
        }

        return FileSignature.Matches(ext, content) ? null : $"文件内容与扩展名 {ext} 不符（文件可能已损坏或被改了扩展名）";
    }
}
