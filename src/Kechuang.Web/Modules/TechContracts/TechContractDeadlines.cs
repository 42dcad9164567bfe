using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.TechContracts;

/// <summary>
/// Staff who manage technology contract registration are reminded of each submitted contract whose decision is due within
/// <see cref="TechContractOptions.ReminderWorkingDays"/> working days (3), up to and including the due day; the key carries
/// the due date.
/// </summary>
public sealed class TechContractDeadlines(AppDbContext db, UserDirectory users, IOptions<TechContractOptions> options) : IDeadlineSource
{
    public async Task<IReadOnlyList<DeadlineReminder>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var o = options.Value;
        var calendar = o.Calendar();
        // Three working days can span a long holiday: look a month ahead in SQL and count working days here.
        var horizon = today.AddDays(31);
        var pending = await db.TechContracts.AsNoTracking()
            .Where(c => c.Status == TechContractStatus.Submitted && c.DueOn >= today && c.DueOn <= horizon)
            .Select(c => new { c.Id, c.ProjectName, c.SellerName, DueOn = c.DueOn!.Value, c.ExpertReview })
            .ToListAsync(ct);
        var due = pending.Where(c => calendar.WorkingDaysBetween(today, c.DueOn) <= o.ReminderWorkingDays).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var staff = await users.HoldersOfAsync(Permissions.TechContractsManage, ct);
        return [.. from c in due
                   from userId in staff
                   select new DeadlineReminder(
                       $"tech-contract-due:{c.Id}:{c.DueOn:yyyy-MM-dd}:{o.ReminderWorkingDays}wd",
                       ReminderRecipient.User(userId),
                       "技术合同登记即将到期",
                       $"{c.SellerName}的技术合同“{c.ProjectName}”应于 {c.DueOn:yyyy-MM-dd}（{DeadlineReminder.DaysLeft(today, c.DueOn)}）前作出登记决定{(c.ExpertReview ? "（专家评审）" : "")}。",
                       $"/tech-contracts/{c.Id}")];
    }
}
