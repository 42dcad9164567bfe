using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Market;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Features.Demands;
using Kechuang.Web.Modules.Market.Features.Matching;
using Kechuang.Web.Modules.Market.Features.Search;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// The technology market through the API: a firm posts a demand → it is not public until staff publish it → search
/// finds it (the index follows the database by itself) → matching ranks the fitting achievement first with its reasons →
/// staff push the match, record a meeting, and the funnel counts it. Grid officers post only for firms of their grids;
/// absurd searches answer 200.
/// </summary>
public abstract class TradingTechnology(ProviderApp app)
{
    private static object DemandBody(string title, string keywords, Guid? enterpriseId = null, long version = 0) => new
    {
        enterpriseId,
        title,
        description = "我公司需要提升石墨烯导热膜的导热系数，解决大面积涂布不均匀与热压起泡问题，寻求高校合作。",
        field = "新材料",
        keywords,
        budgetMin = 50m,
        budgetMax = 120m,
        deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2),
        isPublic = true,
        version,
    };

    [Fact]
    public async Task A_posted_demand_is_reviewed_published_found_matched_and_followed_to_a_contract()
    {
        var firm = await app.Shared.As("qiye");
        var staff = await app.Shared.As("staff");
        var anonymous = app.Shared.Anonymous();
        var marker = "氮化硼" + Guid.NewGuid().ToString("N")[..6];
        var title = $"石墨烯{marker}导热膜量产";
        var id = (await firm.PostAsync("/api/v1/market/demands", DemandBody(title, $"石墨烯；导热膜；{marker}"))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;

        // Awaiting review: the firm sees it, the public and another firm do not, and search does not find it.
        Assert.Equal(DemandStatus.Submitted, (await firm.GetAsync($"/api/v1/market/demands/{id}")).Is(HttpStatusCode.OK).Json<GetDemand.Details>().Status);
        (await anonymous.GetAsync($"/api/v1/market/demands/{id}")).Is(HttpStatusCode.NotFound);
        (await (await app.Shared.As("qiye2")).GetAsync($"/api/v1/market/demands/{id}")).Is(HttpStatusCode.NotFound);
        (await firm.PostAsync($"/api/v1/market/demands/{id}/review", new { decision = "Approve" })).Is(HttpStatusCode.Forbidden);

        // Returned with a reason (a reason is required), revised, then published.
        (await staff.PostAsync($"/api/v1/market/demands/{id}/review", new { decision = "Return", reason = " " })).Problem(HttpStatusCode.UnprocessableEntity);
        (await staff.PostAsync($"/api/v1/market/demands/{id}/review", new { decision = "Return", reason = "请补充预算依据" })).Is(HttpStatusCode.NoContent);
        var returned = (await firm.GetAsync($"/api/v1/market/demands/{id}")).Json<GetDemand.Details>();
        Assert.Equal(("请补充预算依据", DemandStatus.Returned), (returned.ReturnReason, returned.Status));
        (await firm.PutAsync($"/api/v1/market/demands/{id}", DemandBody(title, $"石墨烯；导热膜；{marker}", version: returned.Version))).Is(HttpStatusCode.NoContent);
        Assert.Empty((await anonymous.GetAsync($"/api/v1/market/search?q={marker}")).Is(HttpStatusCode.OK).Json<SearchMarket.Result>().Hits); // not yet published
        (await staff.PostAsync($"/api/v1/market/demands/{id}/review", new { decision = "Approve" })).Is(HttpStatusCode.NoContent);

        // The index follows by itself: public search finds it, highlighted, with facet counts.
        var found = await anonymous.SearchUntilAsync(marker, r => r.Hits.Any(h => h.Id == id));
        var hit = Assert.Single(found.Hits);
        Assert.Equal(id, hit.Id);
        Assert.Contains($"<mark>{marker}</mark>", hit.TitleHtml, StringComparison.Ordinal);
        Assert.Equal(1, found.Fields.Single(f => f.Value == "新材料").Count);
        Assert.Equal("技术需求", found.Kinds.Single().Name);

        // Matching: the demo's graphene heat-conducting film achievement comes first, and says why.
        var matches = (await firm.GetAsync($"/api/v1/market/demands/{id}/matches")).Is(HttpStatusCode.OK).Json<MatchDemand.Result>();
        var best = matches.Achievements[0];
        Assert.Equal("石墨烯改性导热复合膜制备技术", best.Title);
        Assert.Contains("石墨烯", best.Reason, StringComparison.Ordinal);
        Assert.Contains("同属领域：新材料", best.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(matches.Experts);
        Assert.All(matches.Experts.Concat(matches.Services), c => Assert.False(string.IsNullOrEmpty(c.Reason)));

        // Staff push it to both sides (once), record a meeting, and the funnel counts it.
        (await firm.PostAsync($"/api/v1/market/demands/{id}/pushes", new { candidateKind = "Achievement", candidateId = best.Id, reason = best.Reason })).Is(HttpStatusCode.Forbidden);
        var matchId = (await staff.PostAsync($"/api/v1/market/demands/{id}/pushes", new { candidateKind = "Achievement", candidateId = best.Id, reason = best.Reason })).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await staff.PostAsync($"/api/v1/market/demands/{id}/pushes", new { candidateKind = "Achievement", candidateId = best.Id, reason = best.Reason })).Problem(HttpStatusCode.Conflict);
        Assert.True((await firm.GetAsync($"/api/v1/market/demands/{id}/matches")).Json<MatchDemand.Result>().Achievements[0].Pushed);
        var before = (await staff.GetAsync("/api/v1/market/funnel")).Is(HttpStatusCode.OK).Json<MatchFunnel.Result>();
        (await staff.PostAsync($"/api/v1/market/matches/{matchId}/meetings", new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), place = "科技大市场路演厅", notes = "双方交流技术参数", stage = "Negotiating", version = 1 })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/market/matches/{matchId}/meetings", new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), place = "企业会议室", notes = "签订技术开发合同", stage = "Contract", version = 1 })).Problem(HttpStatusCode.Conflict);
        (await staff.PostAsync($"/api/v1/market/matches/{matchId}/meetings", new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), place = "企业会议室", notes = "签订技术开发合同", stage = "Contract", version = 2 })).Is(HttpStatusCode.NoContent);
        var funnel = (await firm.GetAsync($"/api/v1/market/demands/{id}/funnel")).Is(HttpStatusCode.OK).Json<MatchFunnel.Result>();
        Assert.Equal([1, 1, 1, 1], funnel.Funnel.Select(s => s.Count));
        Assert.Equal(2, funnel.Matches.Single().Meetings.Count);
        var after = (await staff.GetAsync("/api/v1/market/funnel")).Json<MatchFunnel.Result>();
        Assert.Equal(before.Funnel.Select((s, i) => s.Count + (i == 0 ? 0 : 1)), after.Funnel.Select(s => s.Count)); // pushed before, then reached the rest
    }

    [Fact]
    public async Task A_grid_officer_posts_only_for_firms_of_their_own_grids()
    {
        var qiyeFirm = await app.Shared.EnterpriseIdOfUserAsync("qiye"); // in grid01's grid
        var officer = await app.Shared.As("grid01");
        var other = await app.Shared.As("grid07");

        var id = (await officer.PostAsync("/api/v1/market/demands", DemandBody("网格员代企业发布的需求", "测试", qiyeFirm))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        Assert.NotEmpty((await other.PostAsync("/api/v1/market/demands", DemandBody("别的网格的需求", "测试", qiyeFirm))).Problem(HttpStatusCode.BadRequest).ErrorsOf("enterpriseId"));
        (await other.GetAsync($"/api/v1/market/demands/{id}")).Is(HttpStatusCode.NotFound);
        Assert.Contains((await officer.GetAsync("/api/v1/market/demands")).Json<ListDemands.Result>().Rows, r => r.Id == id);
        Assert.Contains((await (await app.Shared.As("qiye")).GetAsync("/api/v1/market/demands")).Json<ListDemands.Result>().Rows, r => r.Id == id);
        (await (await app.Shared.As("expert")).PostAsync("/api/v1/market/demands", DemandBody("专家不能发布需求", "测试", qiyeFirm))).Is(HttpStatusCode.Forbidden);
        (await officer.PostAsync("/api/v1/market/demands", new { title = "短", description = "", field = "不存在的领域", budgetMin = 100m, budgetMax = 10m })).Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("\"石墨烯")]
    [InlineData("(((AND OR NOT *:*")]
    [InlineData("！！！。。。，，，")]
    [InlineData("")]
    public async Task Absurd_searches_answer_200(string q)
    {
        var reply = await app.Shared.Anonymous().GetAsync($"/api/v1/market/search?q={Uri.EscapeDataString(q)}&page=-3&pageSize=100000");
        reply.Is(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_two_thousand_character_search_answers_200_and_the_index_state_is_for_administrators()
    {
        (await app.Shared.Anonymous().GetAsync($"/api/v1/market/search?q={Uri.EscapeDataString(string.Concat(Enumerable.Repeat("石墨烯导热膜", 334)))}")).Is(HttpStatusCode.OK);
        (await (await app.Shared.As("qiye")).GetAsync("/api/v1/market/index")).Is(HttpStatusCode.Forbidden);
        var admin = await app.Shared.As("admin");
        var state = (await admin.PostAsync("/api/v1/market/index/rebuild", new { })).Is(HttpStatusCode.OK).Json<ManageIndex.State>();
        Assert.True(state.Documents >= 24 + 24 + 6, $"{state.Documents} documents");
        Assert.NotNull(state.RebuiltAt);
        Assert.Equal(0, state.PendingChanges);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class TradingTechnologyOnSqlite(SqliteApp app) : TradingTechnology(app);

[Collection(PostgresScenarios.Name)]
public sealed class TradingTechnologyOnPostgres(PostgresApp app) : TradingTechnology(app);
