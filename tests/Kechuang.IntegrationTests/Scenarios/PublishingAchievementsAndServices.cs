using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Market;
using Kechuang.Web.Modules.Market.Features.Achievements;
using Kechuang.Web.Modules.Market.Features.Search;
using Kechuang.Web.Modules.Market.Features.Services;
using Kechuang.Web.Modules.Programmes.Features.Experts;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// The supply side of the market through the API: a service body publishes an achievement and a service, finds them in
/// its own lists, revises them (a stale version is refused), withdraws them (search drops them, the public no longer sees
/// them) and publishes again; nobody else may change them. An edit to the expert pool reaches the search index by itself.
/// </summary>
public abstract class PublishingAchievementsAndServices(ProviderApp app)
{
    private static object AchievementBody(string title, string keywords, long version = 0) => new
    {
        title,
        @abstract = "采用低温等离子体活化工艺处理玄武岩纤维表面，界面剪切强度提高 40%，已完成中试。",
        ownerName = "银川科技创新服务中心",
        ownerKind = "ServiceBody",
        field = "新材料",
        keywords,
        maturity = "Intermediate",
        transferMode = "Licence",
        priceGuidance = "面议",
        contactName = "李工",
        contactPhone = "0951-5551234",
        version,
    };

    private static object ServiceBody(string title, string keywords, long version = 0) => new
    {
        title,
        description = "提供纤维增强复合材料力学性能检测，CMA 资质，五个工作日出具报告。",
        providerName = "银川科技创新服务中心",
        kind = "Testing",
        field = "新材料",
        keywords,
        contactName = "王工",
        contactPhone = "0951-5556789",
        version,
    };

    [Fact]
    public async Task An_achievement_is_published_listed_revised_withdrawn_and_published_again()
    {
        var provider = await app.Shared.As("service");
        var anonymous = app.Shared.Anonymous();
        var marker = "玄武岩" + Guid.NewGuid().ToString("N")[..6];
        var id = (await provider.PostAsync("/api/v1/market/achievements", AchievementBody($"{marker}纤维表面改性技术", $"玄武岩纤维；{marker}")))
            .Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;

        var mine = (await provider.GetAsync($"/api/v1/market/achievements?text={marker}")).Is(HttpStatusCode.OK).Json<ListAchievements.Result>();
        var row = Assert.Single(mine.Rows);
        Assert.Equal(("中试", "许可", true), (row.Maturity, row.TransferMode, row.IsPublished));
        Assert.Empty((await (await app.Shared.As("qiye")).GetAsync($"/api/v1/market/achievements?text={marker}")).Is(HttpStatusCode.OK).Json<ListAchievements.Result>().Rows);
        Assert.Contains((await anonymous.SearchUntilAsync(marker, r => r.Hits.Any(h => h.Id == id))).Hits, h => h.Id == id);

        // Only the publisher (or staff) changes it, with the version read.
        var details = (await provider.GetAsync($"/api/v1/market/achievements/{id}")).Is(HttpStatusCode.OK).Json<GetAchievement.Details>();
        Assert.NotNull(details.Form);
        Assert.Null((await anonymous.GetAsync($"/api/v1/market/achievements/{id}")).Is(HttpStatusCode.OK).Json<GetAchievement.Details>().Form);
        (await (await app.Shared.As("qiye")).PutAsync($"/api/v1/market/achievements/{id}", AchievementBody($"{marker}纤维改性", "x", details.Version))).Is(HttpStatusCode.NotFound);
        (await provider.PutAsync($"/api/v1/market/achievements/{id}", AchievementBody($"{marker}纤维表面等离子体改性技术", $"玄武岩纤维；{marker}", details.Version))).Is(HttpStatusCode.NoContent);
        (await provider.PutAsync($"/api/v1/market/achievements/{id}", AchievementBody($"{marker}纤维旧标题", $"{marker}", details.Version))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("等离子体", (await anonymous.SearchUntilAsync(marker, r => r.Hits.Any(h => h.Id == id && h.Title.Contains("等离子体", StringComparison.Ordinal)))).Hits.Single(h => h.Id == id).Title, StringComparison.Ordinal);

        // Withdrawn: gone from search and from the public, still in the publisher's list.
        (await provider.PostAsync($"/api/v1/market/achievements/{id}/withdraw", new { })).Is(HttpStatusCode.NoContent);
        Assert.DoesNotContain((await anonymous.SearchUntilAsync(marker, r => r.Hits.All(h => h.Id != id))).Hits, h => h.Id == id);
        (await anonymous.GetAsync($"/api/v1/market/achievements/{id}")).Is(HttpStatusCode.NotFound);
        Assert.False(Assert.Single((await provider.GetAsync($"/api/v1/market/achievements?text={marker}&published=false")).Json<ListAchievements.Result>().Rows).IsPublished);

        (await provider.PostAsync($"/api/v1/market/achievements/{id}/publish", new { })).Is(HttpStatusCode.NoContent);
        Assert.Contains((await anonymous.SearchUntilAsync(marker, r => r.Hits.Any(h => h.Id == id))).Hits, h => h.Id == id);
    }

    [Fact]
    public async Task A_service_offer_is_published_revised_with_its_version_and_withdrawn()
    {
        var provider = await app.Shared.As("service");
        var anonymous = app.Shared.Anonymous();
        var marker = "拉伸" + Guid.NewGuid().ToString("N")[..6];
        var id = (await provider.PostAsync("/api/v1/market/services", ServiceBody($"复合材料{marker}检测", $"力学检测；{marker}"))).Is(HttpStatusCode.Created).Json<MarketModule.IdResponse>().Id;
        (await provider.PostAsync("/api/v1/market/services", ServiceBody("检测", "x"))).Problem(HttpStatusCode.BadRequest); // title too short

        var details = (await anonymous.GetAsync($"/api/v1/market/services/{id}")).Is(HttpStatusCode.OK).Json<GetServiceOffer.Details>();
        Assert.Equal(("检验检测", null), (details.Kind, details.Form));
        var version = (await provider.GetAsync($"/api/v1/market/services/{id}")).Json<GetServiceOffer.Details>().Form!.Version;
        (await provider.PutAsync($"/api/v1/market/services/{id}", ServiceBody($"复合材料{marker}与疲劳检测", $"力学检测；{marker}", version))).Is(HttpStatusCode.NoContent);
        (await provider.PutAsync($"/api/v1/market/services/{id}", ServiceBody($"复合材料{marker}检测", $"{marker}", version))).Problem(HttpStatusCode.Conflict);
        (await (await app.Shared.As("qiye")).PostAsync($"/api/v1/market/services/{id}/withdraw", new { })).Is(HttpStatusCode.NotFound);
        Assert.Equal($"复合材料{marker}与疲劳检测", Assert.Single((await provider.GetAsync($"/api/v1/market/services?text={marker}")).Is(HttpStatusCode.OK).Json<ListServiceOffers.Result>().Rows).Title);
        Assert.Contains((await anonymous.SearchUntilAsync(marker, r => r.Hits.Any(h => h.Id == id))).Hits, h => h.Id == id);

        (await provider.PostAsync($"/api/v1/market/services/{id}/withdraw", new { })).Is(HttpStatusCode.NoContent);
        (await anonymous.GetAsync($"/api/v1/market/services/{id}")).Is(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await anonymous.SearchUntilAsync(marker, r => r.Hits.All(h => h.Id != id))).Hits, h => h.Id == id);
    }

    [Fact]
    public async Task An_edit_to_the_expert_pool_reaches_the_search_index_by_itself()
    {
        var staff = await app.Shared.As("staff");
        var marker = "钙钛矿" + Guid.NewGuid().ToString("N")[..6];
        var first17 = $"64010419780615{Random.Shared.Next(1000):000}";
        var form = new
        {
            name = "索引专家",
            idNumber = first17 + ResidentId.CheckCharacter(first17),
            title = "Senior",
            kind = "Technical",
            unitName = "宁夏大学",
            fields = new[] { "新能源与节能" },
            keywords = "光伏组件",
            maxLoad = 8,
            isAvailable = true,
        };
        var id = (await staff.PostAsync("/api/v1/experts", form)).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;
        var details = (await staff.GetAsync($"/api/v1/experts/{id}")).Is(HttpStatusCode.OK).Json<GetExpert.Details>();
        details.Form.Keywords = $"光伏组件；{marker}";
        (await staff.PutAsync($"/api/v1/experts/{id}", details.Form)).Is(HttpStatusCode.OK);

        var found = await staff.SearchUntilAsync(marker, r => r.Hits.Any(h => h.Id == id), kind: "expert");
        Assert.Equal(id, Assert.Single(found.Hits).Id);
        Assert.Empty((await app.Shared.Anonymous().GetAsync($"/api/v1/market/search?q={marker}")).Json<SearchMarket.Result>().Hits); // experts are for staff

        details = (await staff.GetAsync($"/api/v1/experts/{id}")).Json<GetExpert.Details>();
        details.Form.IsAvailable = false;
        (await staff.PutAsync($"/api/v1/experts/{id}", details.Form)).Is(HttpStatusCode.OK);
        Assert.Empty((await staff.SearchUntilAsync(marker, r => r.Hits.Count == 0, kind: "expert")).Hits);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class PublishingAchievementsAndServicesOnSqlite(SqliteApp app) : PublishingAchievementsAndServices(app);

[Collection(PostgresScenarios.Name)]
public sealed class PublishingAchievementsAndServicesOnPostgres(PostgresApp app) : PublishingAchievementsAndServices(app);
