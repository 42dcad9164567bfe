using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Contracts;

/// <summary>What other modules may ask about accounts.</summary>
public sealed class UserDirectory(AppDbContext db)
{
    public Task<Dictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
}
