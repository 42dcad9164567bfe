using Kechuang.Rules.Facts;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

/// <summary>The rungs of the ladder as other modules see them; same values as the registry's qualification types.</summary>
public enum QualificationLevel
{
    MicroTech = QualificationType.MicroTech,
    TechSme = QualificationType.TechSme,
    LittleGiant = QualificationType.LittleGiant,
    HighTech = QualificationType.HighTech,
}

public sealed record FactsFilter(Guid? EnterpriseId = null, string? DistrictCode = null, Guid? GridId = null, string? Search = null);

/// <summary>A firm with its facts for the rules engine, and its current rung (the highest valid qualification).</summary>
public sealed record FirmFacts(Guid Id, string Name, string CreditCode, string DistrictCode, Guid? GridId, QualificationLevel? Tier, FactSheet Facts);

/// <summary>
/// Turns registry data into the rules engine's facts, for any set of firms in four queries (firms, annual reports,
/// qualifications, declarations). The evaluation year y is the year of the evaluation date, so y-1 is the last
/// accounting year. What the registry does not hold stays unset, and the rules report it as missing:
/// 总收入 is read as 营业收入 (the registry keeps one revenue figure); 知识产权 counts come from the latest report.
/// </summary>
public sealed class EnterpriseFacts(AppDbContext db, EnterpriseAccess access)
{
    /// <summary>The firms the current user may see (their data scope), narrowed by the filter.</summary>
    public async Task<List<FirmFacts>> LoadVisibleAsync(FactsFilter filter, DateOnly on, CancellationToken ct = default)
    {
        var firms = await access.VisibleAsync(ct);
        if (filter.EnterpriseId is { } id)
        {
            firms = firms.Where(e => e.Id == id);
        }

        if (filter.DistrictCode is { Length: > 0 } district)
        {
            firms = firms.Where(e => e.DistrictCode == district);
        }

        if (filter.GridId is { } grid)
        {
            firms = firms.Where(e => e.GridId == grid);
        }

        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var code = search.ToUpperInvariant();
            firms = firms.Where(e => e.Name.Contains(search) || e.CreditCode.StartsWith(code));
        }

        return await LoadAsync(firms, on, ct);
    }

    /// <summary>One firm the current user may see, or null (the caller answers 404).</summary>
    public async Task<FirmFacts?> LoadOneAsync(Guid enterpriseId, DateOnly on, CancellationToken ct = default) =>
        (await LoadVisibleAsync(new FactsFilter(EnterpriseId: enterpriseId), on, ct)).SingleOrDefault();

    /// <summary>Every live firm regardless of the user's scope: for recognition rewards created by the system itself.</summary>
    public Task<List<FirmFacts>> LoadByIdsAsync(IReadOnlyCollection<Guid> ids, DateOnly on, CancellationToken ct = default) =>
        LoadAsync(db.Enterprises.Where(e => ids.Contains(e.Id)), on, ct);

    private async Task<List<FirmFacts>> LoadAsync(IQueryable<Enterprise> firms, DateOnly on, CancellationToken ct)
    {
        var year = on.Year;
        var profiles = await firms.AsNoTracking()
            .Select(e => new { e.Id, e.Name, e.CreditCode, e.DistrictCode, e.GridId, e.EstablishedOn, e.HighTechField })
            .ToListAsync(ct);
        var ids = firms.Select(e => e.Id);
        var reports = (await db.AnnualReports.AsNoTracking()
                .Where(r => ids.Contains(r.EnterpriseId) && r.Year >= year - FactCatalog.YearsKept + 1 && r.Year <= year).ToListAsync(ct))
            .ToLookup(r => r.EnterpriseId);
        var qualifications = (await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.EnterpriseId)).ToListAsync(ct))
            .ToLookup(q => q.EnterpriseId);
        var declarations = await db.EnterpriseDeclarations.AsNoTracking().Where(d => ids.Contains(d.EnterpriseId))
            .ToDictionaryAsync(d => d.EnterpriseId, ct);

        return profiles.Select(p =>
        {
            var sheet = new FactSheet(year);
            if (p.EstablishedOn is { } established)
            {
                sheet.Set("established", established);
            }

            if (p.HighTechField is not null)
            {
                sheet.Set("in_hightech_field", true);
            }

            AddReports(sheet, reports[p.Id]);
            var held = qualifications[p.Id].ToList();
            AddQualifications(sheet, held, on);
            if (declarations.TryGetValue(p.Id, out var declared))
            {
                AddDeclaration(sheet, declared);
            }

            var tier = held.Where(q => q.IsValidOn(on)).Select(q => (QualificationLevel?)q.Type).Max();
            return new FirmFacts(p.Id, p.Name, p.CreditCode, p.DistrictCode, p.GridId, tier, sheet);
        }).ToList();
    }

    private static void AddReports(FactSheet sheet, IEnumerable<AnnualReport> reports)
    {
        AnnualReport? latest = null;
        foreach (var r in reports)
        {
            sheet.SetYear("sales", r.Year, r.Revenue).SetYear("total_revenue", r.Year, r.Revenue)
                .SetYear("hightech_revenue", r.Year, r.HighTechRevenue).SetYear("rd_expense", r.Year, r.RdExpense)
                .SetYear("rd_expense_in_china", r.Year, r.RdExpenseDomestic).SetYear("cost", r.Year, r.TotalCost)
                .SetYear("total_assets", r.Year, r.TotalAssets).SetYear("net_assets", r.Year, r.NetAssets)
                .SetYear("net_profit", r.Year, r.NetProfit).SetYear("tax_paid", r.Year, r.TaxPaid)
                .SetYear("staff", r.Year, r.Employees).SetYear("st_staff", r.Year, r.StStaff)
                .SetYear("conversions", r.Year, r.ConvertedResults);
            if (r.TechRevenue is { } tech)
            {
                sheet.SetYear("tech_revenue", r.Year, tech);
            }

            if (latest is null || r.Year > latest.Year)
            {
                latest = r;
            }
        }

        if (latest is not null)
        {
            sheet.Set("ip_class1", latest.IpClass1).Set("ip_class2", latest.IpClass2);
        }
    }

    private static void AddQualifications(FactSheet sheet, List<Qualification> held, DateOnly on)
    {
        sheet.Set("holds_tech_sme", held.Any(q => q.Type == QualificationType.TechSme && q.IsValidOn(on)));
        sheet.Set("holds_high_tech", held.Any(q => q.Type == QualificationType.HighTech && q.IsValidOn(on)));
        // 科技型中小企业 since: the first year it was registered (a registration number is valid for its year only).
        var firstTechSme = held.Where(q => q.Type == QualificationType.TechSme)
            .Select(q => q.IssuedOn ?? (q.Year is { } y ? new DateOnly(y, 1, 1) : (DateOnly?)null)).Min();
        if (firstTechSme is { } since)
        {
            sheet.Set("tech_sme_since", since);
        }

        sheet.Set("newly_high_tech", FirstRecognisedIn(held, QualificationType.HighTech) == on.Year);
        sheet.Set("newly_little_giant", FirstRecognisedIn(held, QualificationType.LittleGiant) == on.Year);
    }

    private static int? FirstRecognisedIn(List<Qualification> held, QualificationType type) =>
        held.Where(q => q.Type == type && q.IssuedOn is not null).Select(q => (int?)q.IssuedOn!.Value.Year).Min();

    private static void AddDeclaration(FactSheet sheet, EnterpriseDeclaration d)
    {
        Set("resident_enterprise", d.ResidentEnterprise);
        Set("restricted_industry", d.RestrictedIndustry);
        Set("no_major_violation", d.NoMajorViolation);
        Set("listed_abnormal", d.ListedAbnormal);
        Set("sound_accounts", d.SoundAccounts);
        Set("has_core_ip", d.HasCoreIp);
        Set("has_rd_unit", d.HasRdUnit);
        Set("national_award_5y", d.NationalAward5y);
        Set("provincial_rd_institution", d.ProvincialRdInstitution);
        Set("led_standard_5y", d.LedStandard5y);

        void Set(string fact, bool? value)
        {
            if (value is { } v)
            {
                sheet.Set(fact, v);
            }
        }
    }
}
