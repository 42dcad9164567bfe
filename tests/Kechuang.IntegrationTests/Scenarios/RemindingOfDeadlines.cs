using System.Net;
using System.Text;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Modules.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Deadline reminders: 3 days before a 研发后补助 batch's declaration deadline, everyone who manages subsidies gets one
/// in-app message with the number of declarations so far; nothing before that, nothing twice (a second run, a later
/// day, or two instances at the same moment), nobody else.
/// </summary>
public abstract class RemindingOfDeadlines(ProviderApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 研发费用辅助账\n");

    /// <summary>A batch whose declarations close on <paramref name="deadline"/>, with one firm declared.</summary>
    private async Task<Guid> BatchClosingOnAsync(DateOnly deadline)
    {
        var staff = await app.Shared.As("staff");
        var batchId = (await staff.PostAsync("/api/v1/subsidies/batches", new
        {
            title = $"提醒测试补助{Guid.NewGuid().ToString("N")[..6]}",
            year = TestData.LastYear,
            budget = 100m,
            basis = "RdExpense",
            rateNonHighTech = 10m,
            rateHighTech = 15m,
            declarationDeadline = deadline,
        })).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        (await staff.PostAsync($"/api/v1/subsidies/batches/{batchId}/declarations", new
        {
            enterpriseId = firm,
            rdExpense = 50m,
            previousRdExpense = 40m,
            superDeductionAmount = 45m,
            revenue = 800m,
            taxPaid = 10m,
            attachmentName = "研发费用辅助账.pdf",
            attachmentContent = Pdf,
        })).Is(HttpStatusCode.Created);
        return batchId;
    }

    /// <summary>Each user's reminders about the batch.</summary>
    private Task<Dictionary<Guid, List<string>>> RemindersAboutAsync(Guid batchId) =>
        app.Shared.WithDbAsync(async db => (await db.Notifications.AsNoTracking().Where(n => n.Link == $"/subsidies/{batchId}" && n.UserId != null).ToListAsync())
            .GroupBy(n => n.UserId!.Value).ToDictionary(g => g.Key, g => g.Select(n => n.Body).ToList()));

    [Fact]
    public async Task Reminds_subsidy_staff_once_three_days_before_the_declaration_deadline()
    {
        var deadline = BeijingTime.Today(TimeProvider.System).AddDays(20);
        var batchId = await BatchClosingOnAsync(deadline);
        var staff = await app.Shared.UserIdAsync("staff");
        var staff2 = await app.Shared.UserIdAsync("staff2");

        // Four days before: not yet.
        await app.Shared.SendDeadlineRemindersAsync(deadline.AddDays(-4));
        Assert.Empty(await RemindersAboutAsync(batchId));

        // Three days before: each person who manages subsidies, once, with the count so far.
        var first = await app.Shared.SendDeadlineRemindersAsync(deadline.AddDays(-3));
        var sent = await RemindersAboutAsync(batchId);
        Assert.True(first.Sent >= 2, first.Summary);
        Assert.Empty(first.FailedSources);
        foreach (var user in new[] { staff, staff2 })
        {
            var body = Assert.Single(sent[user]);
            Assert.Contains($"将于 {deadline:yyyy-MM-dd}（3 天后）截止，目前已有 1 家企业申报", body, StringComparison.Ordinal);
        }

        foreach (var other in new[] { "admin", "qiye2", "grid01", "expert" })
        {
            Assert.False(sent.ContainsKey(await app.Shared.UserIdAsync(other)), $"{other} does not manage subsidies and got a reminder");
        }

        // The same day again, the next days, the deadline itself and after it: nothing new.
        foreach (var day in new[] { -3, -2, 0, 1 })
        {
            await app.Shared.SendDeadlineRemindersAsync(deadline.AddDays(day));
        }

        var after = await RemindersAboutAsync(batchId);
        Assert.Equal(sent.ToDictionary(e => e.Key, e => e.Value.Count), after.ToDictionary(e => e.Key, e => e.Value.Count));
        var records = await app.Shared.WithDbAsync(db => db.SentReminders.CountAsync(r => r.Key.StartsWith($"subsidy-declaration-deadline:{batchId}:")));
        Assert.Equal(after.Values.Sum(v => v.Count), records);
    }

    [Fact]
    public async Task Sends_nothing_for_a_deadline_that_has_passed_without_a_reminder()
    {
        var deadline = BeijingTime.Today(TimeProvider.System).AddDays(30);
        var batchId = await BatchClosingOnAsync(deadline);

        await app.Shared.SendDeadlineRemindersAsync(deadline.AddDays(1));
        await app.Shared.SendDeadlineRemindersAsync(deadline.AddDays(-10));

        Assert.Empty(await RemindersAboutAsync(batchId));
    }

    [Fact]
    public async Task Two_instances_running_at_the_same_moment_send_each_reminder_once()
    {
        var deadline = BeijingTime.Today(TimeProvider.System).AddDays(40);
        var batchId = await BatchClosingOnAsync(deadline);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => app.Shared.SendDeadlineRemindersAsync(deadline.AddDays(-1)))));

        Assert.All(runs, r => Assert.True(r.FailedSources.Count == 0, $"{r.Summary}\n{app.Shared.RecentServerErrors}"));
        var sent = await RemindersAboutAsync(batchId);
        Assert.All(sent.Values, bodies => Assert.Single(bodies));
        Assert.Contains(await app.Shared.UserIdAsync("staff"), sent.Keys);
        Assert.Contains("（明天）截止", sent.Values.First()[0], StringComparison.Ordinal);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RemindingOfDeadlinesOnSqlite(SqliteApp app) : RemindingOfDeadlines(app);

[Collection(PostgresScenarios.Name)]
public sealed class RemindingOfDeadlinesOnPostgres(PostgresApp app) : RemindingOfDeadlines(app);
