using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.GridService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Visits;

/// <summary>Visits, newest first: an officer's own, or every officer's for grid managers; optionally of one firm.</summary>
public static class ListVisits
{
    public sealed record Query(Guid? EnterpriseId = null, int Page = 1, int PageSize = 20);

    public sealed record Row(Guid Id, Guid EnterpriseId, string EnterpriseName, string OfficerName, DateOnly VisitedOn, string Kind, string PeopleMet, string Notes,
        IReadOnlyList<Guid> PhotoIds, int NeedCount);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var visits = db.Visits.AsNoTracking();
            if (!user.Has(Permissions.GridManage))
            {
                user.Demand(Permissions.GridVisit);
                var me = user.Id;
                visits = visits.Where(v => v.OfficerUserId == me);
            }

            if (q.EnterpriseId is { } firm)
            {
                visits = visits.Where(v => v.EnterpriseId == firm);
            }

            var pageSize = Math.Clamp(q.PageSize, 1, 100);
            var page = Math.Max(1, q.Page);
            var total = await visits.CountAsync(ct);
            var rows = await visits.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize)
                .Select(v => new
                {
                    v.Id,
                    v.EnterpriseId,
                    v.EnterpriseName,
                    v.OfficerName,
                    v.VisitedOn,
                    v.Kind,
                    v.PeopleMet,
                    v.Notes,
                    Photos = v.Photos.Select(p => p.Id).ToList(),
                    Needs = db.Needs.Count(n => n.VisitId == v.Id),
                })
                .ToListAsync(ct);
            return new Result(rows.Select(v => new Row(v.Id, v.EnterpriseId, v.EnterpriseName, v.OfficerName, v.VisitedOn, GridTerms.Name(v.Kind), v.PeopleMet, v.Notes,
                v.Photos, v.Needs)).ToList(), total, page, pageSize);
        }
    }
}
