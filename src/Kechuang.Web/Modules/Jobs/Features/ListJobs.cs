using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Jobs.Contracts;
using Quartz;
using Quartz.Extensibility;

namespace Kechuang.Web.Modules.Jobs.Features;

/// <summary>Every recurring job with what the shared job store says of it: last run and its outcome, next run, state.</summary>
public static class ListJobs
{
    public sealed record JobRow(
        string Key,
        string Name,
        string Description,
        string Schedule,
        DateTimeOffset? LastRunAt,
        TimeSpan? LastDuration,
        string? LastResult,
        string? LastSummary,
        long RunCount,
        DateTimeOffset? NextRunAt,
        string State);

    public sealed record JobsOverview(bool RunsHere, IReadOnlyList<JobRow> Jobs);

    public sealed class Handler(ISchedulerFactory schedulers, IExecutionHistoryStore history, IEnumerable<RecurringJob> jobs, JobsOptions options, CurrentUser user)
    {
        public async Task<JobsOverview> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.UsersManage);
            var scheduler = await schedulers.GetScheduler(ct);
            var rows = new List<JobRow>();
            foreach (var job in jobs.OrderBy(j => j.Name, StringComparer.Ordinal))
            {
                var triggers = await scheduler.GetTriggersOfJob(job.JobKey, ct);
                var states = new List<TriggerState>();
                foreach (var t in triggers)
                {
                    states.Add(await scheduler.GetTriggerState(t.Key, ct));
                }

                var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
                var status = await history.GetJobRunStatus(scheduler.SchedulerName, job.JobKey, ct);
                rows.Add(new JobRow(job.Key, job.Name, job.Description, job.Schedule,
                    status?.LastFiredAtUtc, status?.LastDuration, status is null ? null : ResultName(status.LastResult), status?.LastSummary,
                    status?.RunCount ?? 0, next, StateName(states)));
            }

            return new JobsOverview(options.Enabled, rows);
        }

        private static string ResultName(JobRunResult result) => result switch
        {
            JobRunResult.Succeeded => "成功",
            JobRunResult.Skipped => "成功（无新内容）",
            JobRunResult.Failed => "失败",
            JobRunResult.Cancelled => "已取消",
            _ => result.ToString(),
        };

        /// <summary>A job whose trigger is blocked or executing is running somewhere in the cluster.</summary>
        private static string StateName(List<TriggerState> states) =>
            states.Count == 0 ? "未排程"
            : states.Any(s => s is TriggerState.Blocked or TriggerState.Executing) ? "运行中"
            : states.Any(s => s == TriggerState.Error) ? "出错"
            : states.All(s => s == TriggerState.Paused) ? "已暂停"
            : "等待下次运行";
    }
}
