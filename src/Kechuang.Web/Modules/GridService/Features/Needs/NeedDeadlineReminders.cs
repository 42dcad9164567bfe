using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>
/// Needs' deadlines: the handlers of the department or unit are reminded 2 days before; once a need is overdue, its
/// handlers and the officer who collected it are warned (once per deadline).
/// </summary>
public sealed class NeedDeadlineReminders(AppDbContext db, UserDirectory users) : IDeadlineSource
{
    public async Task<IReadOnlyList<DeadlineReminder>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(2);
        var needs = await db.Needs.AsNoTracking()
            .Where(n => (n.Status == NeedStatus.Accepted || n.Status == NeedStatus.InProgress) && n.DueOn <= soon)
            .Select(n => new { n.Id, n.EnterpriseName, n.Category, n.Description, n.DueOn, n.DepartmentId, n.UnitId, n.HandlerName, n.OfficerUserId })
            .ToListAsync(ct);
        var reminders = new List<DeadlineReminder>();
        var handlersOf = new Dictionary<(Guid?, Guid?), List<Guid>>();
        foreach (var n in needs)
        {
            if (!handlersOf.TryGetValue((n.DepartmentId, n.UnitId), out var handlers))
            {
                handlers = await users.MembersHoldingAsync(n.DepartmentId, n.UnitId, Permissions.NeedsHandle, ct);
                handlersOf[(n.DepartmentId, n.UnitId)] = handlers;
            }

            var what = $"{n.EnterpriseName}的{GridTerms.Name(n.Category)}类需求“{(n.Description.Length <= 30 ? n.Description : n.Description[..30] + "…")}”";
            var link = $"/needs/{n.Id}";
            if (n.DueOn < today)
            {
                var body = $"{what}应于 {n.DueOn:yyyy-MM-dd} 前由{n.HandlerName}办结，已逾期 {today.DayNumber - n.DueOn.DayNumber} 天。";
                var recipients = n.OfficerUserId is { } officer ? handlers.Append(officer).Distinct() : handlers;
                reminders.AddRange(recipients.Select(u => new DeadlineReminder($"need-overdue:{n.Id}:{n.DueOn:yyyy-MM-dd}", ReminderRecipient.User(u), "企业需求已逾期", body, link)));
            }
            else if (DeadlineReminder.InWindow(today, n.DueOn, 2))
            {
                var body = $"{what}将于{DeadlineReminder.DaysLeft(today, n.DueOn)}（{n.DueOn:yyyy-MM-dd}）到期，请及时办结。";
                reminders.AddRange(handlers.Select(u => new DeadlineReminder($"need-due:{n.Id}:{n.DueOn:yyyy-MM-dd}:2d", ReminderRecipient.User(u), "企业需求即将到期", body, link)));
            }
        }

        return reminders;
    }
}
