using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies;

/// <summary>
/// 3 days before a batch's declaration deadline, the staff who manage subsidies are told how many firms have declared so
/// far, so they can chase the rest or extend the deadline. Batches are open to every firm, so the firms themselves are
/// not reminded from here. Approved batches take no more declarations and get no reminder.
/// </summary>
public sealed class DeclarationDeadlineReminders(AppDbContext db, UserDirectory users) : IDeadlineSource
{
    public const int DaysBefore = 3;

    public async Task<IReadOnlyList<DeadlineReminder>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(DaysBefore);
        var batches = await db.SubsidyBatches.AsNoTracking()
            .Where(b => b.Status != SubsidyBatchStatus.Approved && b.DeclarationDeadline >= today && b.DeclarationDeadline <= last)
            .Select(b => new { b.Id, b.Title, b.DeclarationDeadline, Declarations = db.SubsidyDeclarations.Count(d => d.BatchId == b.Id) })
            .ToListAsync(ct);
        if (batches.Count == 0)
        {
            return [];
        }

        var staff = await users.HoldersOfAsync(Permissions.SubsidiesManage, ct);
        return [.. from b in batches
                   where DeadlineReminder.InWindow(today, b.DeclarationDeadline, DaysBefore)
                   from userId in staff
                   select new DeadlineReminder(
                       $"subsidy-declaration-deadline:{b.Id}:{b.DeclarationDeadline:yyyy-MM-dd}:{DaysBefore}d",
                       ReminderRecipient.User(userId),
                       "研发后补助申报即将截止",
                       $"补助批次“{b.Title}”的申报将于 {b.DeclarationDeadline:yyyy-MM-dd}（{DeadlineReminder.DaysLeft(today, b.DeclarationDeadline)}）截止，目前已有 {b.Declarations} 家企业申报。",
                       $"/subsidies/{b.Id}")];
    }
}
