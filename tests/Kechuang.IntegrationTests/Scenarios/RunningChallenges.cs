using System.Net;
using System.Text;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Market;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Features.Challenges;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Challenge lists (揭榜挂帅) through the API: staff publish a firm's problem; teams bid once each (a second → 409),
/// attach a checked file and edit until the deadline; no bids after it; nobody chooses before it; the firm and the
/// assigned expert rate, staff see the average and choose the winner with a reason; the outcome closes it. A list nobody
/// bid on becomes 流榜 and cannot be awarded.
/// </summary>
public abstract class RunningChallenges(ProviderApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

    private static object Body(string title, Guid? enterpriseId, Guid? demandId = null, decimal reward = 200m) => new
    {
        title,
        description = "高性能石墨烯导热膜大面积涂布均匀性难题：幅宽 1.2 米以上，厚度偏差不超过 3%。",
        field = "新材料",
        reward,
        bidDeadline = DateTimeOffset.UtcNow.AddDays(10),
        requirements = "具有石墨烯材料中试经验的高校、院所或企业团队",
        enterpriseId,
        demandId,
    };

    private static object Bid(string team, decimal price = 180m, long version = 0) => new
    {
        team,
        planSummary = "采用狭缝涂布与在线厚度闭环控制，分三阶段完成中试验证。",
        price,
        periodMonths = 18,
        version,
    };

    private async Task<Guid> PublishedAsync(Api staff, string title)
    {
        var firm = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var id = (await staff.PostAsync("/api/v1/challenges", Body(title, firm))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await staff.PostAsync($"/api/v1/challenges/{id}/publish", new { })).Is(HttpStatusCode.NoContent);
        return id;
    }

    private Task<int> DeadlinePassedAsync(Guid id) =>
        app.Shared.WithDbAsync(db => db.Challenges.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.BidDeadline, DateTimeOffset.UtcNow.AddMinutes(-1))));

    [Fact]
    public async Task Staff_publish_teams_bid_once_the_firm_and_experts_rate_and_staff_choose_the_winner()
    {
        var staff = await app.Shared.As("staff");
        var firm = await app.Shared.As("qiye");
        var team = await app.Shared.As("qiye2");
        var institute = await app.Shared.As("service");
        var expert = await app.Shared.As("expert");
        var anonymous = app.Shared.Anonymous();
        var marker = "氮化镓" + Guid.NewGuid().ToString("N")[..6];
        var firmId = await app.Shared.EnterpriseIdOfUserAsync("qiye");

        var id = (await staff.PostAsync("/api/v1/challenges", Body($"{marker}散热难题揭榜", firmId))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await team.PostAsync($"/api/v1/challenges/{id}/bids", Bid("草稿不能揭榜"))).Problem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await anonymous.GetAsync($"/api/v1/challenges?q={marker}")).Json<List<ListChallenges.Row>>(), r => r.Id == id);
        (await firm.PostAsync($"/api/v1/challenges/{id}/publish", new { })).Is(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/api/v1/challenges/{id}/publish", new { })).Is(HttpStatusCode.NoContent);
        var expertId = await app.Shared.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == "expert").Select(u => u.Id).SingleAsync();
            return await db.Experts.Where(e => e.UserId == userId).Select(e => e.Id).SingleAsync();
        });
        (await staff.PostAsync($"/api/v1/challenges/{id}/experts", new { expertId })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/challenges/{id}/experts", new { expertId })).Problem(HttpStatusCode.Conflict);

        // The portal lists it with its reward, found by a word of its text.
        var listed = Assert.Single((await anonymous.GetAsync($"/api/v1/challenges?q={marker}")).Is(HttpStatusCode.OK).Json<List<ListChallenges.Row>>());
        Assert.Equal((id, 200m, "已发布", true), (listed.Id, listed.Reward, listed.StatusName, listed.IsOpen));

        // Bids: one per unit; the posting firm and a bank cannot bid.
        var bidId = (await team.PostAsync($"/api/v1/challenges/{id}/bids", Bid("灵武团队：张工（负责人）、李工"))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        Assert.Contains("已提交过", (await team.PostAsync($"/api/v1/challenges/{id}/bids", Bid("第二份"))).Problem(HttpStatusCode.Conflict).Detail, StringComparison.Ordinal);
        var instituteBid = (await institute.PostAsync($"/api/v1/challenges/{id}/bids", Bid("服务中心联合团队", 150m))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await firm.PostAsync($"/api/v1/challenges/{id}/bids", Bid("自己揭自己"))).Problem(HttpStatusCode.UnprocessableEntity);
        (await (await app.Shared.As("bank")).PostAsync($"/api/v1/challenges/{id}/bids", Bid("银行"))).Is(HttpStatusCode.Forbidden);
        (await team.PostAsync($"/api/v1/challenges/{id}/bids", Bid("负数报价", -1m))).Problem(HttpStatusCode.BadRequest);

        // The file: type and content checked; the bid is editable (with its version) until the deadline.
        Assert.NotEmpty((await team.UploadAsync($"/api/v1/challenges/{id}/bids/{bidId}/file", [0x4D, 0x5A, 0x90, 0x00], "方案.exe")).Problem(HttpStatusCode.BadRequest).ErrorsOf("file"));
        Assert.Contains("不符", (await team.UploadAsync($"/api/v1/challenges/{id}/bids/{bidId}/file", Encoding.UTF8.GetBytes("不是 PDF"), "方案.pdf")).Problem(HttpStatusCode.BadRequest).Detail, StringComparison.Ordinal);
        (await team.UploadAsync($"/api/v1/challenges/{id}/bids/{bidId}/file", Pdf, "揭榜方案.pdf")).Is(HttpStatusCode.NoContent);
        (await institute.UploadAsync($"/api/v1/challenges/{id}/bids/{bidId}/file", Pdf, "别人的方案.pdf")).Problem(HttpStatusCode.NotFound);
        (await team.PutAsync($"/api/v1/challenges/{id}/bids/{bidId}", Bid("灵武团队（修改）", 170m, version: 1))).Problem(HttpStatusCode.Conflict); // the upload moved it on
        (await team.PutAsync($"/api/v1/challenges/{id}/bids/{bidId}", Bid("灵武团队（修改）", 170m, version: 2))).Is(HttpStatusCode.NoContent);
        var own = (await team.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>();
        Assert.Equal(("灵武团队（修改）", 170m, "揭榜方案.pdf"), (own.Mine!.Team, own.Mine.Price, own.Mine.AttachmentName));
        Assert.Null(own.Bids); // a bidder never sees the others' bids
        Assert.Null((await firm.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>().Bids); // the firm only after the deadline

        // Nothing is chosen or rated before the deadline.
        Assert.Contains("截止", (await staff.PostAsync($"/api/v1/challenges/{id}/winner", new { bidId, reason = "方案最优", version = 2 })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        (await expert.PostAsync($"/api/v1/challenges/{id}/bids/{bidId}/ratings", new { score = 90, comment = "技术路线清晰" })).Problem(HttpStatusCode.UnprocessableEntity);

        // After the deadline: no bids or edits; the firm and the expert rate; others may not.
        await DeadlinePassedAsync(id);
        var late = await app.Shared.As("qiye2");
        (await late.PutAsync($"/api/v1/challenges/{id}/bids/{bidId}", Bid("截止后修改", 160m, version: 3))).Problem(HttpStatusCode.UnprocessableEntity);
        (await (await app.Shared.As("service")).UploadAsync($"/api/v1/challenges/{id}/bids/{instituteBid}/file", Pdf, "迟到.pdf")).Problem(HttpStatusCode.UnprocessableEntity);
        (await expert.PostAsync($"/api/v1/challenges/{id}/bids/{bidId}/ratings", new { score = 101, comment = "超出" })).Problem(HttpStatusCode.BadRequest);
        (await expert.PostAsync($"/api/v1/challenges/{id}/bids/{bidId}/ratings", new { score = 90, comment = "技术路线清晰" })).Is(HttpStatusCode.NoContent);
        (await expert.PostAsync($"/api/v1/challenges/{id}/bids/{instituteBid}/ratings", new { score = 70, comment = "经验不足" })).Is(HttpStatusCode.NoContent);
        (await firm.PostAsync($"/api/v1/challenges/{id}/bids/{bidId}/ratings", new { score = 80, comment = "报价合理" })).Is(HttpStatusCode.NoContent);
        (await team.PostAsync($"/api/v1/challenges/{id}/bids/{instituteBid}/ratings", new { score = 0, comment = "对手" })).Is(HttpStatusCode.Forbidden);
        var forFirm = (await firm.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>();
        Assert.Equal((RaterRole.Firm, 2), (forFirm.RatesAs, forFirm.Bids!.Count));
        Assert.All(forFirm.Bids, b => Assert.Null(b.AverageScore));
        (await firm.GetAsync($"/api/v1/challenges/{id}/bids/{bidId}/file")).Is(HttpStatusCode.OK);
        (await institute.GetAsync($"/api/v1/challenges/{id}/bids/{bidId}/file")).Problem(HttpStatusCode.NotFound);

        var judging = (await staff.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>();
        Assert.Equal(ChallengeStatus.Judging, judging.Status);
        Assert.Equal(85.0, judging.Bids!.Single(b => b.Id == bidId).AverageScore);
        Assert.Equal(70.0, judging.Bids!.Single(b => b.Id == instituteBid).AverageScore);

        // Staff choose with a reason (required); who chose is kept; then the outcome.
        Assert.NotEmpty((await staff.PostAsync($"/api/v1/challenges/{id}/winner", new { bidId, reason = " ", version = judging.Version })).Problem(HttpStatusCode.BadRequest).ErrorsOf("reason"));
        (await staff.PostAsync($"/api/v1/challenges/{id}/winner", new { bidId, reason = "专家与企业平均分最高（85 分），报价在榜额内", version = judging.Version })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/challenges/{id}/winner", new { bidId = instituteBid, reason = "改选", version = judging.Version + 1 })).Problem(HttpStatusCode.UnprocessableEntity);
        var awarded = (await anonymous.GetAsync($"/api/v1/challenges/{id}")).Is(HttpStatusCode.OK).Json<GetChallenge.Details>();
        var winnerName = judging.Bids!.Single(b => b.Id == bidId).ParticipantName;
        Assert.Equal(("已揭榜", winnerName, "专家与企业平均分最高（85 分），报价在榜额内"), (awarded.StatusName, awarded.WinnerName, awarded.ChoiceReason));
        Assert.False(string.IsNullOrEmpty(awarded.ChosenBy));
        (await staff.PostAsync($"/api/v1/challenges/{id}/outcome", new { completed = true, note = "", version = awarded.Version })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/challenges/{id}/outcome", new { completed = true, note = "通过企业验收，幅宽 1.3 米", version = awarded.Version })).Is(HttpStatusCode.NoContent);
        Assert.Equal(ChallengeStatus.Completed, (await anonymous.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>().Status);
        (await staff.PostAsync($"/api/v1/challenges/{id}/outcome", new { completed = false, note = "再登记", version = awarded.Version + 1 })).Problem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_list_without_bids_goes_unbid_at_the_deadline_and_cannot_be_awarded()
    {
        var staff = await app.Shared.As("staff");
        var id = await PublishedAsync(staff, $"无人揭榜{Guid.NewGuid():N}"[..12]);
        await DeadlinePassedAsync(id);
        (await (await app.Shared.As("qiye2")).PostAsync($"/api/v1/challenges/{id}/bids", Bid("截止后揭榜"))).Problem(HttpStatusCode.UnprocessableEntity);
        var detail = (await staff.PostAsync($"/api/v1/challenges/{id}/winner", new { bidId = Guid.NewGuid(), reason = "没有方案", version = 2 })).Problem(HttpStatusCode.UnprocessableEntity).Detail;
        Assert.Contains("流榜", detail, StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Unbid, (await staff.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>().Status);
        (await staff.PostAsync($"/api/v1/challenges/{id}/close", new { })).Problem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_published_demand_becomes_a_list_of_its_firm_and_bad_input_is_refused()
    {
        var staff = await app.Shared.As("staff");
        var demand = await app.Shared.WithDbAsync(db => db.Demands.Where(d => d.Status == DemandStatus.Published).Select(d => new { d.Id, d.EnterpriseName }).FirstAsync());
        var id = (await staff.PostAsync("/api/v1/challenges", Body("来自需求的榜单", null, demand.Id))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        Assert.Equal(demand.EnterpriseName, (await staff.GetAsync($"/api/v1/challenges/{id}")).Json<GetChallenge.Details>().EnterpriseName);

        var problem = (await staff.PostAsync("/api/v1/challenges", new { title = "短", field = "不存在", reward = -1m })).Problem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsOf("reward"));
        Assert.NotEmpty(problem.ErrorsOf("title"));
        Assert.NotEmpty((await staff.PostAsync("/api/v1/challenges", Body("没有发榜企业的榜单", null))).Problem(HttpStatusCode.BadRequest).ErrorsOf("enterpriseId"));
        var unknownField = new { title = "领域不对的榜单", description = "描述足够长的技术难题描述文字。", field = "不存在的领域", reward = 1m, bidDeadline = DateTimeOffset.UtcNow.AddDays(3), requirements = "条件条件", enterpriseId = Guid.NewGuid() };
        Assert.NotEmpty((await staff.PostAsync("/api/v1/challenges", unknownField)).Problem(HttpStatusCode.BadRequest).ErrorsOf("field"));
        (await staff.PostAsync("/api/v1/challenges", Body("不存在的企业发榜", Guid.NewGuid()))).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/v1/challenges", Body("不存在的需求发榜", null, Guid.NewGuid()))).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/challenges/{Guid.NewGuid()}/publish", new { })).Problem(HttpStatusCode.NotFound);
        (await app.Shared.Anonymous().GetAsync("/api/v1/challenges?q=%00%27%22&status=Nonsense")).IsOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
        (await app.Shared.Anonymous().GetAsync($"/api/v1/challenges?q={Uri.EscapeDataString(new string('榜', 3000))}")).Is(HttpStatusCode.OK);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RunningChallengesOnSqlite(SqliteApp app) : RunningChallenges(app);

[Collection(PostgresScenarios.Name)]
public sealed class RunningChallengesOnPostgres(PostgresApp app) : RunningChallenges(app);
