using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class ListEnterprises
{
    public const int MaxPageSize = 200;

    public sealed record Query(
        string? Search = null,
        string? District = null,
        Guid? Grid = null,
        string? Industry = null,
        HighTechField? Field = null,
        QualificationType? Qualification = null,
        string? Sort = null,
        bool Desc = false,
        int Page = 1,
        int PageSize = 20);

    public sealed record Row(
        Guid Id, string Name, string CreditCode, string DistrictCode, string DistrictName, Guid? GridId, string? GridName,
        string? IndustryCode, string IndustryName, HighTechField? HighTechField, string? HighTechFieldName,
        DateOnly? EstablishedOn, QualificationType? Tier, string TierName, IReadOnlyList<QualificationType> ValidQualifications);

    public sealed record Page(IReadOnlyList<Row> Items, int Total, int PageNumber, int PageSize);

    public sealed class Handler(EnterpriseAccess access, OrganisationDirectory organisation, TimeProvider clock)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesRead);
            var page = Math.Max(1, q.Page);
            var size = Math.Clamp(q.PageSize, 1, MaxPageSize);
            var filtered = Filter(await access.VisibleAsync(ct), q);
            var total = await filtered.CountAsync(ct);
            var ids = await Sorted(filtered, q).Skip(Paging.Skip(page, size)).Take(size).Select(e => e.Id).ToListAsync(ct);
            return new Page(await RowsAsync(filtered, ids, ct), total, page, size);
        }

        /// <summary>All rows of the filter, in order, for export (no paging).</summary>
        public async Task<List<Enterprise>> AllAsync(Query q, CancellationToken ct)
        {
            var filtered = Filter(await access.VisibleAsync(ct), q);
            return await Sorted(filtered, q).AsNoTracking().Include(e => e.AnnualReports).Include(e => e.Qualifications).AsSplitQuery().ToListAsync(ct);
        }

        public IQueryable<Enterprise> Filter(IQueryable<Enterprise> query, Query q)
        {
            if (!string.IsNullOrWhiteSpace(q.Search))
            {
                var s = q.Search.Trim();
                var code = s.ToUpperInvariant();
                query = query.Where(e => e.Name.Contains(s) || e.CreditCode.StartsWith(code));
            }

            if (!string.IsNullOrWhiteSpace(q.District))
            {
                query = query.Where(e => e.DistrictCode == q.District);
            }

            if (q.Grid is { } grid)
            {
                query = query.Where(e => e.GridId == grid);
            }

            if (!string.IsNullOrWhiteSpace(q.Industry))
            {
                query = query.Where(e => e.IndustryCode == q.Industry);
            }

            if (q.Field is { } field)
            {
                query = query.Where(e => e.HighTechField == field);
            }

            if (q.Qualification is { } type)
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                query = type == QualificationType.TechSme
                    ? query.Where(e => e.Qualifications.Any(x => x.Type == type && x.Year == today.Year))
                    : query.Where(e => e.Qualifications.Any(x => x.Type == type
                        && (x.IssuedOn == null || x.IssuedOn <= today) && (x.ExpiresOn == null || x.ExpiresOn >= today)));
            }

            return query;
        }

        private static IQueryable<Enterprise> Sorted(IQueryable<Enterprise> query, Query q) => (q.Sort?.ToLowerInvariant(), q.Desc) switch
        {
            ("creditcode", false) => query.OrderBy(e => e.CreditCode),
            ("creditcode", true) => query.OrderByDescending(e => e.CreditCode),
            ("established", false) => query.OrderBy(e => e.EstablishedOn).ThenBy(e => e.Id),
            ("established", true) => query.OrderByDescending(e => e.EstablishedOn).ThenBy(e => e.Id),
            ("district", false) => query.OrderBy(e => e.DistrictCode).ThenBy(e => e.Name).ThenBy(e => e.Id),
            ("district", true) => query.OrderByDescending(e => e.DistrictCode).ThenBy(e => e.Name).ThenBy(e => e.Id),
            (_, true) => query.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            _ => query.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };

        private async Task<List<Row>> RowsAsync(IQueryable<Enterprise> filtered, List<Guid> ids, CancellationToken ct)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var firms = await filtered.AsNoTracking().Where(e => ids.Contains(e.Id))
                .Select(e => new
                {
                    e.Id,
                    e.Name,
                    e.CreditCode,
                    e.DistrictCode,
                    e.GridId,
                    e.IndustryCode,
                    e.HighTechField,
                    e.EstablishedOn,
                    Qualifications = e.Qualifications.Select(x => new Qualification { Type = x.Type, Number = "", Year = x.Year, IssuedOn = x.IssuedOn, ExpiresOn = x.ExpiresOn }).ToList(),
                })
                .ToListAsync(ct);
            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            var grids = (await organisation.GridsAsync(ct)).ToDictionary(g => g.Id, g => g.Name);
            var byId = firms.ToDictionary(f => f.Id);
            return ids.Select(id => byId[id]).Select(f =>
            {
                var valid = f.Qualifications.Where(x => x.IsValidOn(today)).Select(x => x.Type).Distinct().OrderDescending().ToList();
                QualificationType? tier = valid.Count > 0 ? valid[0] : null;
                return new Row(
                    f.Id, f.Name, f.CreditCode, f.DistrictCode, districts.GetValueOrDefault(f.DistrictCode, f.DistrictCode),
                    f.GridId, f.GridId is { } g ? grids.GetValueOrDefault(g) : null, f.IndustryCode, Industries.DisplayName(f.IndustryCode),
                    f.HighTechField, f.HighTechField is { } h ? HighTechFields.DisplayName(h) : null, f.EstablishedOn,
                    tier, tier is { } t ? QualificationTypes.DisplayName(t) : "未入梯队", valid);
            }).ToList();
        }
    }
}
