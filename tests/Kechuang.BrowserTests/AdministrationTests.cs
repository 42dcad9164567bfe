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
    public async Task The_jobs_page_lists_the_deadline_reminders_and_queues_a_run()
    {
        var admin = await app.LoginAsync("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "后台任务" }).ClickAsync();
        await admin.WaitForURLAsync($"{app.BaseUrl}/admin/jobs");
        await BrowserApp.WaitInteractiveAsync(admin);
        var row = admin.GetByTestId("job-deadline-reminders");
        await Expect(row).ToContainTextAsync("截止日期提醒");
        await Expect(row).ToContainTextAsync("每 1 小时");
        await Expect(row.GetByTestId("state")).ToHaveTextAsync("等待下次运行");
        // The browser tests' app runs no jobs (Jobs:Enabled=false): the page says so, and 立即运行 queues the run.
        await Expect(admin.GetByTestId("not-running-here")).ToBeVisibleAsync();
        await row.GetByTestId("run-now").ClickAsync();
        await Expect(admin.GetByText("已将“截止日期提醒”排入队列")).ToBeVisibleAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "后台任务.png"), FullPage = true });
    }

    [Fact]
    public async Task The_interactive_api_page_renders_the_documented_operations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/api-docs/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "科创 Kechuang API" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("审计日志（谁、何时、对什么、改了哪些字段）").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_creates_a_grid_officer_who_then_sees_only_that_grid()
    {
        var admin = await app.LoginAsync("admin");
        await admin.GotoAsync("/admin/users");
        await BrowserApp.WaitInteractiveAsync(admin);
        await admin.GetByTestId("new-user").ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("用户名").FillAsync("newofficer");
        await dialog.GetByLabel("姓名").FillAsync("钱新员");
        await dialog.GetByLabel("初始密码（至少 8 位，含字母和数字）").FillAsync("short");
        await dialog.GetByText("网格员", new() { Exact = true }).ClickAsync();
        await dialog.Locator(".mud-select").Filter(new() { HasText = "负责网格" }).First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "灵武市第二网格" }).ClickAsync();
        await admin.Keyboard.PressAsync("Escape");
        await Expect(dialog.Locator(".mud-select").Filter(new() { HasText = "负责网格" }).First.Locator("input").First).ToHaveValueAsync("灵武市第二网格");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(dialog.GetByText("密码至少 8 位")).ToBeVisibleAsync();

        await dialog.GetByLabel("初始密码（至少 8 位，含字母和数字）").FillAsync("Officer2026x");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByText("用户已保存")).ToBeVisibleAsync();

        var officer = await app.LoginAsync("newofficer", "Officer2026x");
        await Expect(officer.GetByTestId("scope")).ToContainTextAsync("本人网格内企业");
        await officer.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(officer);
        var grids = officer.GetByTestId("enterprise-table").Locator("tbody tr td:nth-child(4)");
        await Expect(grids.First).ToHaveTextAsync("灵武市第二网格");
        Assert.All(await grids.AllInnerTextsAsync(), g => Assert.Equal("灵武市第二网格", g));
    }
}
