using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.GridService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Settings;

/// <summary>The routing rules and visit frequencies in force on a day: for each category or rung, the latest row not after it.</summary>
public sealed class ServiceRulesInForce(AppDbContext db)
{
    public async Task<Dictionary<NeedCategory, NeedRoute>> RoutesOnAsync(DateOnly day, CancellationToken ct) =>
        (await db.NeedRoutes.AsNoTracking().Where(r => r.EffectiveFrom <= day).ToListAsync(ct))
            .GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.MaxBy(r => r.EffectiveFrom)!);

    /// <summary>Interval in days by rung (null key: firms on no rung), and when that rule took effect.</summary>
    public async Task<Dictionary<int, VisitFrequency>> FrequenciesOnAsync(DateOnly day, CancellationToken ct) =>
        (await db.VisitFrequencies.AsNoTracking().Where(f => f.EffectiveFrom <= day).ToListAsync(ct))
            .GroupBy(f => f.Tier ?? 0).ToDictionary(g => g.Key, g => g.MaxBy(f => f.EffectiveFrom)!);
}
