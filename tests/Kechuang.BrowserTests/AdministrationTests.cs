using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class AdministrationTests(BrowserApp app)
{
    [Fact]
    public async Task The_organisation_page_shows_thirty_grids_with_their_officers()
    {
        var page = await app.LoginAsync("admin");
        await page.GotoAsync("/admin/organisation");
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "网格（30）" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "640104-01" })).ToContainTextAsync("兴庆区第一网格");
    }

    [Fact]
    public async Task An_edit_appears_in_the_audit_log_with_its_before_and_after()
    {
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(staff);
        var href = await staff.GetByTestId("enterprise-table").Locator("tbody tr:nth-child(5) a").GetAttributeAsync("href");
        await staff.GotoAsync($"{href}/edit");
        await BrowserApp.WaitInteractiveAsync(staff);
        await Expect(staff.GetByTestId("name")).Not.ToHaveValueAsync("");
        var before = await staff.GetByTestId("name").InputValueAsync();
        await staff.GetByTestId("name").FillAsync("宁夏审计留痕科技有限公司");
        await staff.GetByTestId("save").ClickAsync();
        await Expect(staff.GetByTestId("enterprise-name")).ToHaveTextAsync("宁夏审计留痕科技有限公司");

        var admin = await app.LoginAsync("admin");
        await admin.GotoAsync("/admin/audit");
        await BrowserApp.WaitInteractiveAsync(admin);
        var row = admin.GetByTestId("audit-table").Locator("tbody tr").Filter(new() { HasText = "宁夏审计留痕科技有限公司" });
        await Expect(row).ToContainTextAsync("王科员");
        await Expect(row).ToContainTextAsync("修改");
        await Expect(row).ToContainTextAsync($"Name：{before} → 宁夏审计留痕科技有限公司");
    }

    [Fact]
    public async Task The_interactive_api_page_renders_the_documented_operations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/api-docs/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "科创 Kechuang API" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("审计日志（谁、何时、对什么、改了哪些字段）").First).ToBeVisibleAsync();
    }
}
