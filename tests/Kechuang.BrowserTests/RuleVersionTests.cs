using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>Staff change a subsidy rate as data: a mistake is refused with its line, the what-if shows the money it moves, nothing is published.</summary>
public sealed class RuleVersionTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_try_a_higher_rate_in_a_draft_see_a_mistake_by_line_and_the_money_it_would_move()
    {
        var page = await app.LoginAsync("staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "规则与参数", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/rules");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("new-draft-rd-subsidy-high-tech").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/rules/versions/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("草稿");

        var editor = page.GetByTestId("yaml");
        var original = await editor.InputValueAsync();
        var line = original.Split('\n').ToList().FindIndex(l => l.Contains("expr: holds_high_tech", StringComparison.Ordinal)) + 1;
        await editor.FillAsync(original.Replace("expr: holds_high_tech", "expr: holds_high_tech and", StringComparison.Ordinal));
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("yaml-errors")).ToContainTextAsync($"第 {line} 行");

        await editor.FillAsync(original.Replace("value: 5% }", "value: 10% }", StringComparison.Ordinal));
        await page.GetByTestId("what-if").ClickAsync();
        var result = page.GetByTestId("what-if-result");
        await Expect(result).ToContainTextAsync("补助比例（rate）：0.05 → 0.1");
        await Expect(page.GetByTestId("passing-change")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("amount-change")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\+\d"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "what-if.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "删除草稿" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "删除", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/rules");
    }
}
