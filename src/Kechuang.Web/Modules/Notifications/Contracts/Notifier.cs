using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Notifications.Domain;

namespace Kechuang.Web.Modules.Notifications.Contracts;

/// <summary>Lets any module notify a firm (all its users) or one user, in the caller's unit of work (saved with it).</summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    public void NotifyEnterprise(Guid enterpriseId, string title, string body, string? link = null) =>
        db.Notifications.Add(new Notification { EnterpriseId = enterpriseId, Title = title, Body = body, Link = link, CreatedAt = clock.GetUtcNow() });

    public void NotifyUser(Guid userId, string title, string body, string? link = null) =>
        db.Notifications.Add(new Notification { UserId = userId, Title = title, Body = body, Link = link, CreatedAt = clock.GetUtcNow() });
}
