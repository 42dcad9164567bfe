using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Search;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Achievements;

/// <summary>发布/修改/撤下科技成果: by users who may publish (universities, institutes, firms, service bodies), or staff.</summary>
public static class SaveAchievement
{
    public sealed class Handler(AppDbContext db, CurrentUser user, MarketAccess access, SearchChanges changes, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid? id, AchievementForm form, CancellationToken ct)
        {
            user.Demand(Permissions.MarketPublish);
            Validation.Throw(form);
            Achievement achievement;
            if (id is null)
            {
                achievement = new Achievement
                {
                    OwnerUserId = user.Id,
                    EnterpriseId = user.EnterpriseId,
                    OwnerName = form.OwnerName.Trim(),
                    Title = form.Title.Trim(),
                    Abstract = form.Abstract.Trim(),
                    Field = form.Field,
                    ContactName = form.ContactName.Trim(),
                    ContactPhone = form.ContactPhone.Trim(),
                    CreatedAt = clock.GetUtcNow(),
                };
                db.Achievements.Add(achievement);
            }
            else
            {
                var found = await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, ct);
                if (found is null || !access.MayManageAchievement(found))
                {
                    return null;
                }

                if (found.Version != form.Version)
                {
                    throw new ConflictException("该成果已被他人修改，请刷新后再改");
                }

                achievement = found;
                achievement.OwnerName = form.OwnerName.Trim();
                achievement.Title = form.Title.Trim();
                achievement.Abstract = form.Abstract.Trim();
                achievement.Field = form.Field;
                achievement.ContactName = form.ContactName.Trim();
                achievement.ContactPhone = form.ContactPhone.Trim();
            }

            achievement.OwnerKind = form.OwnerKind;
            achievement.DistrictCode = string.IsNullOrWhiteSpace(form.DistrictCode) ? null : form.DistrictCode.Trim();
            achievement.Keywords = DemandForm.NormaliseKeywords(form.Keywords);
            achievement.Maturity = form.Maturity;
            achievement.PatentNumbers = DemandForm.NormaliseKeywords(form.PatentNumbers);
            achievement.TransferMode = form.TransferMode;
            achievement.PriceGuidance = form.PriceGuidance?.Trim();
            changes.Changed(SearchKinds.Achievement, achievement.Id);
            await db.SaveChangesAsync(ct);
            changes.Saved();
            return achievement.Id;
        }

        public async Task<bool> SetPublished(Guid id, bool published, CancellationToken ct)
        {
            var found = await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (found is null || !access.MayManageAchievement(found))
            {
                return false;
            }

            found.IsPublished = published;
            changes.Changed(SearchKinds.Achievement, id);
            await db.SaveChangesAsync(ct);
            changes.Saved();
            return true;
        }
    }
}
