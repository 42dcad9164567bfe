using System.Net;
using System.Text;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Modules.Jobs.Features;
using Kechuang.Web.Modules.Notifications;
using Kechuang.Web.Modules.Subsidies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// The Quartz.NET job store lives in the app's own database: the recurring job and its trigger are rows in the QRTZ_
/// tables, a trigger scheduled there fires, each run's outcome is recorded there, and an administrator can run a job
/// now. Runs on the one app of the provider that has jobs enabled (<see cref="ProviderApp.WithJobsAsync"/>).
/// </summary>
public abstract class RunningScheduledJobs(ProviderApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 研发费用辅助账\n");

    private static Task<int> CountAsync(AppFactory jobs, FormattableString sql) =>
        jobs.WithDbAsync(async db => (await db.Database.SqlQuery<int>(sql).ToListAsync(TestContext.Current.CancellationToken)).Single());

    [Fact]
    public async Task Keeps_the_recurring_job_in_the_QRTZ_tables_and_fires_a_trigger_scheduled_there()
    {
        var jobs = await app.WithJobsAsync();

        // The scheduler starts once the app has started, in the background: the job and its hourly trigger are then rows
        // of the store and, clustered on PostgreSQL, the instance has checked in (so another one could take over its work).
        await Eventually.TrueAsync(
            async () => await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = {DeadlineReminderJob.Key}") == 1
                && await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_TRIGGERS WHERE JOB_NAME = {DeadlineReminderJob.Key} AND NEXT_FIRE_TIME IS NOT NULL AND TRIGGER_NAME = {DeadlineReminderJob.Key + "-recurring"}") == 1
                && (app.Provider != "Postgres" || await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_SCHEDULER_STATE") >= 1),
            "the recurring job and its trigger are stored (and, on PostgreSQL, the clustered instance has checked in)", diagnostics: () => jobs.RecentServerErrors);

        // A one-off trigger, stored in QRTZ_TRIGGERS and fired from there.
        var scheduler = await jobs.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        await scheduler.ScheduleJob(
            TriggerBuilder.Create().WithIdentity(name, "tests").ForJob(new JobKey(DeadlineReminderJob.Key, "kechuang")).StartAt(DateTimeOffset.UtcNow.AddSeconds(5)).Build(),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = {name}"));

        await Eventually.TrueAsync(
            async () => await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_EXECUTION_HISTORY WHERE TRIGGER_NAME = {name}") == 1,
            $"the trigger {name} has fired and its run is recorded", diagnostics: () => jobs.RecentServerErrors);
        Assert.Equal(0, await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = {name}"));
    }

    [Fact]
    public async Task An_administrator_runs_the_reminders_now_and_sees_what_they_sent()
    {
        var jobs = await app.WithJobsAsync();
        var staff = await jobs.As("staff");
        var admin = await jobs.As("admin");
        var deadline = BeijingTime.Today(TimeProvider.System).AddDays(2);
        var batchId = (await staff.PostAsync("/api/v1/subsidies/batches", new
        {
            title = $"立即运行测试{Guid.NewGuid().ToString("N")[..6]}",
            year = TestData.LastYear,
            budget = 100m,
            basis = "RdExpense",
            rateNonHighTech = 10m,
            rateHighTech = 15m,
            declarationDeadline = deadline,
        })).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        var (firm, _) = await jobs.NewEnterpriseAsync();
        (await staff.PostAsync($"/api/v1/subsidies/batches/{batchId}/declarations", new
        {
            enterpriseId = firm,
            rdExpense = 50m,
            previousRdExpense = 40m,
            superDeductionAmount = 45m,
            revenue = 800m,
            taxPaid = 10m,
            attachmentName = "a.pdf",
            attachmentContent = Pdf,
        })).Is(HttpStatusCode.Created);

        // Only an administrator may list or run jobs.
        (await staff.GetAsync("/api/v1/jobs")).Problem(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/api/v1/jobs/{DeadlineReminderJob.Key}/run", new { })).Problem(HttpStatusCode.Forbidden);
        (await admin.PostAsync("/api/v1/jobs/no-such-job/run", new { })).Problem(HttpStatusCode.NotFound);

        (await admin.PostAsync($"/api/v1/jobs/{DeadlineReminderJob.Key}/run", new { })).Is(HttpStatusCode.Accepted);
        var staffId = await jobs.UserIdAsync("staff");
        await Eventually.TrueAsync(
            async () => await CountAsync(jobs, $"SELECT COUNT(*) AS \"Value\" FROM QRTZ_EXECUTION_HISTORY WHERE JOB_NAME = {DeadlineReminderJob.Key} AND MANUAL = {true}") >= 1,
            "the run asked for is recorded", diagnostics: () => jobs.RecentServerErrors);

        // Sent by that run or by the run at start-up, whichever came after the batch: once either way.
        var reminders = await jobs.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == staffId && n.Link == $"/subsidies/{batchId}").ToListAsync());
        Assert.Contains("（2 天后）截止，目前已有 1 家企业申报", Assert.Single(reminders).Body, StringComparison.Ordinal);

        var page = (await admin.GetAsync("/api/v1/jobs")).Is(HttpStatusCode.OK).Json<ListJobs.JobsOverview>();
        Assert.True(page.RunsHere);
        var row = Assert.Single(page.Jobs, j => j.Key == DeadlineReminderJob.Key);
        Assert.Equal("截止日期提醒", row.Name);
        Assert.NotNull(row.LastRunAt);
        Assert.NotNull(row.NextRunAt);
        Assert.True(row.RunCount >= 1);
        Assert.True(row.LastResult is "成功" or "成功（无新内容）", $"last result: {row.LastResult} {row.LastSummary}");
        Assert.Matches(@"提醒来源 \d+ 个", row.LastSummary);
        Assert.DoesNotContain("出错", row.LastSummary, StringComparison.Ordinal);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RunningScheduledJobsOnSqlite(SqliteApp app) : RunningScheduledJobs(app);

[Collection(PostgresScenarios.Name)]
public sealed class RunningScheduledJobsOnPostgres(PostgresApp app) : RunningScheduledJobs(app);
