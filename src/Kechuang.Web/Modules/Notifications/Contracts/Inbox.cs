using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Notifications.Contracts;

public sealed record NotificationItem(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record InboxPage(int Total, int Unread, IReadOnlyList<NotificationItem> Items);

/// <summary>
/// The signed-in user's notifications: those addressed to them and those to their enterprise, newest first.
/// A notification to a firm is read for the firm once any of its users reads it.
/// </summary>
public sealed class Inbox(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<InboxPage> PageAsync(int page, int pageSize, bool unreadOnly = false, CancellationToken ct = default)
    {
        var size = Math.Clamp(pageSize, 1, 100);
        var mine = Mine();
        var total = await mine.CountAsync(n => !unreadOnly || n.ReadAt == null, ct);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var items = await mine.Where(n => !unreadOnly || n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip(Paging.Skip(page, size)).Take(size)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new InboxPage(total, unread, items);
    }

    public Task<int> UnreadAsync(CancellationToken ct = default) => Mine().CountAsync(n => n.ReadAt == null, ct);

    /// <returns>False when the notification is not one of the user's.</returns>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var notification = await Mine(tracked: true).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null)
        {
            return false;
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        var unread = await Mine(tracked: true).Where(n => n.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var n in unread)
        {
            n.ReadAt = now;
        }

        await db.SaveChangesAsync(ct);
        return unread.Count;
    }

    private IQueryable<Notification> Mine(bool tracked = false)
    {
        var userId = user.Id;
        var enterpriseId = user.EnterpriseId;
        if (userId is null && enterpriseId is null)
        {
            return db.Notifications.Where(_ => false);
        }

        var query = tracked ? db.Notifications : db.Notifications.AsNoTracking();
        return query.Where(n => (userId != null && n.UserId == userId) || (enterpriseId != null && n.EnterpriseId == enterpriseId));
    }
}
