using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers;

/// <summary>30 days before a voucher with money left expires, the firm is told how much it still holds.</summary>
public sealed class VoucherExpiryReminders(AppDbContext db) : IDeadlineSource
{
    public const int DaysBefore = 30;

    public async Task<IReadOnlyList<DeadlineReminder>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(DaysBefore);
        var expiring = await db.Vouchers.AsNoTracking().Where(v => v.Remaining > 0 && v.ExpiresOn >= today && v.ExpiresOn <= last).ToListAsync(ct);
        return [.. expiring.Select(v => new DeadlineReminder(
            $"voucher-expiry:{v.Id}:{v.ExpiresOn:yyyy-MM-dd}:{DaysBefore}d",
            ReminderRecipient.Enterprise(v.EnterpriseId),
            "创新券即将过期",
            $"创新券 {v.Code} 还有 {v.Remaining:0.##} 万元未使用，将于 {v.ExpiresOn:yyyy-MM-dd}（{DeadlineReminder.DaysLeft(today, v.ExpiresOn)}）过期。",
            "/my-vouchers"))];
    }
}
