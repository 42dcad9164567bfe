using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Programmes.Features.Experts;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>The expert pool (专家库): who may be an expert, the age limit, conflicts — and bad input refused field by field.</summary>
public abstract class KeepingTheExpertPool(ProviderApp app)
{
    private static string IdBornIn(int year, int serial)
    {
        var first17 = $"640104{year}0315{serial % 1000:000}";
        return first17 + ResidentId.CheckCharacter(first17);
    }

    private static object Expert(string idNumber, string title = "AssociateSenior", string kind = "Technical", string[]? fields = null) => new
    {
        name = "测试专家",
        idNumber,
        title,
        kind,
        unitName = "宁夏大学",
        fields = fields ?? ["新材料"],
        keywords = "石墨提纯；碳基材料",
        maxLoad = 8,
        isAvailable = true,
    };

    [Fact]
    public async Task The_demo_pool_lists_experts_with_their_age_and_the_over_age_marked()
    {
        var page = (await (await app.Untouched.As("staff")).GetAsync("/api/v1/experts?pageSize=200")).Is(HttpStatusCode.OK).Json<ListExperts.Page>();

        Assert.Equal(150, page.Total);
        Assert.Equal(65, page.AgeLimit);
        Assert.All(page.Items, e => Assert.Equal(e.Age > 65, e.OverAge));
        Assert.Contains(page.Items, e => e.OverAge);
    }

    [Fact]
    public async Task Staff_add_an_expert_and_register_a_former_employer_as_a_conflict()
    {
        var staff = await app.Shared.As("staff");
        var id = (await staff.PostAsync("/api/v1/experts", Expert(IdBornIn(1970, 101)))).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;

        (await staff.PostAsync($"/api/v1/experts/{id}/conflicts", new { kind = "FormerEmployment", unitName = "宁夏某新材料有限公司", reason = "2024 年前在该公司任技术总监" })).Is(HttpStatusCode.Created);
        var details = (await staff.GetAsync($"/api/v1/experts/{id}")).Is(HttpStatusCode.OK).Json<GetExpert.Details>();

        var conflict = Assert.Single(details.Conflicts);
        Assert.Equal("宁夏某新材料有限公司", conflict.UnitName);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3), conflict.Until);
        Assert.Equal("石墨提纯；碳基材料", details.Form.Keywords);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_stored()
    {
        var staff = await app.Shared.As("staff");
        var before = (await staff.GetAsync("/api/v1/experts?pageSize=1")).Json<ListExperts.Page>().Total;
        var good = IdBornIn(1975, 202);
        var wrongCheck = good[..17] + (good[17] == '0' ? '1' : '0');

        var badId = (await staff.PostAsync("/api/v1/experts", Expert(wrongCheck))).Problem(HttpStatusCode.BadRequest);
        var lowTitle = (await staff.PostAsync("/api/v1/experts", Expert(good, title: "Intermediate"))).Problem(HttpStatusCode.BadRequest);
        var noField = (await staff.PostAsync("/api/v1/experts", Expert(good, fields: []))).Problem(HttpStatusCode.BadRequest);
        var unknownField = (await staff.PostAsync("/api/v1/experts", Expert(good, fields: ["炼金术"]))).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/v1/experts", Expert(good, title: "Intermediate", kind: "Finance", fields: []))).Is(HttpStatusCode.Created);
        var duplicate = (await staff.PostAsync("/api/v1/experts", Expert(good))).Problem(HttpStatusCode.BadRequest);
        (await (await app.Shared.As("grid01")).PostAsync("/api/v1/experts", Expert(IdBornIn(1980, 303)))).Is(HttpStatusCode.Forbidden);

        Assert.Contains("校验位错误", Assert.Single(badId.ErrorsOf("idNumber")), StringComparison.Ordinal);
        Assert.Equal(["技术专家须具有副高级及以上职称"], lowTitle.ErrorsOf("title"));
        Assert.Equal(["请至少选择一个技术领域"], noField.ErrorsOf("fields"));
        Assert.Contains("未知的技术领域“炼金术”", Assert.Single(unknownField.ErrorsOf("fields")), StringComparison.Ordinal);
        Assert.Equal(["该身份证号码的专家已在专家库中"], duplicate.ErrorsOf("idNumber"));
        Assert.Equal(before + 1, (await staff.GetAsync("/api/v1/experts?pageSize=1")).Json<ListExperts.Page>().Total);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class KeepingTheExpertPoolOnSqlite(SqliteApp app) : KeepingTheExpertPool(app);

[Collection(PostgresScenarios.Name)]
public sealed class KeepingTheExpertPoolOnPostgres(PostgresApp app) : KeepingTheExpertPool(app);
