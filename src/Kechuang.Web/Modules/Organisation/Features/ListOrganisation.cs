using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Organisation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Organisation.Features;

/// <summary>The organisation at a glance: districts, 科室, units, and grids with their officers and firm counts.</summary>
public static class ListOrganisation
{
    public sealed record GridRow(Guid Id, string Code, string Name, string DistrictCode, string DistrictName, IReadOnlyList<string> Officers, int Enterprises);

    public sealed record Result(
        IReadOnlyList<District> Districts, IReadOnlyList<Department> Departments, IReadOnlyList<Unit> Units, IReadOnlyList<GridRow> Grids);

    public sealed class Handler(AppDbContext db, UserDirectory users, EnterpriseRegistry enterprises)
    {
        public async Task<Result> Handle(CancellationToken ct)
        {
            var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name).ToListAsync(ct);
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync(ct);
            var grids = await db.Grids.AsNoTracking().Include(g => g.Officers).OrderBy(g => g.Code).ToListAsync(ct);
            var names = await users.DisplayNamesAsync(grids.SelectMany(g => g.Officers).Select(o => o.UserId).Distinct().ToList(), ct);
            var counts = await enterprises.CountByGridAsync(ct);
            return new Result(districts, departments, units, grids.Select(g => new GridRow(
                g.Id, g.Code, g.Name, g.DistrictCode, districts.FirstOrDefault(d => d.Code == g.DistrictCode)?.Name ?? g.DistrictCode,
                g.Officers.Select(o => names.GetValueOrDefault(o.UserId, "?")).ToList(), counts.GetValueOrDefault(g.Id))).ToList());
        }
    }
}
