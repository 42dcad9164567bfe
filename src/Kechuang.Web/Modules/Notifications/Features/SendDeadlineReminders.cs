using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Notifications.Features;

/// <summary>
/// Asks every <see cref="IDeadlineSource"/> for the reminders due today and sends each (occasion, recipient) once:
/// the notification and its <see cref="SentReminder"/> are saved together, and the unique index on the sent record
/// turns a second copy (another app instance sending at the same moment) into a skip instead of a failure.
/// </summary>
public static class SendDeadlineReminders
{
    /// <summary>What one run did: reminders due, newly sent, and the sources that failed (the others still ran).</summary>
    public sealed record Outcome(DateOnly Today, int Sources, int Due, int Sent, IReadOnlyList<string> FailedSources)
    {
        public string Summary =>
            (Due == 0 ? $"{Today:yyyy-MM-dd}：没有到期的提醒" : $"{Today:yyyy-MM-dd}：发送提醒 {Sent} 条（到期 {Due} 条，其中 {Due - Sent} 条此前已发送）")
            + $"；提醒来源 {Sources} 个" + (FailedSources.Count > 0 ? $"，出错 {FailedSources.Count} 个：{string.Join("、", FailedSources)}" : "");
    }

    public sealed class Handler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<Handler> log)
    {
        public async Task<Outcome> RunAsync(CancellationToken ct)
        {
            var today = BeijingTime.Today(clock);
            int count;
            await using (var probe = scopes.CreateAsyncScope())
            {
                count = probe.ServiceProvider.GetServices<IDeadlineSource>().Count();
            }

            int due = 0, sent = 0;
            var failed = new List<string>();
            for (var i = 0; i < count; i++)
            {
                // Each source in a scope of its own: a fresh DbContext, so one source's failure leaves nothing tracked for the next.
                await using var scope = scopes.CreateAsyncScope();
                var source = scope.ServiceProvider.GetServices<IDeadlineSource>().ElementAt(i);
                try
                {
                    var (d, s) = await SendAsync(scope.ServiceProvider, source, today, ct);
                    due += d;
                    sent += s;
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogError(e, "Deadline source {Source} failed", source.GetType().Name);
                    failed.Add(source.GetType().Name);
                }
            }

            return new Outcome(today, count, due, sent, failed);
        }

        private async Task<(int Due, int Sent)> SendAsync(IServiceProvider sp, IDeadlineSource source, DateOnly today, CancellationToken ct)
        {
            var reminders = (await source.DueAsync(today, ct)).DistinctBy(r => (r.Key, r.To.Address)).ToList();
            if (reminders.Count == 0)
            {
                return (0, 0);
            }

            var db = sp.GetRequiredService<AppDbContext>();
            var notifier = sp.GetRequiredService<Notifier>();
            var keys = reminders.Select(r => r.Key).Distinct().ToList();
            var done = (await db.SentReminders.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => new { s.Key, s.Recipient }).ToListAsync(ct))
                .Select(s => (s.Key, s.Recipient)).ToHashSet();
            var fresh = reminders.Where(r => !done.Contains((r.Key, r.To.Address))).ToList();
            if (fresh.Count == 0)
            {
                return (reminders.Count, 0);
            }

            foreach (var r in fresh)
            {
                Add(db, notifier, r);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return (reminders.Count, fresh.Count);
            }
            catch (Exception e) when (ProblemExceptionHandler.IsUniqueViolation(e))
            {
                // Another instance sent some of these since we looked: send the rest one by one, skipping its copies.
                db.ChangeTracker.Clear();
                var sent = 0;
                foreach (var r in fresh)
                {
                    Add(db, notifier, r);
                    try
                    {
                        await db.SaveChangesAsync(ct);
                        sent++;
                    }
                    catch (Exception again) when (ProblemExceptionHandler.IsUniqueViolation(again))
                    {
                        // Sent by the other instance: nothing to do.
                    }
                    finally
                    {
                        db.ChangeTracker.Clear();
                    }
                }

                return (reminders.Count, sent);
            }
        }

        private void Add(AppDbContext db, Notifier notifier, DeadlineReminder r)
        {
            var notificationId = notifier.Notify(r.To, r.Title, r.Body, r.Link);
            db.SentReminders.Add(new SentReminder { Key = r.Key, Recipient = r.To.Address, NotificationId = notificationId, SentAt = clock.GetUtcNow() });
        }
    }
}
