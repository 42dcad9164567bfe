using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Organisation.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>
/// 技术合同成交额 statistics of one registration year: count, 成交额 and 技术交易额 by district (the seller's place —
/// DOMAIN.md: attributed to the seller's place), technology field, contract type and month of registration. Only
/// registered contracts count: a cancelled one leaves, a changed one counts with its current amounts.
/// </summary>
public static class ContractStatistics
{
    public sealed record Line(string Key, string Name, int Count, decimal TotalAmount, decimal TechnologyAmount);

    public sealed record Report(
        int Year, int Count, decimal TotalAmount, decimal TechnologyAmount,
        IReadOnlyList<Line> ByDistrict, IReadOnlyList<Line> ByField, IReadOnlyList<Line> ByType, IReadOnlyList<Line> ByMonth,
        IReadOnlyList<ListTechContracts.Row> Contracts);

    public sealed class Handler(AppDbContext db, CurrentUser user, OrganisationDirectory organisation, TimeProvider clock)
    {
        public async Task<Report> Handle(int? year, CancellationToken ct)
        {
            user.Demand(Permissions.TechContractsManage);
            var y = year ?? BeijingTime.Today(clock).Year;
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            // Amounts are summed here rather than in SQL: SQLite cannot aggregate decimals, and a year is a few thousand rows.
            var rows = await db.TechContracts.AsNoTracking()
                .Where(c => c.Status == TechContractStatus.Registered && c.RegisteredOn >= from && c.RegisteredOn <= to)
                .OrderBy(c => c.RegistrationSequence)
                .Select(c => new
                {
                    c.Id,
                    c.ContractNumber,
                    c.ProjectName,
                    c.Kind,
                    c.Type,
                    c.Field,
                    c.SellerName,
                    c.SellerDistrictCode,
                    c.BuyerName,
                    c.SignedOn,
                    c.TotalAmount,
                    c.TechnologyAmount,
                    c.RegistrationNumber,
                    RegisteredOn = c.RegisteredOn!.Value,
                    c.DueOn,
                })
                .ToListAsync(ct);
            var districts = await organisation.DistrictsAsync(ct);
            var names = districts.ToDictionary(d => d.Code, d => d.Name);

            var byDistrict = districts.Select(d => Of(d.Code, d.Name, rows.Where(r => r.SellerDistrictCode == d.Code).Select(r => (r.TotalAmount, r.TechnologyAmount))))
                .Concat(rows.Where(r => r.SellerDistrictCode is null || !names.ContainsKey(r.SellerDistrictCode))
                    .GroupBy(r => r.SellerDistrictCode ?? "")
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => Of(g.Key, g.Key.Length == 0 ? "未知地区" : $"市外（{g.Key}）", g.Select(r => (r.TotalAmount, r.TechnologyAmount)))))
                .ToList();
            var byField = TechContractForm.Fields
                .Select(f => Of(f, f, rows.Where(r => r.Field == f).Select(r => (r.TotalAmount, r.TechnologyAmount))))
                .ToList();
            var byType = Enum.GetValues<TechContractType>()
                .Select(t => Of(t.ToString(), TechContractNames.Type(t), rows.Where(r => r.Type == t).Select(r => (r.TotalAmount, r.TechnologyAmount))))
                .ToList();
            var byMonth = Enumerable.Range(1, 12)
                .Select(m => Of($"{y:0000}-{m:00}", $"{m}月", rows.Where(r => r.RegisteredOn.Month == m).Select(r => (r.TotalAmount, r.TechnologyAmount))))
                .ToList();
            return new Report(y, rows.Count, rows.Sum(r => r.TotalAmount), rows.Sum(r => r.TechnologyAmount), byDistrict, byField, byType, byMonth,
                [.. rows.Select(c => new ListTechContracts.Row(c.Id, c.ContractNumber, c.ProjectName, TechContractNames.Full(c.Kind), c.SellerName, c.BuyerName,
                    c.SignedOn, c.TotalAmount, c.TechnologyAmount, TechContractStatus.Registered, TechContractNames.Status(TechContractStatus.Registered), c.DueOn, c.RegistrationNumber))]);
        }

        private static Line Of(string key, string name, IEnumerable<(decimal Total, decimal Technology)> amounts)
        {
            var list = amounts.ToList();
            return new Line(key, name, list.Count, list.Sum(a => a.Total), list.Sum(a => a.Technology));
        }
    }
}
