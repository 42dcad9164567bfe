using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Modules.GridService;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.GridService.Features.Home;
using Kechuang.Web.Modules.GridService.Features.Needs;
using Kechuang.Web.Modules.GridService.Features.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// 三员联动 through the API: grid01 sees its firms with visit due dates; records a visit with a photo and a technology
/// need for the firm of the account qiye; the need goes to 高新技术科 with the 10-day deadline of the routing rule; the
/// same draft sent again (even twice at once) is one visit; the department handles it, the firm rates it; the need
/// becomes a market demand once. Bad input answers 4xx and writes nothing.
/// </summary>
public abstract class ServingGridFirms(ProviderApp app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static object Visit(Guid draftId, Guid firm, DateOnly on, params object[] needs) => new
    {
        draftId,
        enterpriseId = firm,
        visitedOn = on,
        kind = "Visit",
        peopleMet = "张总（总经理）",
        notes = "了解企业研发投入归集情况",
        needs,
    };

    private static Task<Reply> PostVisitAsync(Api api, object visit, params (byte[] Bytes, string Name)[] photos)
    {
        var content = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(visit, JsonSerializerOptions.Web)), "visit" } };
        foreach (var (bytes, name) in photos)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(part, "photos", name);
        }

        return api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/grid/visits") { Content = content });
    }

    private Task<int> VisitsOfDraftAsync(Guid draftId) => app.Shared.WithDbAsync(db => db.Visits.CountAsync(v => v.DraftId == draftId));

    private Task<DateOnly> TodayAsync() => app.Shared.AsUserInScopeAsync("grid01", sp => Task.FromResult(BeijingTime.Today(sp.GetRequiredService<TimeProvider>())));

    [Fact]
    public async Task An_officer_records_a_visit_with_a_need_that_reaches_the_department_and_is_resolved_and_rated()
    {
        var officer = await app.Shared.As("grid01");
        var firm = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var today = await TodayAsync();

        var home = (await officer.GetAsync("/api/v1/grid/home")).Is(HttpStatusCode.OK).Json<OfficerHome.Result>();
        Assert.Equal(await app.Shared.FirmsInGridAsync(await app.Shared.GridIdAsync("640104-01")), home.FirmCount);
        Assert.Contains(home.Firms, f => f.Id == firm);
        Assert.Contains("高新技术企业每 90 天走访一次", home.Firms.Single(f => f.Id == firm).Rule, StringComparison.Ordinal);
        Assert.All(home.Firms.Where(f => f.Overdue), f => Assert.True(f.LastVisit is null || f.DueOn < today));

        var draft = Guid.NewGuid();
        var need = new { category = "Technology", urgency = "Urgent", description = "生产线视觉检测方案需要高校团队支持" };
        var recorded = (await PostVisitAsync(officer, Visit(draft, firm, today, need), (Png, "现场.png"))).Is(HttpStatusCode.Created).Json<RecordVisit.Result>();
        var routed = Assert.Single(recorded.Needs);
        Assert.Equal(("技术", "高新技术科", today.AddDays(10)), (routed.Category, routed.HandlerName, routed.DueOn));
        Assert.Contains("技术类 10 天", routed.DueRule, StringComparison.Ordinal);

        // The same draft again (the phone never heard the answer): the same visit, nothing new.
        var again = (await PostVisitAsync(officer, Visit(draft, firm, today, need), (Png, "现场.png"))).Is(HttpStatusCode.OK).Json<RecordVisit.Result>();
        Assert.Equal((recorded.VisitId, true, routed.Id), (again.VisitId, again.Duplicate, again.Needs.Single().Id));
        Assert.Equal(1, await VisitsOfDraftAsync(draft));
        var visits = (await officer.GetAsync($"/api/v1/grid/visits?enterpriseId={firm}")).Is(HttpStatusCode.OK).Json<ListVisits.Result>();
        var photo = Assert.Single(visits.Rows.Single(v => v.Id == recorded.VisitId).PhotoIds);
        Assert.Equal(Png, (await officer.GetAsync($"/api/v1/grid/photos/{photo}")).Is(HttpStatusCode.OK).Bytes);
        (await (await app.Shared.As("grid02")).GetAsync($"/api/v1/grid/photos/{photo}")).Is(HttpStatusCode.NotFound);

        // The department it was routed to sees and handles it; another department does not even see it.
        var staff = await app.Shared.As("staff"); // 高新技术科
        var staff2 = await app.Shared.As("staff2"); // 科技金融科, but a grid manager: sees it, may not handle it
        var needId = routed.Id;
        var details = (await staff.GetAsync($"/api/v1/grid/needs/{needId}")).Is(HttpStatusCode.OK).Json<GetNeed.Details>();
        Assert.True(details.MayHandle);
        Assert.Equal(NeedStatus.Accepted, details.Status);
        Assert.False((await staff2.GetAsync($"/api/v1/grid/needs/{needId}")).Is(HttpStatusCode.OK).Json<GetNeed.Details>().MayHandle);
        Assert.Equal("该需求由高新技术科办理", (await staff2.PostAsync($"/api/v1/grid/needs/{needId}/handling", new { action = "Start", version = details.Version })).Problem(HttpStatusCode.Forbidden).Detail);
        (await staff.PostAsync($"/api/v1/grid/needs/{needId}/handling", new { action = "Start", note = "已联系企业", version = details.Version })).Is(HttpStatusCode.NoContent);
        details = (await staff.GetAsync($"/api/v1/grid/needs/{needId}")).Json<GetNeed.Details>();
        (await staff.PostAsync($"/api/v1/grid/needs/{needId}/handling", new { action = "Resolve", note = "好", version = details.Version })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/grid/needs/{needId}/handling", new { action = "Resolve", note = "已对接宁夏大学机器视觉团队，签订合作意向", version = details.Version - 1 })).Problem(HttpStatusCode.Conflict);
        (await staff.PostAsync($"/api/v1/grid/needs/{needId}/handling", new { action = "Resolve", note = "已对接宁夏大学机器视觉团队，签订合作意向", version = details.Version })).Is(HttpStatusCode.NoContent);

        // The firm sees its own need and rates the handling once; another firm does not see it.
        var qiye = await app.Shared.As("qiye");
        var mine = (await qiye.GetAsync($"/api/v1/grid/needs/{needId}")).Is(HttpStatusCode.OK).Json<GetNeed.Details>();
        Assert.Equal((NeedStatus.Resolved, true), (mine.Status, mine.MayRate));
        Assert.Equal(["已受理", "办理中", "已解决"], mine.Steps.Select(s => s.Status));
        (await (await app.Shared.As("qiye2")).GetAsync($"/api/v1/grid/needs/{needId}")).Is(HttpStatusCode.NotFound);
        (await qiye.PostAsync($"/api/v1/grid/needs/{needId}/rating", new { rating = 6 })).Problem(HttpStatusCode.BadRequest);
        (await qiye.PostAsync($"/api/v1/grid/needs/{needId}/rating", new { rating = 5, comment = "响应很快" })).Is(HttpStatusCode.NoContent);
        (await qiye.PostAsync($"/api/v1/grid/needs/{needId}/rating", new { rating = 4 })).Problem(HttpStatusCode.Conflict);
        Assert.Equal(5, (await officer.GetAsync($"/api/v1/grid/needs/{needId}")).Json<GetNeed.Details>().Rating);

        // A technology need becomes a market demand, once.
        var demand = (await officer.PostAsync($"/api/v1/grid/needs/{needId}/demand", new { title = "生产线视觉检测方案", field = "先进制造与自动化" })).Is(HttpStatusCode.Created).Json<GridServiceModule.IdResponse>().Id;
        (await officer.PostAsync($"/api/v1/grid/needs/{needId}/demand", new { title = "生产线视觉检测方案", field = "先进制造与自动化" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal(demand, (await officer.GetAsync($"/api/v1/grid/needs/{needId}")).Json<GetNeed.Details>().DemandId);
        (await staff.GetAsync($"/api/v1/market/demands/{demand}")).Is(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_overdue_need_warns_its_department_and_the_officer_once()
    {
        var officer = await app.Shared.As("grid01");
        var firm = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var today = await TodayAsync();
        var need = new { category = "Technology", urgency = "Normal", description = "希望引进废水深度处理技术" + Guid.NewGuid().ToString("N")[..4] };
        var routed = (await PostVisitAsync(officer, Visit(Guid.NewGuid(), firm, today, need))).Is(HttpStatusCode.Created).Json<RecordVisit.Result>().Needs.Single();
        Assert.Equal(("高新技术科", today.AddDays(10)), (routed.HandlerName, routed.DueOn));
        var key = $"need-overdue:{routed.Id}:{routed.DueOn:yyyy-MM-dd}";

        await app.Shared.SendDeadlineRemindersAsync(routed.DueOn);
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.SentReminders.CountAsync(r => r.Key == key)));
        await app.Shared.SendDeadlineRemindersAsync(routed.DueOn.AddDays(1));
        await app.Shared.SendDeadlineRemindersAsync(routed.DueOn.AddDays(2));
        var officerId = await app.Shared.UserIdAsync("grid01");
        var warned = await app.Shared.WithDbAsync(db => db.SentReminders.Where(r => r.Key == key).Select(r => r.Recipient).ToListAsync());
        Assert.Contains(Kechuang.Web.Modules.Notifications.Contracts.ReminderRecipient.User(officerId).Address, warned);
        Assert.Contains(Kechuang.Web.Modules.Notifications.Contracts.ReminderRecipient.User(await app.Shared.UserIdAsync("staff")).Address, warned); // 高新技术科
        Assert.Equal(warned.Count, warned.Distinct().Count()); // once each
    }

    [Fact]
    public async Task Trainings_application_help_and_briefings_are_recorded_with_the_firms_that_came()
    {
        var officer = await app.Shared.As("grid01");
        var today = await TodayAsync();
        var firms = (await officer.GetAsync("/api/v1/grid/home")).Json<OfficerHome.Result>().Firms.Take(3).Select(f => f.Id).ToList();
        var attendees = firms.Select((id, i) => new { enterpriseId = id, people = i + 1 }).ToArray();
        var topic = "研发费用辅助账归集实务" + Guid.NewGuid().ToString("N")[..4];

        var id = (await officer.PostAsync("/api/v1/grid/services", new { kind = "RdExpenseTraining", heldOn = today, topic, place = "兴庆区科技大厦", attendees }))
            .Is(HttpStatusCode.Created).Json<GridServiceModule.IdResponse>().Id;
        var row = (await officer.GetAsync("/api/v1/grid/services")).Is(HttpStatusCode.OK).Json<List<RecordService.Row>>().Single(r => r.Id == id);
        Assert.Equal(("研发投入归集培训", 3, 6), (row.Kind, row.Firms, row.People));

        var help = (await officer.PostAsync("/api/v1/grid/services", new { kind = "ApplicationHelp", heldOn = today, topic = "指导填写申报书", attendees })).Problem(HttpStatusCode.BadRequest);
        Assert.Equal("申报辅导请选择所申报的指南", help.ErrorsOf("callId")[0]);
        var call = await app.Shared.WithDbAsync(db => db.Calls.Where(c => c.Status != Kechuang.Web.Modules.Programmes.Domain.CallStatus.Draft).Select(c => new { c.Id, c.Title }).FirstAsync());
        var helped = (await officer.PostAsync("/api/v1/grid/services", new { kind = "ApplicationHelp", heldOn = today, topic = "指导填写申报书", callId = call.Id, attendees })).Is(HttpStatusCode.Created).Json<GridServiceModule.IdResponse>().Id;
        Assert.Equal(call.Title, (await officer.GetAsync("/api/v1/grid/services")).Json<List<RecordService.Row>>().Single(r => r.Id == helped).CallTitle);

        var outsider = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        (await officer.PostAsync("/api/v1/grid/services", new { kind = "PolicyBriefing", heldOn = today, topic = "高企认定政策", attendees = new[] { new { enterpriseId = outsider, people = 2 } } })).Problem(HttpStatusCode.Forbidden);
        (await officer.PostAsync("/api/v1/grid/services", new { kind = "PolicyBriefing", heldOn = today.AddDays(1), topic = "高企认定政策", attendees })).Problem(HttpStatusCode.BadRequest);
        (await officer.PostAsync("/api/v1/grid/services", new { kind = "PolicyBriefing", heldOn = today, topic = "高企认定政策", attendees = Array.Empty<object>() })).Problem(HttpStatusCode.BadRequest);

        var dashboard = (await officer.GetAsync("/api/v1/grid/dashboard")).Json<Kechuang.Web.Modules.GridService.Features.Dashboard.GridDashboard.Result>();
        Assert.Contains(dashboard.Figures, f => f.Name == "培训与辅导" && f.Value != "0 场");
    }

    [Fact]
    public async Task The_same_draft_sent_twice_at_once_is_one_visit()
    {
        var officer = await app.Shared.As("grid01");
        var firm = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var today = await TodayAsync();
        var draft = Guid.NewGuid();
        var replies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostVisitAsync(officer, Visit(draft, firm, today))));
        Assert.All(replies, r => r.IsOneOf(HttpStatusCode.Created, HttpStatusCode.OK));
        Assert.Single(replies.Select(r => r.Json<RecordVisit.Result>().VisitId).Distinct());
        Assert.Equal(1, await VisitsOfDraftAsync(draft));
    }

    [Fact]
    public async Task Bad_visits_are_refused_with_a_reason_and_nothing_is_written()
    {
        var officer = await app.Shared.As("grid01");
        var firm = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var otherGrid = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        var today = await TodayAsync();
        var need = new { category = "Finance", urgency = "Normal", description = "扩大产能需要流动资金" };

        var outside = Guid.NewGuid();
        Assert.Equal("只能走访本人网格内的企业", (await PostVisitAsync(officer, Visit(outside, otherGrid, today))).Problem(HttpStatusCode.Forbidden).Detail);
        var future = Guid.NewGuid();
        Assert.Contains("不能晚于今天", (await PostVisitAsync(officer, Visit(future, firm, today.AddDays(1)))).Problem(HttpStatusCode.BadRequest).ErrorsOf("visitedOn")[0], StringComparison.Ordinal);
        var notImage = Guid.NewGuid();
        Assert.Contains("不是照片", (await PostVisitAsync(officer, Visit(notImage, firm, today), ("%PDF-1.7"u8.ToArray(), "合同.png"))).Problem(HttpStatusCode.BadRequest).ErrorsOf("photos")[0], StringComparison.Ordinal);
        var big = Guid.NewGuid();
        var oversized = new byte[(5 * 1024 * 1024) + 1];
        Png.CopyTo(oversized, 0);
        Assert.Contains("超过 5 MB", (await PostVisitAsync(officer, Visit(big, firm, today), (oversized, "大图.png"))).Problem(HttpStatusCode.BadRequest).ErrorsOf("photos")[0], StringComparison.Ordinal);
        var noUnit = Guid.NewGuid();
        var toNowhere = new { category = "Finance", urgency = "Normal", description = "扩大产能需要流动资金", unitId = Guid.NewGuid() };
        Assert.Equal("办理单位不存在", (await PostVisitAsync(officer, Visit(noUnit, firm, today, need, toNowhere))).Problem(HttpStatusCode.BadRequest).ErrorsOf("needs[1].handler")[0]);
        var shortNeed = Guid.NewGuid();
        (await PostVisitAsync(officer, Visit(shortNeed, firm, today, new { category = "Policy", urgency = "Normal", description = "补贴" }))).Problem(HttpStatusCode.BadRequest);
        (await officer.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/grid/visits") { Content = new MultipartFormDataContent { { new StringContent("{not json"), "visit" } } }))
            .Problem(HttpStatusCode.BadRequest);
        (await PostVisitAsync(await app.Shared.As("qiye"), Visit(Guid.NewGuid(), firm, today))).Is(HttpStatusCode.Forbidden);

        foreach (var draft in new[] { outside, future, notImage, big, noUnit, shortNeed })
        {
            Assert.Equal(0, await VisitsOfDraftAsync(draft));
        }

        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Needs.CountAsync(n => n.Description == "扩大产能需要流动资金")));
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class ServingGridFirmsOnSqlite(SqliteApp app) : ServingGridFirms(app);

[Collection(PostgresScenarios.Name)]
public sealed class ServingGridFirmsOnPostgres(PostgresApp app) : ServingGridFirms(app);
