using Kechuang.Web.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class RegistrationTests(BrowserApp app)
{
    [Fact]
    public async Task A_firm_registers_waits_for_approval_and_then_sees_only_itself()
    {
        var code = DemoCity.MakeCreditCode(new Random(404), "640122");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.FillAsync("#enterpriseName", "宁夏自主注册科技有限公司");
        await page.FillAsync("#creditCode", code[..17] + (code[17] == '1' ? '2' : '1'));
        await page.SelectOptionAsync("#districtCode", "640122");
        await page.FillAsync("#contactPerson", "赵敏");
        await page.FillAsync("#contactPhone", "13909510000");
        await page.FillAsync("#userName", "newfirm");
        await page.FillAsync("#password", "Firm2026pass");
        await page.FillAsync("#confirmPassword", "Firm2026pass");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("[data-field=creditCode]")).ToContainTextAsync("校验位错误");

        await page.FillAsync("#creditCode", code);
        await page.FillAsync("#password", "Firm2026pass");
        await page.FillAsync("#confirmPassword", "Firm2026pass");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("register-done")).ToBeVisibleAsync();

        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", "newfirm");
        await page.FillAsync("#password", "Firm2026pass");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("等待科技局审核");

        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/registrations");
        await BrowserApp.WaitInteractiveAsync(staff);
        var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = "宁夏自主注册科技有限公司" });
        await Expect(row).ToContainTextAsync("新企业（审核后建档）");
        await row.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await Expect(staff.GetByText("已通过“宁夏自主注册科技有限公司”的注册")).ToBeVisibleAsync();

        var firm = await app.LoginAsync("newfirm", "Firm2026pass");
        await Expect(firm.GetByTestId("visible-count")).ToHaveTextAsync("1");
        await firm.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(firm);
        await Expect(firm.GetByTestId("enterprise-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(firm.GetByTestId("enterprise-table")).ToContainTextAsync("宁夏自主注册科技有限公司");
    }
}
