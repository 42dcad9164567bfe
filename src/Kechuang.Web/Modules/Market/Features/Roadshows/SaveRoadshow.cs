using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Roadshows;

/// <summary>Staff set up a roadshow (草稿) or change it before it starts; the capacity never drops below those registered.</summary>
public static class SaveRoadshow
{
    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> Create(RoadshowForm form, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsManage);
            Validation.Throw(form);
            var now = clock.GetUtcNow();
            CheckStart(form, now);
            var roadshow = new Roadshow
            {
                Title = form.Title.Trim(),
                StartsAt = form.StartsAt!.Value.ToUniversalTime(),
                Place = form.Place.Trim(),
                Theme = form.Theme.Trim(),
                Capacity = form.Capacity,
                Description = form.Description.Trim(),
                CreatedBy = user.Name,
                CreatedAt = now,
            };
            db.Roadshows.Add(roadshow);
            await db.SaveChangesAsync(ct);
            return roadshow.Id;
        }

        public async Task<bool> Update(Guid id, RoadshowForm form, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsManage);
            Validation.Throw(form);
            var roadshow = await db.Roadshows.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (roadshow is null)
            {
                return false;
            }

            if (roadshow.Version != form.Version)
            {
                throw new ConflictException("该路演已被他人修改，请刷新后再改");
            }

            var now = clock.GetUtcNow();
            roadshow.EnsureEditable(now);
            CheckStart(form, now);
            if (form.Capacity < roadshow.RegisteredCount)
            {
                throw new FieldValidationException("capacity", $"已有 {roadshow.RegisteredCount} 人报名，名额不能少于报名人数");
            }

            roadshow.Title = form.Title.Trim();
            roadshow.StartsAt = form.StartsAt!.Value.ToUniversalTime();
            roadshow.Place = form.Place.Trim();
            roadshow.Theme = form.Theme.Trim();
            roadshow.Capacity = form.Capacity;
            roadshow.Description = form.Description.Trim();
            await db.SaveChangesAsync(ct);
            return true;
        }

        private static void CheckStart(RoadshowForm form, DateTimeOffset now)
        {
            if (form.StartsAt <= now)
            {
                throw new FieldValidationException("startsAt", "开始时间应晚于现在");
            }
        }
    }
}
