using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Contracts;

/// <summary>An expert of the pool as the technology market shows and matches them: no identity number, no phone.</summary>
public sealed record ExpertProfile(Guid Id, string Name, string Title, string UnitName, string Fields, string Keywords, string? Profile, Guid? UserId);

/// <summary>What other modules may read of the expert pool.</summary>
public sealed class ExpertDirectory(AppDbContext db)
{
    /// <summary>Available experts (or the one asked for), for the market's search index and matching.</summary>
    public Task<List<ExpertProfile>> AvailableAsync(Guid? id = null, CancellationToken ct = default) =>
        db.Experts.AsNoTracking().Where(e => e.IsAvailable && (id == null || e.Id == id))
            .OrderBy(e => e.Name)
            .Select(e => new ExpertProfile(e.Id, e.Name,
                e.Title == Domain.ExpertTitle.Senior ? "正高级" : e.Title == Domain.ExpertTitle.AssociateSenior ? "副高级" : e.Title == Domain.ExpertTitle.Intermediate ? "中级" : "其他",
                e.UnitName, e.Fields, e.Keywords, e.Profile, e.UserId))
            .ToListAsync(ct);
}
