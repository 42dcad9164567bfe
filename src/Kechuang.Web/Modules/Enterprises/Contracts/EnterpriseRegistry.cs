using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

public sealed record EnterpriseRef(Guid Id, string Name, string CreditCode);

/// <summary>A firm's figures of one year from its annual report (年度数据), 万元.</summary>
public sealed record AnnualFigures(int Year, decimal Revenue, decimal RdExpense, decimal TaxPaid);

/// <summary>A firm as grid assignment sees it: where it is and which grid looks after it.</summary>
public sealed record GridPlacement(Guid Id, string Name, string CreditCode, string DistrictCode, Guid? GridId);

public sealed record LadderCounts(int Enterprises, IReadOnlyDictionary<string, int> ByQualification);

/// <summary>What other modules may ask of, or ask the Enterprises module to do to, the registry.</summary>
public sealed class EnterpriseRegistry(AppDbContext db, TimeProvider clock, EnterpriseAccess access)
{
    public Task<EnterpriseRef?> FindByCreditCodeAsync(string creditCode, CancellationToken ct = default)
    {
        var code = CreditCode.Normalise(creditCode);
        return db.Enterprises.AsNoTracking().Where(e => e.CreditCode == code)
            .Select(e => new EnterpriseRef(e.Id, e.Name, e.CreditCode)).FirstOrDefaultAsync(ct);
    }

    public Task<List<EnterpriseRef>> FindByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new EnterpriseRef(e.Id, e.Name, e.CreditCode)).ToListAsync(ct);

    /// <summary>Those of the ids that the current user may see (their data scope).</summary>
    public async Task<List<EnterpriseRef>> FindVisibleByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await (await access.VisibleAsync(ct)).AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new EnterpriseRef(e.Id, e.Name, e.CreditCode)).ToListAsync(ct);

    /// <summary>
    /// The firm's annual-report figures for those of the years it has reported, oldest first; null when the current user
    /// may not see the firm (their data scope).
    /// </summary>
    public async Task<List<AnnualFigures>?> AnnualFiguresAsync(Guid enterpriseId, IReadOnlyCollection<int> years, CancellationToken ct = default)
    {
        if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
        {
            return null;
        }

        return await db.AnnualReports.AsNoTracking().Where(r => r.EnterpriseId == enterpriseId && years.Contains(r.Year)).OrderBy(r => r.Year)
            .Select(r => new AnnualFigures(r.Year, r.Revenue, r.RdExpense, r.TaxPaid)).ToListAsync(ct);
    }

    /// <summary>How many live enterprises hold each valid qualification today, and how many there are in all: open statistics.</summary>
    public async Task<LadderCounts> LadderCountsAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var total = await db.Enterprises.CountAsync(ct);
        var valid = await db.Qualifications.AsNoTracking()
            .Where(q => db.Enterprises.Any(e => e.Id == q.EnterpriseId))
            .Where(q => q.Type == QualificationType.TechSme
                ? q.Year == today.Year
                : (q.IssuedOn == null || q.IssuedOn <= today) && (q.ExpiresOn == null || q.ExpiresOn >= today))
            .Select(q => new { q.EnterpriseId, q.Type }).Distinct().ToListAsync(ct);
        return new LadderCounts(total, Enum.GetValues<QualificationType>()
            .ToDictionary(t => QualificationTypes.DisplayName(t), t => valid.Count(v => v.Type == t)));
    }

    public Task<Dictionary<Guid, int>> CountByGridAsync(CancellationToken ct = default) =>
        db.Enterprises.AsNoTracking().Where(e => e.GridId != null).GroupBy(e => e.GridId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Firms by credit code (normalised; unknown codes are simply absent) or by district, for grid assignment.</summary>
    public Task<List<GridPlacement>> PlacementsAsync(IReadOnlyCollection<string>? creditCodes, string? districtCode, CancellationToken ct = default)
    {
        var firms = db.Enterprises.AsNoTracking();
        if (creditCodes is { Count: > 0 })
        {
            var codes = creditCodes.Select(CreditCode.Normalise).ToList();
            firms = firms.Where(e => codes.Contains(e.CreditCode));
        }
        else if (districtCode is { Length: > 0 })
        {
            firms = firms.Where(e => e.DistrictCode == districtCode);
        }
        else
        {
            return Task.FromResult(new List<GridPlacement>());
        }

        return firms.OrderBy(e => e.Name).Select(e => new GridPlacement(e.Id, e.Name, e.CreditCode, e.DistrictCode, e.GridId)).ToListAsync(ct);
    }

    /// <summary>Puts firms into a grid in the caller's unit of work; each change is audited with the firm (its GridId).</summary>
    public async Task MoveToGridAsync(IReadOnlyCollection<Guid> enterpriseIds, Guid gridId, CancellationToken ct = default)
    {
        foreach (var firm in await db.Enterprises.Where(e => enterpriseIds.Contains(e.Id)).ToListAsync(ct))
        {
            firm.GridId = gridId;
        }
    }

    public Task<List<string>> ExistingCreditCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default) =>
        db.Enterprises.AsNoTracking().Where(e => codes.Contains(e.CreditCode)).Select(e => e.CreditCode).ToListAsync(ct);

    /// <summary>
    /// Adds a new enterprise from an approved self-registration, in the caller's unit of work (saved with it).
    /// </summary>
    public Guid AddFromRegistration(string name, string creditCode, string districtCode, string contactPerson, string contactPhone)
    {
        var enterprise = new Enterprise
        {
            Name = name.Trim(),
            CreditCode = CreditCode.Normalise(creditCode),
            DistrictCode = districtCode,
            ContactPerson = contactPerson,
            ContactPhone = contactPhone,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Enterprises.Add(enterprise);
        return enterprise.Id;
    }
}
