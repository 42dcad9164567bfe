using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Roadshows;

/// <summary>Roadshows, upcoming (soonest first) and past (latest first): the public and attendees see published ones, staff also drafts and cancelled.</summary>
public static class ListRoadshows
{
    public sealed record Row(
        Guid Id, string Title, DateTimeOffset StartsAt, string Place, string Theme, int Capacity, int Registered,
        RoadshowStatus Status, string StateName, int Projects, decimal FinancingNeed, decimal Invested);

    public sealed record Result(List<Row> Upcoming, List<Row> Past);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result> Handle(CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var query = db.Roadshows.AsNoTracking();
            if (!user.Has(Permissions.RoadshowsManage))
            {
                query = query.Where(r => r.Status == RoadshowStatus.Published);
            }

            var rows = (await query
                .Select(r => new
                {
                    r.Id,
                    r.Title,
                    r.StartsAt,
                    r.Place,
                    r.Theme,
                    r.Capacity,
                    r.RegisteredCount,
                    r.Status,
                    Projects = r.Projects.Count,
                    Need = r.Projects.Select(p => p.FinancingNeed).ToList(),
                    Invested = db.RoadshowOutcomes.Where(o => o.RoadshowId == r.Id && o.Kind == OutcomeKind.Invested).Select(o => o.Amount ?? 0).ToList(),
                })
                .ToListAsync(ct))
                .Select(r => new Row(r.Id, r.Title, r.StartsAt, r.Place, r.Theme, r.Capacity, r.RegisteredCount, r.Status,
                    EventTerms.State(r.Status, r.StartsAt, now), r.Projects, r.Need.Sum(), r.Invested.Sum()))
                .ToList();
            return new Result(
                [.. rows.Where(r => r.StartsAt > now).OrderBy(r => r.StartsAt)],
                [.. rows.Where(r => r.StartsAt <= now).OrderByDescending(r => r.StartsAt)]);
        }
    }
}
