using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Features;

public static class ListLoginRecords
{
    public sealed record Query(string? UserName = null, bool? Succeeded = null, int Page = 1, int PageSize = 50);

    public sealed record Page(IReadOnlyList<LoginRecord> Items, int Total);

    public sealed class Handler(AppDbContext db, CurrentUser current)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            current.Demand(Permissions.UsersManage);

            var records = db.LoginRecords.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(q.UserName))
            {
                records = records.Where(r => r.UserName.Contains(q.UserName.Trim()));
            }

            if (q.Succeeded is { } ok)
            {
                records = records.Where(r => r.Succeeded == ok);
            }

            var size = Math.Clamp(q.PageSize, 1, 200);
            var total = await records.CountAsync(ct);
            var items = await records.OrderByDescending(r => r.At).Skip(Paging.Skip(q.Page, size)).Take(size).ToListAsync(ct);
            return new Page(items, total);
        }
    }
}
