namespace Kechuang.Web.Modules.Notifications.Contracts;

/// <summary>
/// A module's deadlines that deserve an in-app reminder (call closing, review due, mid-term report due …).
/// </summary>
/// <remarks>
/// <para>
/// To add reminders to a module: implement this interface in the module (it may read its own tables freely) and
/// register it in the module's <c>Add…</c> method with <c>services.AddScoped&lt;IDeadlineSource, MyReminders&gt;()</c>.
/// Nothing else: the recurring deadline-reminder job (every hour and shortly after start, see 后台任务 at /admin/jobs)
/// asks every registered source in a DI scope of its own, so a source may take <c>AppDbContext</c> and any contract
/// in its constructor.
/// </para>
/// <para>
/// Rules for <see cref="DueAsync"/>:
/// <list type="bullet">
/// <item>Return every reminder that is due on <c>today</c>, including those already sent: the job sends each
/// (<see cref="DeadlineReminder.Key"/>, recipient) once and skips the rest, so a source keeps no state of its own.</item>
/// <item>A reminder is due for a window, not on one day: from the first day it applies until the deadline has passed
/// (use <see cref="DeadlineReminder.InWindow"/>), so a day on which the job did not run is caught up later and nothing
/// is sent once it is too late.</item>
/// <item><see cref="DeadlineReminder.Key"/> names the occasion, stable across runs and unique across modules:
/// <c>"{kind}:{record id}:{deadline}:{offset}"</c>, e.g. <c>"call-closing:{callId}:2026-12-31:3d"</c>. Put the deadline
/// in the key when it can move, so a moved deadline is reminded again; several offsets ("7d", "1d") are several keys.</item>
/// <item>Dates are Beijing dates (<c>Infrastructure.BeijingTime</c>); <c>today</c> is the Beijing date of the run.</item>
/// </list>
/// </para>
/// <example>
/// <code>
/// public sealed class CallClosingReminders(AppDbContext db) : IDeadlineSource
/// {
///     public async Task&lt;IReadOnlyList&lt;DeadlineReminder&gt;&gt; DueAsync(DateOnly today, CancellationToken ct) =>
///         (await db.Calls.Where(c => c.ClosesOn &gt;= today &amp;&amp; c.ClosesOn &lt;= today.AddDays(3)).ToListAsync(ct))
///         .SelectMany(c => c.ApplicantIds.Select(firm => new DeadlineReminder($"call-closing:{c.Id}:{c.ClosesOn:yyyy-MM-dd}:3d",
///             ReminderRecipient.Enterprise(firm), "申报即将截止", $"“{c.Title}”将于 {c.ClosesOn:yyyy-MM-dd} 截止", $"/calls/{c.Id}")))
///         .ToList();
/// }
/// // in AddProgrammes: services.AddScoped&lt;IDeadlineSource, CallClosingReminders&gt;();
/// </code>
/// </example>
/// </remarks>
public interface IDeadlineSource
{
    /// <param name="today">The Beijing date of this run.</param>
    /// <param name="ct">Cancelled when the app stops.</param>
    Task<IReadOnlyList<DeadlineReminder>> DueAsync(DateOnly today, CancellationToken ct);
}

/// <summary>One reminder to one recipient. <paramref name="Key"/> names the occasion (see <see cref="IDeadlineSource"/>).</summary>
public sealed record DeadlineReminder(string Key, ReminderRecipient To, string Title, string Body, string? Link = null)
{
    /// <summary>
    /// True from <paramref name="daysBefore"/> days before <paramref name="deadline"/> up to and including the deadline
    /// itself (a deadline is the last day, inclusive).
    /// </summary>
    public static bool InWindow(DateOnly today, DateOnly deadline, int daysBefore) =>
        today >= deadline.AddDays(-daysBefore) && today <= deadline;

    /// <summary>"今天" on the deadline, "明天", else "N 天后".</summary>
    public static string DaysLeft(DateOnly today, DateOnly deadline) => (deadline.DayNumber - today.DayNumber) switch
    {
        0 => "今天",
        1 => "明天",
        var n => $"{n} 天后",
    };
}

/// <summary>Who a reminder goes to: one user, or a firm (every user of it sees it, as with <see cref="Notifier"/>).</summary>
public readonly record struct ReminderRecipient(Guid? UserId, Guid? EnterpriseId)
{
    public static ReminderRecipient User(Guid id) => new(id, null);

    public static ReminderRecipient Enterprise(Guid id) => new(null, id);

    /// <summary>How the recipient is written in the sent-reminder record: "user:{id}" or "enterprise:{id}".</summary>
    public string Address =>
        UserId is { } u ? $"user:{u}" : EnterpriseId is { } e ? $"enterprise:{e}" : throw new InvalidOperationException("A reminder needs a recipient.");
}
