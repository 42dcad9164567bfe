using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Jobs.Contracts;
using Kechuang.Web.Modules.Jobs.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Quartz;

namespace Kechuang.Web.Modules.Jobs;

/// <summary>
/// 后台任务: the Quartz.NET scheduler with its job store in the app's own database (QRTZ_ tables, created by the EF
/// migrations), clustered on PostgreSQL so several app instances share one queue; the recurring jobs the modules add;
/// and the administrator's page to see them and run one now. See docs/adr/012.
/// </summary>
public static class JobsModule
{
    /// <summary>The scheduler's name: every instance on the same database must use the same one to share the queue.</summary>
    public const string SchedulerName = "Kechuang";

    /// <summary>
    /// Call after the modules (it reads the recurring jobs they added). <c>Jobs:Enabled</c> (default true) decides whether
    /// this instance runs jobs; when false the scheduler is still there for the page (reading the store, queueing
    /// 立即运行 for an instance that runs jobs) but never starts.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = new JobsOptions(config.GetValue("Jobs:Enabled", true));
        var jobs = services.Where(d => d.ServiceType == typeof(RecurringJob)).Select(d => (RecurringJob)d.ImplementationInstance!).ToList();
        services.AddSingleton(options).AddSingleton(new JobsRegistered());
        var (postgres, connectionString) = DatabaseSetup.Connection(config, env);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = SchedulerName);
            // Firing follows the real clock even where the app's TimeProvider is replaced; jobs read the app's clock.
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                if (postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering();
                }
                else
                {
                    // Quartz refuses clustering on SQLite (its locks are in-process); SQLite is the one-instance deployment.
                    store.UseSqlite(connectionString);
                }

                // Each run's result and summary in QRTZ_EXECUTION_HISTORY / QRTZ_JOB_STATUS, shared by every instance.
                store.UseExecutionHistory();
            });
            foreach (var job in jobs)
            {
                q.AddJob(job.JobType, j => j.WithIdentity(job.JobKey).StoreDurably().WithDescription(job.Name));
                q.AddTrigger(t => t.WithIdentity(job.Key + "-recurring", RecurringJob.Group).ForJob(job.JobKey)
                    .StartAt(DateTimeOffset.UtcNow + job.Interval)
                    .WithSimpleSchedule(s => s.WithInterval(job.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
                q.RunAtStartup(job.JobKey);
            }
        });
        if (options.Enabled)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }

    public static void MapJobs(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/jobs").WithTags("后台任务").RequireAuthorization(Permissions.UsersManage);

        g.MapGet("", async (ListJobs.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .WithSummary("后台任务列表：名称、说明、上次运行及结果、下次运行、状态");

        g.MapPost("/{key}/run", async Task<Results<Accepted, ProblemHttpResult>> (string key, RunJobNow.Handler h, CancellationToken ct) =>
                await h.Handle(key, ct)
                    ? TypedResults.Accepted("/api/v1/jobs")
                    : TypedResults.Problem(title: "未找到", detail: "没有这个后台任务", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("立即运行一次（排入队列，由运行后台任务的实例执行）");
    }
}

/// <summary>Whether this instance runs jobs (<c>Jobs:Enabled</c>).</summary>
public sealed record JobsOptions(bool Enabled);
