using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class SigningInTests(BrowserApp app)
{
    [Fact]
    public async Task Wrong_password_shows_a_chinese_message_and_stays_on_the_login_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", "staff2");
        await page.FillAsync("#password", "wrong-password1");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("用户名或密码错误");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task A_protected_page_sends_an_anonymous_visitor_to_login_and_back()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/enterprises");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?returnUrl=", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await page.FillAsync("#userName", "staff");
        await page.FillAsync("#password", BrowserApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{app.BaseUrl}/enterprises");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "企业名录" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var page = await app.LoginAsync("admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?loggedOut=1"));
        await page.GotoAsync("/enterprises");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
