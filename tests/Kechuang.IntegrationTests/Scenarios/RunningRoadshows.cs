using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Market;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Features.Roadshows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Roadshows (路演) through the API: staff set one up with a project and publish it; investors and firms register within
/// the capacity (twice → 409, full → 422, cancel frees the seat, the last seat goes to one of two racing requests); after it
/// starts nobody registers or cancels, staff mark attendance and record follow-ups, and the totals add up.
/// </summary>
public abstract class RunningRoadshows(ProviderApp app)
{
    private static object Body(string title, int capacity, DateTimeOffset? startsAt = null, long version = 0) => new
    {
        title,
        startsAt = startsAt ?? DateTimeOffset.UtcNow.AddDays(7),
        place = "宁夏科技大市场路演厅",
        theme = "新材料",
        capacity,
        description = "每周二路演吧：新材料领域科技成果与融资项目路演，邀请投资机构与企业参加。",
        version,
    };

    private static object Project(string title, decimal need, Guid? achievementId = null) => new
    {
        title,
        presenter = "宁夏大学材料学院",
        summary = "石墨烯改性导热复合膜，导热系数提升 30%，寻求中试放大资金。",
        financingNeed = need,
        achievementId,
    };

    private static async Task<Guid> PublishedRoadshowAsync(Api staff, string title, int capacity)
    {
        var id = (await staff.PostAsync("/api/v1/roadshows", Body(title, capacity))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects", Project("石墨烯导热膜中试", 500m))).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/publish", new { })).Is(HttpStatusCode.NoContent);
        return id;
    }

    private Task<int> StartedAsync(Guid id) =>
        app.Shared.WithDbAsync(db => db.Roadshows.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.StartsAt, DateTimeOffset.UtcNow.AddHours(-2)))); // the roadshow has taken place

    private async Task<Api> NewFirmUserAsync()
    {
        var (firmId, _) = await app.Shared.NewEnterpriseAsync();
        var userName = "rs" + Guid.NewGuid().ToString("N")[..10];
        await using (var scope = app.Shared.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = userName, DisplayName = "路演测试企业用户", EnterpriseId = firmId, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, AppFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Enterprise)).Succeeded);
        }

        return await app.Shared.As(userName);
    }

    [Fact]
    public async Task Staff_publish_a_roadshow_investors_register_within_capacity_and_staff_record_attendance_and_outcomes()
    {
        var staff = await app.Shared.As("staff");
        var bank = await app.Shared.As("bank");
        var firm = await NewFirmUserAsync();
        var other = await NewFirmUserAsync();
        var anonymous = app.Shared.Anonymous();
        var title = $"周二路演吧{Guid.NewGuid():N}"[..14];

        var id = (await staff.PostAsync("/api/v1/roadshows", Body(title, 2))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await anonymous.GetAsync($"/api/v1/roadshows/{id}")).Is(HttpStatusCode.NotFound); // a draft is for staff only
        Assert.Contains("至少一个路演项目", (await staff.PostAsync($"/api/v1/roadshows/{id}/publish", new { })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        var achievementId = await app.Shared.WithDbAsync(db => db.Achievements.Where(a => a.IsPublished).Select(a => a.Id).FirstAsync());
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects", Project("石墨烯导热膜中试", 500m, achievementId))).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects", Project("枸杞多糖提取工艺", 200m))).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/publish", new { })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/publish", new { })).Problem(HttpStatusCode.UnprocessableEntity);

        // The public sees it among the upcoming ones, without the registrations.
        var upcoming = (await anonymous.GetAsync("/api/v1/roadshows")).Is(HttpStatusCode.OK).Json<ListRoadshows.Result>();
        var row = Assert.Single(upcoming.Upcoming, r => r.Id == id);
        Assert.Equal((2, 0, 700m), (row.Projects, row.Registered, row.FinancingNeed));
        var shown = (await anonymous.GetAsync($"/api/v1/roadshows/{id}")).Is(HttpStatusCode.OK).Json<GetRoadshow.Details>();
        Assert.Null(shown.Registrations);
        Assert.NotNull(shown.Projects[0].AchievementTitle);

        // Two seats: the bank and a firm take them; registering twice is a conflict; a third is refused; a cancellation frees a seat.
        (await bank.PostAsync($"/api/v1/roadshows/{id}/registrations", new { contact = "王经理 13900000000" })).Is(HttpStatusCode.Created);
        Assert.Contains("不能重复报名", (await bank.PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Problem(HttpStatusCode.Conflict).Detail, StringComparison.Ordinal);
        (await firm.PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Is(HttpStatusCode.Created);
        Assert.Contains("名额已满", (await other.PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Is(HttpStatusCode.Forbidden);
        (await (await app.Shared.As("expert")).PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Is(HttpStatusCode.Forbidden);
        (await firm.DeleteAsync($"/api/v1/roadshows/{id}/registrations/mine")).Is(HttpStatusCode.NoContent);
        (await other.PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Is(HttpStatusCode.Created);
        var mine = (await other.GetAsync($"/api/v1/roadshows/{id}")).Json<GetRoadshow.Details>();
        Assert.NotNull(mine.Mine);
        Assert.Null(mine.Registrations);
        Assert.False(mine.MayRegister);
        Assert.NotNull((await firm.GetAsync($"/api/v1/roadshows/{id}")).Json<GetRoadshow.Details>().Mine?.CancelledAt);

        // Before it starts there is nothing to mark or record.
        var before = (await staff.GetAsync($"/api/v1/roadshows/{id}")).Json<GetRoadshow.Details>();
        Assert.Equal(3, before.Registrations!.Count);
        Assert.Equal(2, before.Totals.Registered);
        var bankRegistration = before.Registrations.Single(r => r.ParticipantName == "宁夏银行科技支行" && r.CancelledAt == null);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/attendance", new { rows = new[] { new { registrationId = bankRegistration.Id, attended = true } } })).Problem(HttpStatusCode.UnprocessableEntity);
        var project = before.Projects[0];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects/{project.Id}/outcomes", new { kind = "Invested", amount = 300m, note = "签署投资协议", on = today })).Problem(HttpStatusCode.UnprocessableEntity);

        // After it: no more registering or cancelling; attendance and follow-ups are recorded and add up.
        await StartedAsync(id);
        (await firm.PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Problem(HttpStatusCode.UnprocessableEntity);
        (await other.DeleteAsync($"/api/v1/roadshows/{id}/registrations/mine")).Problem(HttpStatusCode.UnprocessableEntity);
        var otherRegistration = before.Registrations.Single(r => r.CancelledAt == null && r.Id != bankRegistration.Id);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/attendance", new { rows = new[] { new { registrationId = bankRegistration.Id, attended = true }, new { registrationId = otherRegistration.Id, attended = false } } })).Is(HttpStatusCode.NoContent);
        var url = $"/api/v1/roadshows/{id}/projects/{project.Id}/outcomes";
        Assert.NotEmpty((await staff.PostAsync(url, new { kind = "Invested", note = "签署投资协议", on = today })).Problem(HttpStatusCode.BadRequest).ErrorsOf("amount"));
        (await staff.PostAsync(url, new { kind = "Invested", amount = -5m, note = "负数", on = today })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync(url, new { kind = "Invested", amount = 300m, note = "签署投资协议", on = today.AddDays(3) })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync(url, new { kind = "Invested", amount = 300m, investor = "宁夏银行科技支行", note = "签署投资协议", on = today })).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects/{before.Projects[1].Id}/outcomes", new { kind = "IntendedInvestment", amount = 150m, note = "达成投资意向", on = today })).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects/{before.Projects[1].Id}/outcomes", new { kind = "TechCooperation", note = "与宁夏大学开展技术合作", on = today })).Is(HttpStatusCode.Created);
        (await bank.PostAsync(url, new { kind = "NoFollowUp", note = "无", on = today })).Is(HttpStatusCode.Forbidden);

        var after = (await staff.GetAsync($"/api/v1/roadshows/{id}")).Is(HttpStatusCode.OK).Json<GetRoadshow.Details>();
        Assert.Equal("已举办", after.StateName);
        Assert.Equal((2, 1, 300m, 150m), (after.Totals.Registered, after.Totals.Attended, after.Totals.Invested, after.Totals.Intended));
        Assert.Equal(1, after.Totals.Outcomes.Single(o => o.Kind == OutcomeKind.TechCooperation).Count);
        var past = (await anonymous.GetAsync("/api/v1/roadshows")).Json<ListRoadshows.Result>();
        Assert.Equal(300m, Assert.Single(past.Past, r => r.Id == id).Invested);
        Assert.DoesNotContain(past.Upcoming, r => r.Id == id);
    }

    [Fact]
    public async Task The_last_seat_goes_to_one_of_two_racing_registrations()
    {
        var staff = await app.Shared.As("staff");
        var id = await PublishedRoadshowAsync(staff, $"并发报名{Guid.NewGuid():N}"[..12], capacity: 1);
        var first = await NewFirmUserAsync();
        var second = await NewFirmUserAsync();

        var replies = await Task.WhenAll(
            first.PostAsync($"/api/v1/roadshows/{id}/registrations", new { }),
            second.PostAsync($"/api/v1/roadshows/{id}/registrations", new { }));

        Assert.Single(replies, r => r.Status == HttpStatusCode.Created);
        var loser = Assert.Single(replies, r => r.Status != HttpStatusCode.Created);
        loser.IsOneOf(HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
        var details = (await staff.GetAsync($"/api/v1/roadshows/{id}")).Json<GetRoadshow.Details>();
        Assert.Equal(1, details.Totals.Registered);
        Assert.Single(details.Registrations!);
    }

    [Fact]
    public async Task The_demo_city_has_an_upcoming_roadshow_with_registrations_and_a_past_one_with_outcomes_and_two_challenge_lists()
    {
        var anonymous = app.Untouched.Anonymous();
        var roadshows = (await anonymous.GetAsync("/api/v1/roadshows")).Is(HttpStatusCode.OK).Json<ListRoadshows.Result>();
        var upcoming = Assert.Single(roadshows.Upcoming);
        Assert.True(upcoming.Registered >= 6, $"{upcoming.Registered} registered");
        var past = Assert.Single(roadshows.Past);
        Assert.Equal(300m, past.Invested);
        var details = (await (await app.Untouched.As("staff")).GetAsync($"/api/v1/roadshows/{past.Id}")).Json<GetRoadshow.Details>();
        Assert.True(details.Totals.Attended > 0 && details.Totals.Intended > 0);
        var challenges = (await anonymous.GetAsync("/api/v1/challenges")).Is(HttpStatusCode.OK).Json<List<Kechuang.Web.Modules.Market.Features.Challenges.ListChallenges.Row>>();
        Assert.Equal([ChallengeStatus.Published, ChallengeStatus.Awarded], challenges.Select(c => c.Status));
        Assert.True(challenges[0].IsOpen);
        Assert.NotNull(challenges[1].WinnerName);
    }

    [Fact]
    public async Task Bad_roadshow_input_is_refused_with_field_messages()
    {
        var staff = await app.Shared.As("staff");
        var reply = await staff.PostAsync("/api/v1/roadshows", new { title = "短", capacity = 0, place = "", theme = "", description = "" });
        var problem = reply.Problem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsOf("capacity"));
        Assert.NotEmpty(problem.ErrorsOf("startsAt"));
        Assert.NotEmpty((await staff.PostAsync("/api/v1/roadshows", Body("过去的路演时间", 10, DateTimeOffset.UtcNow.AddDays(-1)))).Problem(HttpStatusCode.BadRequest).ErrorsOf("startsAt"));
        var id = (await staff.PostAsync("/api/v1/roadshows", Body("负数融资需求测试", 10))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects", Project("负数项目", -1m))).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/roadshows/{id}/projects", Project("不存在的成果", 1m, Guid.NewGuid()))).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/roadshows/{Guid.NewGuid()}/projects", Project("不存在的路演", 1m))).Problem(HttpStatusCode.NotFound);
        (await staff.SendRawAsync(HttpMethod.Post, "/api/v1/roadshows", "{\"capacity\":\"many\"")).Problem(HttpStatusCode.BadRequest);
        (await (await app.Shared.As("qiye")).PostAsync("/api/v1/roadshows", Body("企业不能建路演", 10))).Is(HttpStatusCode.Forbidden);
        (await (await app.Shared.As("bank")).PostAsync($"/api/v1/roadshows/{id}/registrations", new { })).Problem(HttpStatusCode.NotFound); // a draft takes no registrations
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RunningRoadshowsOnSqlite(SqliteApp app) : RunningRoadshows(app);

[Collection(PostgresScenarios.Name)]
public sealed class RunningRoadshowsOnPostgres(PostgresApp app) : RunningRoadshows(app);
