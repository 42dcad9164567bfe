using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Audit.Features;
using Kechuang.Web.Modules.GridService.Features.Assignment;
using Kechuang.Web.Modules.GridService.Features.Dashboard;
using Kechuang.Web.Modules.GridService.Features.Home;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Running the grids: staff preview and then put firms into a grid by credit code (a firm of another district refuses
/// the whole batch; unknown codes are reported; each move is audited); an officer who leaves hands everything over in
/// one action; the dashboard adds up by district, grid and officer, limits an officer to their grids, and exports.
/// </summary>
public abstract class ManagingGrids(ProviderApp app)
{
    [Fact]
    public async Task Staff_preview_then_assign_firms_by_credit_code_and_every_move_is_audited()
    {
        var staff = await app.Shared.As("staff");
        var grid = await app.Shared.GridIdAsync("640106-02");
        var (a, formA) = await app.Shared.NewEnterpriseAsync("640106");
        var (b, formB) = await app.Shared.NewEnterpriseAsync("640106");
        var (_, elsewhere) = await app.Shared.NewEnterpriseAsync("640181");
        var codes = $"{formA.CreditCode}\n{formB.CreditCode}\n91640000MA7UNKNOWN";

        var preview = (await staff.PostAsync("/api/v1/grid/assignments", new { gridId = grid, creditCodes = codes, preview = true })).Is(HttpStatusCode.OK).Json<AssignFirms.Result>();
        Assert.Equal((2, false), (preview.Moves.Count, preview.Applied));
        Assert.Single(preview.UnknownCodes);
        Assert.Null(await app.Shared.WithDbAsync(db => db.Enterprises.Where(e => e.Id == a).Select(e => e.GridId).SingleAsync()));

        // One firm of another district: the whole batch is refused, nothing moves.
        var refused = (await staff.PostAsync("/api/v1/grid/assignments", new { gridId = grid, creditCodes = codes + "\n" + elsewhere.CreditCode })).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(elsewhere.Name, refused.Detail, StringComparison.Ordinal);
        Assert.Null(await app.Shared.WithDbAsync(db => db.Enterprises.Where(e => e.Id == b).Select(e => e.GridId).SingleAsync()));

        var applied = (await staff.PostAsync("/api/v1/grid/assignments", new { gridId = grid, creditCodes = codes })).Is(HttpStatusCode.OK).Json<AssignFirms.Result>();
        Assert.True(applied.Applied);
        Assert.Equal(grid, await app.Shared.WithDbAsync(db => db.Enterprises.Where(e => e.Id == b).Select(e => e.GridId).SingleAsync()));
        var audit = (await (await app.Shared.As("admin")).GetAsync($"/api/v1/audit?entityType=Enterprise&entityId={a}")).Is(HttpStatusCode.OK).Json<ListAuditEntries.Page>();
        Assert.Contains(audit.Items, e => e.Changes.Any(c => c.Field == "GridId" && c.After == grid.ToString()));

        (await (await app.Shared.As("grid01")).PostAsync("/api/v1/grid/assignments", new { gridId = grid, creditCodes = codes })).Is(HttpStatusCode.Forbidden);
        (await staff.PostAsync("/api/v1/grid/assignments", new { gridId = grid })).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_officer_who_leaves_hands_over_every_grid_in_one_action()
    {
        var staff = await app.Shared.As("staff");
        var leaving = await app.Shared.UserIdAsync("grid29");
        var taking = await app.Shared.UserIdAsync("grid28");
        var before = (await (await app.Shared.As("grid29")).GetAsync("/api/v1/grid/home")).Is(HttpStatusCode.OK).Json<OfficerHome.Result>();
        var takerBefore = (await (await app.Shared.As("grid28")).GetAsync("/api/v1/grid/home")).Json<OfficerHome.Result>();
        Assert.True(before.FirmCount > 0);

        (await staff.PostAsync("/api/v1/grid/handovers", new { fromUserId = leaving, toUserId = leaving })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/v1/grid/handovers", new { fromUserId = leaving, toUserId = await app.Shared.UserIdAsync("staff") })).Problem(HttpStatusCode.BadRequest);
        var result = (await staff.PostAsync("/api/v1/grid/handovers", new { fromUserId = leaving, toUserId = taking })).Is(HttpStatusCode.OK).Json<HandOverOfficer.Result>();
        Assert.Equal(1, result.Grids);

        var taker = (await (await app.Shared.As("grid28")).GetAsync("/api/v1/grid/home")).Json<OfficerHome.Result>();
        Assert.Equal(takerBefore.FirmCount + before.FirmCount, taker.FirmCount);
        Assert.Equal(0, (await (await app.Shared.As("grid29")).GetAsync("/api/v1/grid/home")).Json<OfficerHome.Result>().FirmCount);
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Needs.CountAsync(n => n.OfficerUserId == leaving && (n.Status == Kechuang.Web.Modules.GridService.Domain.NeedStatus.Accepted || n.Status == Kechuang.Web.Modules.GridService.Domain.NeedStatus.InProgress))));
        (await staff.PostAsync("/api/v1/grid/handovers", new { fromUserId = leaving, toUserId = taking })).Problem(HttpStatusCode.UnprocessableEntity); // nothing left
    }

    [Fact]
    public async Task Deadlines_and_visit_frequencies_change_by_adding_a_rule_with_a_later_date()
    {
        var staff = await app.Shared.As("staff");
        var rules = (await staff.GetAsync("/api/v1/grid/rules")).Is(HttpStatusCode.OK).Json<Kechuang.Web.Modules.GridService.Features.Settings.ServiceRules.Result>();
        var now = rules.Routes.Single(r => r.InForce && r.CategoryName == "市场");
        var later = now.EffectiveFrom.AddYears(1).AddDays(7);
        var department = await app.Shared.WithDbAsync(db => db.Departments.Where(d => d.Name == "科技金融科").Select(d => d.Id).SingleAsync());

        (await staff.PostAsync("/api/v1/grid/rules/routes", new { category = "Market", effectiveFrom = now.EffectiveFrom, departmentId = department, slaDays = 7 })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/v1/grid/rules/routes", new { category = "Market", effectiveFrom = later, departmentId = department, slaDays = 0 })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/v1/grid/rules/routes", new { category = "Market", effectiveFrom = later, departmentId = Guid.NewGuid(), slaDays = 7 })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/v1/grid/rules/frequencies", new { tier = 9, effectiveFrom = later, intervalDays = 60 })).Problem(HttpStatusCode.BadRequest);
        (await (await app.Shared.As("grid01")).PostAsync("/api/v1/grid/rules/routes", new { category = "Market", effectiveFrom = later, departmentId = department, slaDays = 7 })).Is(HttpStatusCode.Forbidden);
        (await staff.PostAsync("/api/v1/grid/rules/routes", new { category = "Market", effectiveFrom = later, departmentId = department, slaDays = 7 })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync("/api/v1/grid/rules/frequencies", new { tier = 4, effectiveFrom = later, intervalDays = 60 })).Is(HttpStatusCode.NoContent);

        rules = (await staff.GetAsync("/api/v1/grid/rules")).Json<Kechuang.Web.Modules.GridService.Features.Settings.ServiceRules.Result>();
        var added = rules.Routes.Single(r => r.CategoryName == "市场" && r.EffectiveFrom == later);
        Assert.Equal(("科技金融科", 7, false), (added.HandlerName, added.SlaDays, added.InForce));
        Assert.True(rules.Routes.Single(r => r.CategoryName == "市场" && r.EffectiveFrom == now.EffectiveFrom).InForce); // today's rule still applies
        Assert.Contains(rules.Frequencies, f => f.TierName == "高新技术企业" && f.EffectiveFrom == later && f.IntervalDays == 60 && !f.InForce);
    }

    [Fact]
    public async Task The_dashboard_adds_up_limits_officers_to_their_grids_and_exports()
    {
        var city = (await (await app.Untouched.As("staff")).GetAsync("/api/v1/grid/dashboard")).Is(HttpStatusCode.OK).Json<GridDashboard.Result>();
        Assert.Equal("全市", city.Scope);
        Assert.Equal(30, city.ByGrid.Count);
        Assert.Equal(city.Total.Visits, city.ByDistrict.Sum(d => d.Visits));
        Assert.Equal(city.Total.Needs, city.ByGrid.Sum(g => g.Needs));
        Assert.Equal(city.Total.Needs, city.ByCategory.Sum(c => c.Total));
        Assert.Equal(city.Total.Firms, await app.Untouched.WithDbAsync(db => db.Enterprises.CountAsync(e => e.GridId != null)));
        Assert.InRange(city.Total.Needs, 60, 130); // the demo's half year of needs
        Assert.True(city.Total.Overdue > 0);
        Assert.Contains(city.Figures, f => f.Name == "走访覆盖率" && f.How.Contains("走访过的企业", StringComparison.Ordinal));
        Assert.NotNull(city.Total.MedianDaysToClose);

        var own = (await (await app.Untouched.As("grid02")).GetAsync("/api/v1/grid/dashboard")).Is(HttpStatusCode.OK).Json<GridDashboard.Result>();
        Assert.Equal("本人网格", own.Scope);
        var grid = Assert.Single(own.ByGrid);
        Assert.Equal(city.ByGrid.Single(g => g.Key == grid.Key).Visits, grid.Visits);
        (await (await app.Untouched.As("qiye")).GetAsync("/api/v1/grid/dashboard")).Is(HttpStatusCode.Forbidden);
        (await (await app.Untouched.As("staff")).GetAsync("/api/v1/grid/dashboard?from=2026-12-01&to=2026-01-01")).Problem(HttpStatusCode.BadRequest);

        var xlsx = (await (await app.Untouched.As("staff")).GetAsync("/api/v1/grid/dashboard.xlsx")).Is(HttpStatusCode.OK);
        using var stream = new MemoryStream(xlsx.Bytes);
        Assert.Equal(["按区县", "按网格", "按网格员", "需求分类", "计算说明"], MiniExcelLibs.MiniExcel.GetSheetNames(stream));
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class ManagingGridsOnSqlite(SqliteApp app) : ManagingGrids(app);

[Collection(PostgresScenarios.Name)]
public sealed class ManagingGridsOnPostgres(PostgresApp app) : ManagingGrids(app);
