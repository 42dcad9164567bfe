using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Dashboard;

/// <summary>
/// 网格服务驾驶舱: for a period, per district, grid and officer — firms covered, visits, needs collected, open and
/// overdue needs, median days to resolution and satisfaction — plus needs by category and status. Grid managers see
/// the city (or one district or grid); an officer sees their own grids. Each figure says how it is computed.
/// </summary>
public static class GridDashboard
{
    public sealed record Query(DateOnly? From = null, DateOnly? To = null, string? DistrictCode = null, Guid? GridId = null);

    /// <summary>One headline figure and how it was computed.</summary>
    public sealed record Figure(string Name, string Value, string How);

    public sealed record Line(string Key, string Name, int Grids, int Firms, int VisitedFirms, int Visits, int Needs, int Open, int Overdue,
        double? MedianDaysToClose, double? Satisfaction, int Rated)
    {
        /// <summary>Share of the firms visited at least once in the period, in percent.</summary>
        public double Coverage => Firms == 0 ? 0 : Math.Round(100.0 * VisitedFirms / Firms, 1);
    }

    public sealed record CategoryLine(string Category, int Accepted, int InProgress, int Resolved, int Unresolvable)
    {
        public int Total => Accepted + InProgress + Resolved + Unresolvable;
    }

    public sealed record Result(DateOnly From, DateOnly To, string Scope, IReadOnlyList<Figure> Figures, Line Total, IReadOnlyList<Line> ByDistrict,
        IReadOnlyList<Line> ByGrid, IReadOnlyList<Line> ByOfficer, IReadOnlyList<CategoryLine> ByCategory);

    private sealed record VisitFact(Guid? GridId, Guid EnterpriseId, Guid OfficerUserId);

    private sealed record NeedFact(Guid? GridId, Guid? OfficerUserId, NeedCategory Category, NeedStatus Status, DateOnly RaisedOn, DateOnly DueOn, DateOnly? ClosedOn, int? Rating);

    public sealed class Handler(AppDbContext db, CurrentUser user, OrganisationDirectory organisation, EnterpriseRegistry registry, UserDirectory users, TimeProvider clock)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var today = BeijingTime.Today(clock);
            var to = q.To ?? today;
            var from = q.From ?? to.AddDays(-182);
            if (from > to)
            {
                throw new Infrastructure.Errors.FieldValidationException("from", "开始日期不能晚于结束日期");
            }

            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            var grids = await organisation.GridsAsync(ct);
            var scope = "全市";
            if (!user.Has(Permissions.GridManage))
            {
                user.Demand(Permissions.GridVisit);
                var mine = await organisation.GridIdsOfOfficerAsync(user.Id!.Value, ct);
                grids = grids.Where(g => mine.Contains(g.Id)).ToList();
                scope = "本人网格";
            }

            if (q.DistrictCode is { Length: > 0 } district)
            {
                grids = grids.Where(g => g.DistrictCode == district).ToList();
                scope = districts.GetValueOrDefault(district, district);
            }

            if (q.GridId is { } gridId)
            {
                grids = grids.Where(g => g.Id == gridId).ToList();
                scope = grids.FirstOrDefault()?.Name ?? scope;
            }

            var gridIds = grids.Select(g => (Guid?)g.Id).ToList();
            var firmsByGrid = await registry.CountByGridAsync(ct);
            var visits = await db.Visits.AsNoTracking().Where(v => gridIds.Contains(v.GridId) && v.VisitedOn >= from && v.VisitedOn <= to)
                .Select(v => new VisitFact(v.GridId, v.EnterpriseId, v.OfficerUserId)).ToListAsync(ct);
            // Needs raised in the period, and every need still open (open and overdue are counted as of today).
            var needs = await db.Needs.AsNoTracking()
                .Where(n => gridIds.Contains(n.GridId) && ((n.RaisedOn >= from && n.RaisedOn <= to) || n.Status == NeedStatus.Accepted || n.Status == NeedStatus.InProgress))
                .Select(n => new NeedFact(n.GridId, n.OfficerUserId, n.Category, n.Status, n.RaisedOn, n.DueOn, n.ClosedOn, n.Rating)).ToListAsync(ct);
            var served = await db.ServiceAttendances.AsNoTracking()
                .Where(a => gridIds.Contains(a.GridId) && db.ServiceActivities.Any(x => x.Id == a.ActivityId && x.HeldOn >= from && x.HeldOn <= to))
                .Select(a => new { a.ActivityId, a.EnterpriseId, a.People }).ToListAsync(ct);
            var officers = (await organisation.GridOfficersAsync(ct)).Where(o => gridIds.Contains(o.GridId)).ToList();
            var names = await users.DisplayNamesAsync(officers.Select(o => o.UserId).Distinct().ToList(), ct);

            Line Summarise(string key, string name, IReadOnlyCollection<Guid> lineGrids, Func<VisitFact, bool> visitIn, Func<NeedFact, bool> needIn)
            {
                var v = visits.Where(visitIn).ToList();
                var n = needs.Where(needIn).ToList();
                var raised = n.Where(x => x.RaisedOn >= from && x.RaisedOn <= to).ToList();
                var closed = n.Where(x => x.ClosedOn is { } c && c >= from && c <= to).Select(x => (double)(x.ClosedOn!.Value.DayNumber - x.RaisedOn.DayNumber)).ToList();
                var rated = n.Where(x => x.ClosedOn is { } c && c >= from && c <= to && x.Rating is not null).Select(x => (double)x.Rating!.Value).ToList();
                var open = n.Where(x => x.Status is NeedStatus.Accepted or NeedStatus.InProgress).ToList();
                return new Line(key, name, lineGrids.Count, lineGrids.Sum(g => firmsByGrid.GetValueOrDefault(g)), v.Select(x => x.EnterpriseId).Distinct().Count(), v.Count,
                    raised.Count, open.Count, open.Count(x => x.DueOn < today), Median(closed), rated.Count == 0 ? null : Math.Round(rated.Average(), 2), rated.Count);
            }

            var all = grids.Select(g => g.Id).ToList();
            var total = Summarise("", scope, all, _ => true, _ => true);
            var byDistrict = grids.GroupBy(g => g.DistrictCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var ids = g.Select(x => (Guid?)x.Id).ToHashSet();
                    return Summarise(g.Key, districts.GetValueOrDefault(g.Key, g.Key), g.Select(x => x.Id).ToList(), v => ids.Contains(v.GridId), n => ids.Contains(n.GridId));
                }).ToList();
            var byGrid = grids.Select(g => Summarise(g.Id.ToString(), $"{g.Name}（{g.Code}）", [g.Id], v => v.GridId == g.Id, n => n.GridId == g.Id)).ToList();
            var byOfficer = officers.GroupBy(o => o.UserId)
                .Select(o => Summarise(o.Key.ToString(), names.GetValueOrDefault(o.Key, "（已删除的账号）"), o.Select(x => x.GridId).ToList(),
                    v => v.OfficerUserId == o.Key, n => n.OfficerUserId == o.Key))
                .OrderByDescending(l => l.Overdue).ThenBy(l => l.Coverage).ToList();
            var byCategory = Enum.GetValues<NeedCategory>().Select(c =>
            {
                var raised = needs.Where(n => n.Category == c && n.RaisedOn >= from && n.RaisedOn <= to).ToList();
                return new CategoryLine(GridTerms.Name(c), raised.Count(n => n.Status == NeedStatus.Accepted), raised.Count(n => n.Status == NeedStatus.InProgress),
                    raised.Count(n => n.Status == NeedStatus.Resolved), raised.Count(n => n.Status == NeedStatus.Unresolvable));
            }).ToList();

            var period = $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}";
            var figures = new List<Figure>
            {
                new("网格内企业", total.Firms.ToString(), $"{scope} {total.Grids} 个网格内的在册企业"),
                new("走访覆盖率", $"{total.Coverage}%", $"{period}走访过的企业 {total.VisitedFirms} 家 ÷ 网格内企业 {total.Firms} 家"),
                new("走访次数", total.Visits.ToString(), $"{period}记录的走访、电话、培训与政策宣讲"),
                new("收集需求", total.Needs.ToString(), $"{period}受理的企业需求"),
                new("逾期需求", total.Overdue.ToString(), $"截至 {today:yyyy-MM-dd} 未办结且已过办理期限的需求（未办结共 {total.Open} 条）"),
                new("办结时长中位数", total.MedianDaysToClose is { } m ? $"{m} 天" : "—", $"{period}办结的需求从受理到办结的天数的中位数"),
                new("培训与辅导", $"{served.Select(a => a.ActivityId).Distinct().Count()} 场", $"{period}研发投入归集培训、申报辅导与政策宣讲，服务企业 {served.Select(a => a.EnterpriseId).Distinct().Count()} 家、{served.Sum(a => a.People)} 人次"),
                new("满意度", total.Satisfaction is { } s ? $"{s} / 5" : "—", $"{period}办结且企业已评价的 {total.Rated} 条需求的平均星级"),
            };
            return new Result(from, to, scope, figures, total, byDistrict, byGrid, byOfficer, byCategory);
        }

        private static double? Median(List<double> values)
        {
            if (values.Count == 0)
            {
                return null;
            }

            values.Sort();
            var middle = values.Count / 2;
            return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }
    }
}
