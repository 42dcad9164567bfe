using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Contracts;

public sealed record CallItem(Guid Id, string Title, int Year);

/// <summary>The published calls (open or closed), for modules that link their records to one (a grid officer's 申报辅导).</summary>
public sealed class CallDirectory(AppDbContext db)
{
    public Task<List<CallItem>> PublishedAsync(CancellationToken ct = default) =>
        db.Calls.AsNoTracking().Where(c => c.Status != CallStatus.Draft).OrderByDescending(c => c.Year).ThenBy(c => c.Title)
            .Select(c => new CallItem(c.Id, c.Title, c.Year)).ToListAsync(ct);
}
