using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Roadshows;

/// <summary>Staff add presenting projects (路演项目), publish the roadshow or cancel it.</summary>
public static class ManageRoadshow
{
    public enum Action
    {
        Publish,
        Cancel,
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid?> AddProject(Guid roadshowId, RoadshowProjectForm form, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsManage);
            Validation.Throw(form);
            var roadshow = await db.Roadshows.Include(r => r.Projects).FirstOrDefaultAsync(r => r.Id == roadshowId, ct);
            if (roadshow is null)
            {
                return null;
            }

            if (form.AchievementId is { } achievementId && !await db.Achievements.AnyAsync(a => a.Id == achievementId && a.IsPublished, ct))
            {
                throw new FieldValidationException("achievementId", "关联的科技成果不存在或未发布");
            }

            var project = roadshow.AddProject(form.Title, form.Presenter, form.Summary, form.FinancingNeed, form.AchievementId, clock.GetUtcNow());
            db.RoadshowProjects.Add(project);
            await db.SaveChangesAsync(ct);
            return project.Id;
        }

        public async Task<bool> Change(Guid roadshowId, Action action, long? version, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsManage);
            var roadshow = await db.Roadshows.Include(r => r.Projects).FirstOrDefaultAsync(r => r.Id == roadshowId, ct);
            if (roadshow is null)
            {
                return false;
            }

            if (version is { } v && v != roadshow.Version)
            {
                throw new ConflictException("该路演已被他人修改，请刷新后再操作");
            }

            var now = clock.GetUtcNow();
            switch (action)
            {
                case Action.Publish:
                    roadshow.Publish(now);
                    break;
                case Action.Cancel:
                    roadshow.Cancel(now);
                    break;
                default:
                    throw new FieldValidationException("action", "操作无效");
            }

            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
