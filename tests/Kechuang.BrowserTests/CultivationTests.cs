using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>梯队培育 as its users meet it: a firm's self-check, a grid officer's standings, the bureau's pools and overview.</summary>
public sealed partial class CultivationTests(BrowserApp app)
{
    /// <summary>For each rung, a declaration question and the condition that depends on that answer alone.</summary>
    private static readonly Dictionary<string, (string Property, string Condition)> DeclaredCondition = new()
    {
        ["city-small-tech"] = ("NoMajorViolation", "integrity"),
        ["tech-sme"] = ("ResidentEnterprise", "resident"),
        ["little-giant"] = ("HasRdUnit", "rd_unit"),
        ["high-tech"] = ("NoMajorViolation", "no_violation"),
    };

    [Fact]
    public async Task A_firm_checks_itself_changes_a_declaration_and_sees_the_condition_re_evaluated()
    {
        var page = await app.LoginAsync("qiye2");
        await page.GetByRole(AriaRole.Link, new() { Name = "企业自评体检", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/self-check");
        await BrowserApp.WaitInteractiveAsync(page);

        // What the firm's own login may read through the API: its standing on every rung.
        var firmId = await FirmOfAsync("qiye2");
        var response = await page.Context.APIRequest.GetAsync($"/api/v1/cultivation/enterprises/{firmId}");
        Assert.True(response.Ok, $"GET standing: {response.Status}");
        using var standing = JsonDocument.Parse(await response.TextAsync());
        var root = standing.RootElement;
        var next = root.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("isNext").GetBoolean());
        var ruleSetId = next.GetProperty("ruleSetId").GetString()!;
        var (property, conditionId) = DeclaredCondition[ruleSetId];

        await Expect(page.GetByTestId("firm-name")).ToHaveTextAsync(root.GetProperty("name").GetString()!);
        await Expect(page.GetByTestId("current-tier")).ToContainTextAsync($"当前梯队：{root.GetProperty("tierName").GetString()}");
        await Expect(page.GetByTestId("ladder")).ToContainTextAsync("下一级");
        await Expect(page.GetByTestId("next-step")).ToContainTextAsync($"下一级：{next.GetProperty("name").GetString()}");

        // Every condition of the next rung is listed with its sentence.
        var conditions = page.GetByTestId($"conditions-{ruleSetId}");
        var expectedConditions = next.GetProperty("result").GetProperty("conditions").GetArrayLength();
        Assert.True(await conditions.Locator("tr[data-condition]").CountAsync() >= expectedConditions);
        await Expect(conditions.Locator(".kc-explain").First).ToHaveTextAsync(ChineseText());
        var row = conditions.Locator($"tr[data-condition='{conditionId}']");
        await Expect(row).ToHaveCountAsync(1);

        // Answer the declaration the other way from now (否 when it was 是, otherwise 是): the condition must follow.
        var select = page.GetByTestId($"declare-{property}");
        var current = (await select.InnerTextAsync()).Trim(); // a MudSelect shows the chosen item's text in a combobox div
        var (answer, outcome) = current == "是" ? ("否", "Failed") : ("是", "Passed");
        await Expect(row.Locator("[data-outcome]")).Not.ToHaveAttributeAsync("data-outcome", outcome);

        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = answer, Exact = true }).ClickAsync();
        await Expect(select).ToHaveTextAsync(answer);
        await page.GetByTestId("save-declaration").ClickAsync();
        await Expect(page.GetByText("自评声明已保存，已按新声明重新评价")).ToBeVisibleAsync();
        await Expect(row.Locator("[data-outcome]")).ToHaveAttributeAsync("data-outcome", outcome);
        await Expect(page.GetByTestId("declaration")).ToContainTextAsync("最近保存");
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "self-check.png") });

        // The page shows what is stored: a reload gives the same answer and outcome.
        await page.ReloadAsync();
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId($"declare-{property}")).ToHaveTextAsync(answer);
        await Expect(page.GetByTestId($"conditions-{ruleSetId}").Locator($"tr[data-condition='{conditionId}'] [data-outcome]"))
            .ToHaveAttributeAsync("data-outcome", outcome);
    }

    [Fact]
    public async Task A_grid_officer_sees_the_standings_of_the_firms_of_the_grid_only()
    {
        int expected;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var grids = await db.GridOfficers.Where(o => db.Users.Any(u => u.Id == o.UserId && u.UserName == "grid01")).Select(o => o.GridId).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
            expected = await db.Enterprises.CountAsync(e => e.GridId != null && grids.Contains(e.GridId.Value), cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.InRange(expected, 21, 50); // more than one page of 20, fewer than the page of 50 chosen below

        var page = await app.LoginAsync("grid01");
        await page.GotoAsync("/cultivation/standings");
        await BrowserApp.WaitInteractiveAsync(page);
        var table = page.GetByTestId("standings-table");
        await Expect(table).ToContainTextAsync($"共 {expected} 条");
        await Expect(page.GetByTestId("counts")).ToContainTextAsync("已符合下一级");

        await table.Locator(".mud-table-pagination-select").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "50", Exact = true }).ClickAsync();
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(expected);

        // 兴庆区 (640104) only: the district code is characters 3–8 of each unified social credit code.
        var codes = await rows.Locator("span[style*=monospace]").AllInnerTextsAsync();
        Assert.Equal(expected, codes.Count);
        Assert.All(codes, c => Assert.Equal("640104", c.Trim().Substring(2, 6)));

        var first = rows.First.GetByRole(AriaRole.Link);
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync(new Regex("/cultivation/enterprises/[0-9a-f-]{36}$"));
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("firm-name")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("current-tier")).ToContainTextAsync("当前梯队：");
        await Expect(page.GetByTestId("ladder")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Staff_admit_a_suggested_firm_to_the_high_tech_pool_with_a_reason()
    {
        var page = await app.LoginAsync("staff");
        await page.GotoAsync("/cultivation/pools");
        await BrowserApp.WaitInteractiveAsync(page);
        var card = page.GetByTestId("pool-high-tech");
        await Expect(card).ToContainTextAsync("高新技术企业培育库");
        await Expect(card.GetByTestId("admitted-this-year")).ToContainTextAsync("今年新入库 78 家");

        await card.GetByRole(AriaRole.Link, new() { Name = "高新技术企业培育库" }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/cultivation/pools/high-tech");
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "在库企业" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "建议入库" }).ClickAsync();
        var candidates = page.GetByTestId("candidates").Locator("tbody tr");
        await Expect(candidates.First).ToBeVisibleAsync();
        var firm = await candidates.First.GetByRole(AriaRole.Link).InnerTextAsync();
        await candidates.First.Locator("input[type=checkbox]").CheckAsync();
        await Expect(page.GetByTestId("admit")).ToHaveTextAsync("将选中的 1 家企业入库");
        await page.GetByTestId("admit").ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("admit-confirm").ClickAsync();
        await Expect(dialog.GetByText("请填写入库理由")).ToBeVisibleAsync();

        var reason = "浏览器测试：研发投入持续增长，具备冲击高企潜力";
        await dialog.GetByTestId("admit-reason").FillAsync(reason);
        await dialog.GetByTestId("admit-confirm").ClickAsync();
        await Expect(page.GetByText("已入库 1 家企业")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("candidates").Locator("tbody tr").Filter(new() { HasText = firm })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { Name = "在库企业" }).ClickAsync();
        var member = page.GetByTestId("members").Locator("tbody tr").Filter(new() { HasText = firm });
        await Expect(member).ToHaveCountAsync(1);
        await Expect(member).ToContainTextAsync(reason);
        await Expect(member).ToContainTextAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Staff_see_the_ladder_by_district_with_every_firm_in_the_total()
    {
        var page = await app.LoginAsync("staff");
        await page.GotoAsync("/cultivation");
        await BrowserApp.WaitInteractiveAsync(page);
        foreach (var ruleSet in DeclaredCondition.Keys)
        {
            await Expect(page.GetByTestId($"readiness-{ruleSet}")).ToContainTextAsync("家已符合条件");
        }

        var table = page.GetByTestId("ladder-table");
        await Expect(table.Locator("thead")).ToContainTextAsync("未入梯队");
        await Expect(table.Locator("tbody tr").Filter(new() { HasText = "兴庆区" })).ToHaveCountAsync(1);
        var total = table.Locator("tbody tr").Last;
        await Expect(total.Locator("td").First).ToHaveTextAsync("合计");
        // Other browser tests add firms while this one runs: the total is the registry's count at some moment of the render.
        var before = await FirmCountAsync();
        await Expect(total.Locator("td").Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        var shown = int.Parse(await total.Locator("td").Last.InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(shown, before - 5, await FirmCountAsync() + 5); // deletions and additions by other tests, no more
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "cultivation.png"), FullPage = true });
    }

    private async Task<int> FirmCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enterprises.CountAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> FirmOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Users.Where(u => u.UserName == userName).Select(u => u.EnterpriseId).SingleAsync())!.Value;
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]{4,}")]
    private static partial Regex ChineseText();
}
