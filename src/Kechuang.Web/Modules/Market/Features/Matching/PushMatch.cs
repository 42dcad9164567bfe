using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Matching;

/// <summary>推送对接: staff push a demand and a candidate to each other; both sides are notified. Once per pair.</summary>
public static class PushMatch
{
    public sealed record Command(CandidateKind CandidateKind, Guid CandidateId, string? Reason);

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier, ExpertDirectory experts, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid demandId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.MarketManage);
            var demand = await db.Demands.FirstOrDefaultAsync(d => d.Id == demandId, ct);
            if (demand is null)
            {
                return null;
            }

            if (demand.Status != DemandStatus.Published)
            {
                throw new DomainRuleException("只有已发布的需求可以推送对接");
            }

            if (await db.MatchPushes.AnyAsync(m => m.DemandId == demandId && m.CandidateKind == command.CandidateKind && m.CandidateId == command.CandidateId, ct))
            {
                throw new ConflictException("已向双方推送过该对接");
            }

            var (name, ownerUser) = command.CandidateKind switch
            {
                CandidateKind.Achievement => await db.Achievements.Where(a => a.Id == command.CandidateId && a.IsPublished)
                    .Select(a => new { Name = a.Title + "（" + a.OwnerName + "）", a.OwnerUserId }).FirstOrDefaultAsync(ct) is { } a ? (a.Name, a.OwnerUserId) : (null, null),
                CandidateKind.Service => await db.ServiceOffers.Where(s => s.Id == command.CandidateId && s.IsPublished)
                    .Select(s => new { Name = s.Title + "（" + s.ProviderName + "）", s.OwnerUserId }).FirstOrDefaultAsync(ct) is { } s ? (s.Name, s.OwnerUserId) : (null, null),
                CandidateKind.Expert => (await experts.AvailableAsync(command.CandidateId, ct)).FirstOrDefault() is { } e ? ($"{e.Name}（{e.UnitName}）", e.UserId) : (null, null),
                _ => ((string?)null, (Guid?)null),
            };
            if (name is null)
            {
                throw new FieldValidationException("candidateId", "对接对象不存在或已撤下");
            }

            var match = new MatchPush
            {
                DemandId = demandId,
                CandidateKind = command.CandidateKind,
                CandidateId = command.CandidateId,
                CandidateName = name,
                Reason = string.IsNullOrWhiteSpace(command.Reason) ? "工作人员推荐" : command.Reason.Trim()[..Math.Min(command.Reason.Trim().Length, 1000)],
                PushedBy = user.Name,
                PushedAt = clock.GetUtcNow(),
            };
            db.MatchPushes.Add(match);
            notifier.NotifyEnterprise(demand.EnterpriseId, "技术对接推荐", $"科技局为您的需求「{demand.Title}」推荐了{MarketTerms.Name(command.CandidateKind)}：{name}。理由：{match.Reason}", $"/market/demands/{demand.Id}");
            if (ownerUser is { } owner)
            {
                notifier.NotifyUser(owner, "技术对接推荐", $"科技局将企业需求「{demand.Title}」（{demand.EnterpriseName}）推荐给您：{name}。理由：{match.Reason}", $"/market/demands/{demand.Id}");
            }

            await db.SaveChangesAsync(ct);
            return match.Id;
        }
    }
}
