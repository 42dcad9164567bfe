using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Optimistic concurrency: of two people editing from the same version, the second is told and the first's change stays.</summary>
public abstract class EditingConcurrently(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";
    private const string ConflictMessage = "该记录已被他人修改，您的更改未保存。请刷新后重新编辑。";

    [Fact]
    public async Task Second_editor_of_a_firm_gets_409_and_the_first_change_survives()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        var staff2 = await app.Shared.As("staff2");
        var readByFirst = Forms.Of((await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>());
        var readBySecond = Forms.Of((await staff2.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>());
        Assert.Equal(readByFirst.Version, readBySecond.Version);

        readByFirst.Name = TestData.UniqueName("先保存");
        var saved = (await staff.PutAsync($"{Base}/{id}", readByFirst)).Is(HttpStatusCode.OK).Json<EnterprisesVersion>();
        readBySecond.Name = TestData.UniqueName("后保存");
        readBySecond.Address = "后保存的地址";
        var problem = (await staff2.PutAsync($"{Base}/{id}", readBySecond)).Problem(HttpStatusCode.Conflict);

        Assert.Equal(readByFirst.Version + 1, saved.Version);
        Assert.Equal(ConflictMessage, problem.Detail);
        var now = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        Assert.Equal((readByFirst.Name, readByFirst.Address, saved.Version), (now.Name, now.Address, now.Version));
    }

    [Fact]
    public async Task Simultaneous_saves_from_the_same_version_let_exactly_one_win()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync();
        form.Version = 1;
        var a = TestData.Copy(form);
        a.Name = TestData.UniqueName("甲方");
        var b = TestData.Copy(form);
        b.Name = TestData.UniqueName("乙方");
        var staff = await app.Shared.As("staff");
        var staff2 = await app.Shared.As("staff2");

        var replies = await Task.WhenAll(staff.PutAsync($"{Base}/{id}", a), staff2.PutAsync($"{Base}/{id}", b));

        Assert.True(
            replies.Select(r => r.Status).Order().SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
            $"expected one 200 and one 409:\n{string.Join("\n", replies.Select(r => r.Describe()))}");
        var winnerName = replies[0].Status == HttpStatusCode.OK ? a.Name : b.Name;
        var now = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        Assert.Equal((winnerName, 2L), (now.Name, now.Version));
    }

    [Fact]
    public async Task Refreshing_after_a_conflict_lets_the_second_editor_save()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        form.Version = 1;
        var first = TestData.Copy(form);
        first.Address = "第一次";
        (await staff.PutAsync($"{Base}/{id}", first)).Is(HttpStatusCode.OK);
        var stale = TestData.Copy(form);
        stale.Address = "第二次";
        (await staff.PutAsync($"{Base}/{id}", stale)).Is(HttpStatusCode.Conflict);

        var fresh = Forms.Of((await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>());
        fresh.Address = "第二次";
        var version = (await staff.PutAsync($"{Base}/{id}", fresh)).Is(HttpStatusCode.OK).Json<EnterprisesVersion>().Version;

        Assert.Equal(3, version);
    }

    [Fact]
    public async Task Second_editor_of_an_annual_report_gets_409_and_the_first_change_survives()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        var year = TestData.LastYear;
        var url = $"{Base}/{id}/annual-reports/{year}";
        var staff = await app.Shared.As("staff");
        var staff2 = await app.Shared.As("staff2");
        (await staff.PutAsync(url, TestData.Annual(revenue: 1000m))).Is(HttpStatusCode.OK);

        var readByFirst = (await staff.GetAsync($"{Base}/{id}/annual-reports")).Is(HttpStatusCode.OK).Json<List<AnnualReportForm>>().Single(r => r.Year == year);
        var readBySecond = (await staff2.GetAsync($"{Base}/{id}/annual-reports")).Is(HttpStatusCode.OK).Json<List<AnnualReportForm>>().Single(r => r.Year == year);
        Assert.Equal(1, readByFirst.Version);
        readByFirst.Revenue = 1500m;
        readBySecond.Revenue = 2000m;
        var saved = (await staff.PutAsync(url, readByFirst)).Is(HttpStatusCode.OK).Json<AnnualReportForm>();
        var problem = (await staff2.PutAsync(url, readBySecond)).Problem(HttpStatusCode.Conflict);

        Assert.Equal(2, saved.Version);
        Assert.Equal(ConflictMessage, problem.Detail);
        var now = (await staff.GetAsync($"{Base}/{id}/annual-reports")).Is(HttpStatusCode.OK).Json<List<AnnualReportForm>>().Single(r => r.Year == year);
        Assert.Equal((1500m, 2L), (now.Revenue, now.Version));
    }

    [Fact]
    public async Task Two_people_entering_the_same_new_year_conflict_instead_of_overwriting()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        var url = $"{Base}/{id}/annual-reports/{TestData.LastYear}";
        var staff = await app.Shared.As("staff");
        (await staff.PutAsync(url, TestData.Annual(revenue: 1000m))).Is(HttpStatusCode.OK);

        var problem = (await (await app.Shared.As("staff2")).PutAsync(url, TestData.Annual(revenue: 9000m))).Problem(HttpStatusCode.Conflict);

        Assert.Equal($"{TestData.LastYear} 年度数据已存在，请在原记录上修改", problem.Detail);
        var now = (await staff.GetAsync($"{Base}/{id}/annual-reports")).Is(HttpStatusCode.OK).Json<List<AnnualReportForm>>();
        Assert.Equal(1000m, Assert.Single(now).Revenue);
    }

    private sealed record EnterprisesVersion(long Version);
}

[Collection(SqliteScenarios.Name)]
public sealed class EditingConcurrentlyOnSqlite(SqliteApp app) : EditingConcurrently(app);

[Collection(PostgresScenarios.Name)]
public sealed class EditingConcurrentlyOnPostgres(PostgresApp app) : EditingConcurrently(app);
