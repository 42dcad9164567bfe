using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>Each demo role logs in and sees exactly what it may see.</summary>
public sealed class RoleVisibilityTests(BrowserApp app)
{
    [Theory]
    [InlineData("staff", "全部企业")]
    [InlineData("admin", "全部企业")]
    [InlineData("grid01", "本人网格内企业")]
    [InlineData("qiye", "本企业")]
    [InlineData("expert", "无企业数据")]
    [InlineData("bank", "无企业数据")]
    [InlineData("service", "无企业数据")]
    public async Task Workbench_states_the_data_scope(string user, string scope)
    {
        var page = await app.LoginAsync(user);
        await Expect(page.GetByTestId("scope")).ToContainTextAsync(scope);
    }

    [Fact]
    public async Task A_grid_officer_lists_only_the_firms_of_their_grid()
    {
        var page = await app.LoginAsync("grid01");
        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        var rows = page.GetByTestId("enterprise-table").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        foreach (var grid in await rows.Locator("td:nth-child(4)").AllInnerTextsAsync())
        {
            Assert.Equal("兴庆区第一网格", grid);
        }

        await Expect(page.GetByText("新增企业")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_enterprise_user_sees_one_firm_and_cannot_open_another()
    {
        var page = await app.LoginAsync("qiye");
        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("enterprise-table").Locator("tbody tr")).ToHaveCountAsync(1);

        // Another firm's page, by a real id taken from the staff view.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(staff);
        var otherHref = await staff.GetByTestId("enterprise-table").Locator("tbody tr a").Last.GetAttributeAsync("href");
        await page.GotoAsync(otherHref!);
        await Expect(page.GetByText("未找到该企业，或您无权查看")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_expert_has_no_enterprise_menu_and_is_refused_the_list()
    {
        var page = await app.LoginAsync("expert");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "企业名录" })).ToHaveCountAsync(0);
        await page.GotoAsync("/enterprises");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/access-denied"));
        await Expect(page.GetByText("您的账号没有访问该页面的权限")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_enterprise_list_page_renders_readably_for_the_readme()
    {
        var page = await app.LoginAsync("staff");
        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("enterprise-table").Locator("tbody tr")).ToHaveCountAsync(20);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.ArtifactsFolder, "enterprises.png") });
    }
}
