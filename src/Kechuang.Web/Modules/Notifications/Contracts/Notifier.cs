using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Notifications.Domain;

namespace Kechuang.Web.Modules.Notifications.Contracts;

/// <summary>Lets any module notify a firm (all its users) or one user, in the caller's unit of work (saved with it).</summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    public void NotifyEnterprise(Guid enterpriseId, string title, string body, string? link = null) =>
        Notify(ReminderRecipient.Enterprise(enterpriseId), title, body, link);

    public void NotifyUser(Guid userId, string title, string body, string? link = null) =>
        Notify(ReminderRecipient.User(userId), title, body, link);

    /// <returns>The new notification's id.</returns>
    public Guid Notify(ReminderRecipient to, string title, string body, string? link = null)
    {
        if (to.UserId is null == to.EnterpriseId is null)
        {
            throw new ArgumentException("A notification goes to one user or one firm.", nameof(to));
        }

        var notification = new Notification { UserId = to.UserId, EnterpriseId = to.EnterpriseId, Title = title, Body = body, Link = link, CreatedAt = clock.GetUtcNow() };
        db.Notifications.Add(notification);
        return notification.Id;
    }
}
