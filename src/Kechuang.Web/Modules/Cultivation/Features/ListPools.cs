using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>The pools with how many firms are in each now and how many came in this year and last ("新入库 78 家").</summary>
public static class ListPools
{
    public sealed record Row(Guid Id, string Code, string Name, string TargetRuleSetId, string? Description, int Members, int AdmittedThisYear, int AdmittedLastYear, int RemovedThisYear);

    public sealed class Handler(AppDbContext db, CurrentUser user, LadderAssessor assessor)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            var year = assessor.Today.Year;
            var thisYear = new DateOnly(year, 1, 1);
            var lastYear = new DateOnly(year - 1, 1, 1);
            var stays = await db.PoolMemberships.AsNoTracking().Select(m => new { m.PoolId, m.AdmittedOn, m.RemovedOn }).ToListAsync(ct);
            var pools = await db.CultivationPools.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(ct);
            return pools.Select(p =>
            {
                var mine = stays.Where(s => s.PoolId == p.Id).ToList();
                return new Row(p.Id, p.Code, p.Name, p.TargetRuleSetId, p.Description,
                    mine.Count(s => s.RemovedOn is null),
                    mine.Count(s => s.AdmittedOn >= thisYear),
                    mine.Count(s => s.AdmittedOn >= lastYear && s.AdmittedOn < thisYear),
                    mine.Count(s => s.RemovedOn >= thisYear));
            }).ToList();
        }
    }
}
