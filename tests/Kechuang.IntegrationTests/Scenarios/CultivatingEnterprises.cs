using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Rules.Evaluation;
using Kechuang.Web.Modules.Cultivation.Features;
using Kechuang.Web.Modules.Enterprises.Domain;
using MiniExcelLibs;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Where a firm stands on the ladder, what it lacks for the next rung, and the cultivation pools — seen by the firm, its officer and the bureau.</summary>
public abstract class CultivatingEnterprises(ProviderApp app)
{
    /// <summary>The last accounting year ("上年度") for an evaluation today, Beijing time.</summary>
    private static readonly int LastYear = DateTime.UtcNow.AddHours(8).Year - 1;

    private static AnnualReportForm Report(int employees, int stStaff, long version = 0) => new()
    {
        Version = version,
        Year = LastYear,
        Revenue = 1200,
        HighTechRevenue = 0,
        RdExpense = 60,
        RdExpenseDomestic = 60,
        TotalCost = 1000,
        TotalAssets = 1500,
        NetAssets = 600,
        NetProfit = 80,
        TaxPaid = 30,
        Employees = employees,
        StStaff = stStaff,
    };

    private static object Declared(bool noMajorViolation) => new { residentEnterprise = true, noMajorViolation, version = 0 };

    [Fact]
    public async Task A_new_firm_sees_its_gap_to_the_first_rung_in_numbers_and_closes_it()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync(gridCode: "640106-01");
        var staff = await app.Shared.As("staff");
        (await staff.PutAsync($"/api/v1/enterprises/{id}/annual-reports/{LastYear}", Report(employees: 60, stStaff: 5))).Is(HttpStatusCode.OK);

        var before = (await staff.GetAsync($"/api/v1/cultivation/enterprises/{id}")).Is(HttpStatusCode.OK).Json<GetFirmStanding.Details>();

        Assert.Null(before.Tier);
        Assert.Equal("市级科技型小微企业", before.NextStep);
        var next = before.Steps.Single(s => s.IsNext).Result!;
        Assert.Equal(Outcome.Failed, next.Outcome);
        var share = next.Conditions.Single(c => c.Id == "st_staff");
        // 5 of 60 is 8.3%; 10% needs 2 more S&T staff: (5+2)/(60+2) = 11.3%, while (5+1)/(60+1) = 9.8%.
        Assert.Equal("科技人员占比 8.3%，要求不低于 10.0%，还差 1.7 个百分点，即至少再增加 2 名科技人员", share.Explanation);
        var integrity = next.Conditions.Single(c => c.Id == "integrity");
        Assert.Equal(Outcome.Unknown, integrity.Outcome);
        Assert.Contains("缺少未发生重大安全、质量事故或严重违法行为", integrity.Explanation, StringComparison.Ordinal);

        (await staff.PutAsync($"/api/v1/enterprises/{id}/annual-reports/{LastYear}", Report(employees: 62, stStaff: 7, version: 1))).Is(HttpStatusCode.OK);
        (await staff.PutAsync($"/api/v1/enterprises/{id}/declaration", Declared(noMajorViolation: true))).Is(HttpStatusCode.OK);
        var after = (await staff.GetAsync($"/api/v1/cultivation/enterprises/{id}")).Is(HttpStatusCode.OK).Json<GetFirmStanding.Details>();

        Assert.Equal(Outcome.Passed, after.Steps.Single(s => s.IsNext).Result!.Outcome);
    }

    [Fact]
    public async Task A_firm_without_annual_data_is_unknown_with_what_is_missing_not_a_pass()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");

        var standing = (await staff.GetAsync($"/api/v1/cultivation/enterprises/{id}")).Is(HttpStatusCode.OK).Json<GetFirmStanding.Details>();

        var next = standing.Steps.Single(s => s.IsNext).Result!;
        Assert.Equal(Outcome.Unknown, next.Outcome);
        Assert.Contains(next.Conditions, c => c.Explanation.Contains($"缺少 {LastYear} 年职工总数", StringComparison.Ordinal));
        Assert.All(standing.Steps, s => Assert.NotEqual(Outcome.Passed, s.Result!.Outcome));
    }

    [Fact]
    public async Task The_firm_and_its_grid_officer_see_its_standing_other_firms_and_officers_do_not()
    {
        var qiye = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var url = $"/api/v1/cultivation/enterprises/{qiye}";

        var own = (await (await app.Shared.As("qiye")).GetAsync(url)).Is(HttpStatusCode.OK).Json<GetFirmStanding.Details>();
        var officer = (await (await app.Shared.As("grid01")).GetAsync(url)).Is(HttpStatusCode.OK).Json<GetFirmStanding.Details>();
        (await (await app.Shared.As("qiye2")).GetAsync(url)).Problem(HttpStatusCode.NotFound);
        (await (await app.Shared.As("grid02")).GetAsync(url)).Problem(HttpStatusCode.NotFound);
        (await (await app.Shared.As("expert")).GetAsync(url)).Is(HttpStatusCode.Forbidden);

        Assert.Equal("高新技术企业", own.TierName);
        Assert.Equal(own.Steps.Select(s => s.Result!.Outcome), officer.Steps.Select(s => s.Result!.Outcome));
    }

    [Fact]
    public async Task Staff_see_every_firm_an_officer_only_the_firms_of_their_grid()
    {
        var all = (await (await app.Untouched.As("staff")).GetAsync("/api/v1/cultivation/standings?pageSize=1")).Is(HttpStatusCode.OK).Json<ListStandings.Result>();
        var grid = (await (await app.Untouched.As("grid01")).GetAsync("/api/v1/cultivation/standings?pageSize=200")).Is(HttpStatusCode.OK).Json<ListStandings.Result>();

        Assert.Equal(800, all.Total);
        Assert.Equal(800, all.Counts.Ready + all.Counts.Gaps + all.Counts.Unknown + all.Counts.Top);
        Assert.Equal(await app.Untouched.FirmsInGridAsync(await app.Untouched.GridIdAsync("640104-01")), grid.Total);
        Assert.All(grid.Items, r => Assert.Equal("640104", r.DistrictCode));
    }

    [Fact]
    public async Task Ready_firms_really_pass_their_next_rung_when_opened_one_by_one()
    {
        var staff = await app.Untouched.As("staff");
        var ready = (await staff.GetAsync("/api/v1/cultivation/standings?readiness=ready&pageSize=5")).Is(HttpStatusCode.OK).Json<ListStandings.Result>();

        Assert.NotEmpty(ready.Items);
        foreach (var row in ready.Items)
        {
            var detail = (await staff.GetAsync($"/api/v1/cultivation/enterprises/{row.Id}")).Is(HttpStatusCode.OK).Json<GetFirmStanding.Details>();
            var next = detail.Steps.Single(s => s.IsNext);
            Assert.Equal(row.NextStep, next.Name);
            Assert.Equal(Outcome.Passed, next.Result!.Outcome);
        }
    }

    [Fact]
    public async Task Admitting_to_a_pool_counts_this_year_refuses_a_second_admission_and_keeps_the_removal_on_record()
    {
        var staff = await app.Shared.As("staff");
        var (a, _) = await app.Shared.NewEnterpriseAsync(name: "入库测试甲科技有限公司");
        var (b, _) = await app.Shared.NewEnterpriseAsync(name: "入库测试乙科技有限公司");
        var before = (await staff.GetAsync("/api/v1/cultivation/pools")).Is(HttpStatusCode.OK).Json<List<ListPools.Row>>().Single(p => p.Code == "high-tech");

        (await staff.PostAsync("/api/v1/cultivation/pools/high-tech/members", new { enterpriseIds = new[] { a, b }, reason = "区县推荐" })).Is(HttpStatusCode.OK);
        var twice = (await staff.PostAsync("/api/v1/cultivation/pools/high-tech/members", new { enterpriseIds = new[] { b }, reason = "重复入库" })).Problem(HttpStatusCode.Conflict);
        var noReason = (await staff.PostAsync("/api/v1/cultivation/pools/high-tech/members", new { enterpriseIds = new[] { a }, reason = "" })).Problem(HttpStatusCode.BadRequest);
        (await (await app.Shared.As("grid01")).PostAsync("/api/v1/cultivation/pools/high-tech/members", new { enterpriseIds = new[] { a }, reason = "网格员推荐" })).Is(HttpStatusCode.Forbidden);
        var after = (await staff.GetAsync("/api/v1/cultivation/pools")).Is(HttpStatusCode.OK).Json<List<ListPools.Row>>().Single(p => p.Code == "high-tech");

        Assert.Equal(before.Members + 2, after.Members);
        Assert.Equal(before.AdmittedThisYear + 2, after.AdmittedThisYear);
        Assert.Contains("入库测试乙科技有限公司", twice.Detail, StringComparison.Ordinal);
        Assert.Equal(["请填写入库理由"], noReason.ErrorsOf("reason"));

        var pool = (await staff.GetAsync("/api/v1/cultivation/pools/high-tech")).Is(HttpStatusCode.OK).Json<GetPool.Details>();
        var stay = pool.Members.Single(m => m.EnterpriseId == a);
        (await staff.PostAsync($"/api/v1/cultivation/pools/members/{stay.MembershipId}/removal", new { reason = "", version = stay.Version })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/cultivation/pools/members/{stay.MembershipId}/removal", new { reason = "已通过高企认定", version = stay.Version })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/cultivation/pools/members/{stay.MembershipId}/removal", new { reason = "再次出库", version = stay.Version + 1 })).Problem(HttpStatusCode.Conflict);

        var open = (await staff.GetAsync("/api/v1/cultivation/pools/high-tech")).Json<GetPool.Details>();
        var history = (await staff.GetAsync("/api/v1/cultivation/pools/high-tech?history=true")).Json<GetPool.Details>();
        Assert.DoesNotContain(open.Members, m => m.EnterpriseId == a);
        Assert.Equal("已通过高企认定", history.Members.Single(m => m.EnterpriseId == a).RemovalReason);
        var candidates = (await staff.GetAsync("/api/v1/cultivation/pools/high-tech/candidates")).Is(HttpStatusCode.OK).Json<List<ListPoolCandidates.Candidate>>();
        Assert.DoesNotContain(candidates, c => c.EnterpriseId == b);
    }

    [Fact]
    public async Task The_demo_pool_shows_78_new_entries_this_year()
    {
        var pools = (await (await app.Untouched.As("staff")).GetAsync("/api/v1/cultivation/pools")).Is(HttpStatusCode.OK).Json<List<ListPools.Row>>();

        Assert.Equal(78, pools.Single(p => p.Code == "high-tech").AdmittedThisYear);
    }

    [Fact]
    public async Task The_standings_export_has_the_gap_of_every_listed_firm()
    {
        var staff = await app.Untouched.As("staff");
        var reply = (await staff.GetAsync("/api/v1/cultivation/standings/export?district=640181")).Is(HttpStatusCode.OK);
        var listed = (await staff.GetAsync("/api/v1/cultivation/standings?district=640181&pageSize=200")).Json<ListStandings.Result>();

        using var stream = new MemoryStream(reply.Bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(listed.Total, rows.Count);
        Assert.Equal(listed.Items.Select(i => i.CreditCode), rows.Select(r => r["统一社会信用代码"]?.ToString()));
        Assert.Equal(listed.Items.Select(i => i.FirstGap ?? ""), rows.Select(r => r["首要差距"]?.ToString() ?? ""));
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class CultivatingEnterprisesOnSqlite(SqliteApp app) : CultivatingEnterprises(app);

[Collection(PostgresScenarios.Name)]
public sealed class CultivatingEnterprisesOnPostgres(PostgresApp app) : CultivatingEnterprises(app);
