using Kechuang.Web.Modules.Notifications.Features;
using Quartz;

namespace Kechuang.Web.Modules.Notifications;

/// <summary>The recurring run of <see cref="SendDeadlineReminders"/>; one at a time across every app instance.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineReminderJob(SendDeadlineReminders.Handler handler) : IJob
{
    public const string Key = "deadline-reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var outcome = await handler.RunAsync(ct);
        var report = outcome.FailedSources.Count > 0 ? JobRunReport.Failed(outcome.Summary)
            : outcome.Sent > 0 ? JobRunReport.Succeeded(outcome.Summary)
            : JobRunReport.Skipped(outcome.Summary);
        context.Result = report.With("sent", outcome.Sent).With("due", outcome.Due).With("sources", outcome.Sources);
    }
}
