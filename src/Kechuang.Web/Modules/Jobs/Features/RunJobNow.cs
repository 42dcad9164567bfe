using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Jobs.Contracts;
using Quartz;

namespace Kechuang.Web.Modules.Jobs.Features;

/// <summary>
/// 立即运行: puts a one-off firing into the shared job store. An instance that runs jobs picks it up within seconds;
/// a job that is running already runs again after it (one at a time).
/// </summary>
public static class RunJobNow
{
    public sealed class Handler(ISchedulerFactory schedulers, IEnumerable<RecurringJob> jobs, CurrentUser user)
    {
        /// <returns>False when there is no such job.</returns>
        public async Task<bool> Handle(string key, CancellationToken ct)
        {
            user.Demand(Permissions.UsersManage);
            var job = jobs.FirstOrDefault(j => j.Key == key);
            if (job is null)
            {
                return false;
            }

            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.TriggerJob(job.JobKey, ct);
            return true;
        }
    }
}
