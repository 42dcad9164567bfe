using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Challenges;

/// <summary>
/// 发榜 (draft): staff write up a firm's hard problem, or take a published market demand (the firm, title, description and
/// field come from it unless typed). A draft may be changed until it is published.
/// </summary>
public static class SaveChallenge
{
    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry firms, TimeProvider clock)
    {
        public async Task<Guid> Create(ChallengeForm form, CancellationToken ct)
        {
            user.Demand(Permissions.ChallengesManage);
            Validation.Throw(form);
            var now = clock.GetUtcNow();
            CheckDeadline(form, now);
            Guid enterpriseId;
            string enterpriseName;
            if (form.DemandId is { } demandId)
            {
                var demand = await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == demandId, ct)
                    ?? throw new FieldValidationException("demandId", "来源需求不存在");
                if (demand.Status != DemandStatus.Published)
                {
                    throw new FieldValidationException("demandId", "只能以已发布的技术需求发榜");
                }

                (enterpriseId, enterpriseName) = (demand.EnterpriseId, demand.EnterpriseName);
            }
            else
            {
                var firm = (form.EnterpriseId is { } firmId
                        ? (await firms.FindByIdsAsync([firmId], ct)).FirstOrDefault()
                        : await firms.FindByCreditCodeAsync(form.EnterpriseCreditCode!.Trim().ToUpperInvariant(), ct))
                    ?? throw new FieldValidationException("enterpriseId", "发榜企业不存在（请核对统一社会信用代码）");
                (enterpriseId, enterpriseName) = (firm.Id, firm.Name);
            }

            var challenge = new Challenge
            {
                Title = form.Title.Trim(),
                Description = form.Description.Trim(),
                Field = form.Field,
                Reward = form.Reward,
                BidDeadline = form.BidDeadline!.Value.ToUniversalTime(),
                Requirements = form.Requirements.Trim(),
                EnterpriseId = enterpriseId,
                EnterpriseName = enterpriseName,
                DemandId = form.DemandId,
                CreatedBy = user.Name,
                CreatedAt = now,
            };
            db.Challenges.Add(challenge);
            await db.SaveChangesAsync(ct);
            return challenge.Id;
        }

        public async Task<bool> Update(Guid id, ChallengeForm form, CancellationToken ct)
        {
            user.Demand(Permissions.ChallengesManage);
            Validation.Throw(form);
            var challenge = await db.Challenges.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (challenge is null)
            {
                return false;
            }

            if (challenge.Version != form.Version)
            {
                throw new ConflictException("该榜单已被他人修改，请刷新后再改");
            }

            challenge.EnsureDraft();
            CheckDeadline(form, clock.GetUtcNow());
            challenge.Title = form.Title.Trim();
            challenge.Description = form.Description.Trim();
            challenge.Field = form.Field;
            challenge.Reward = form.Reward;
            challenge.BidDeadline = form.BidDeadline!.Value.ToUniversalTime();
            challenge.Requirements = form.Requirements.Trim();
            await db.SaveChangesAsync(ct);
            return true;
        }

        private static void CheckDeadline(ChallengeForm form, DateTimeOffset now)
        {
            if (form.BidDeadline <= now)
            {
                throw new FieldValidationException("bidDeadline", "揭榜截止时间应晚于现在");
            }
        }
    }
}
