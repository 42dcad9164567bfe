using Kechuang.Web.Infrastructure.Identifiers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>Staff add an expert to the pool: a mistyped ID number is caught at its field, the corrected one is listed.</summary>
public sealed class ExpertPoolTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_add_an_expert_a_wrong_check_digit_is_named_and_the_expert_is_then_listed()
    {
        var first17 = $"64010619720608{Random.Shared.Next(100, 999)}";
        var good = first17 + ResidentId.CheckCharacter(first17);
        var wrong = first17 + (good[17] == '0' ? '1' : '0');
        var name = $"浏览器专家{Random.Shared.Next(100, 999)}";

        var page = await app.LoginAsync("staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "专家库", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/experts");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("new-expert").ClickAsync();
        await page.GetByTestId("expert-name").FillAsync(name);
        await page.GetByTestId("expert-id").FillAsync(wrong);
        await page.GetByTestId("expert-unit").FillAsync("宁夏大学");
        await page.GetByLabel("技术领域").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "新材料" }).ClickAsync();
        // A second click on the select closes its list (a key press can arrive before the list listens for it).
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "新材料" }).Locator("..")).ToBeVisibleAsync();
        await page.GetByLabel("技术领域").ClickAsync(new() { Force = true });
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "电子信息" })).ToBeHiddenAsync();
        await page.GetByTestId("expert-keywords").FillAsync("石墨提纯；碳基材料");
        await page.GetByTestId("save-expert").ClickAsync();

        await Expect(page.GetByText($"身份证号码校验位错误：第 18 位应为“{good[17]}”").First).ToBeVisibleAsync();

        await page.GetByTestId("expert-id").FillAsync(good);
        await page.GetByTestId("save-expert").ClickAsync();
        await Expect(page.GetByText("已保存")).ToBeVisibleAsync();
        await page.GetByTestId("search").FillAsync(name);
        await page.GetByTestId("search").PressAsync("Enter");
        await Expect(page.GetByTestId("experts").Locator("tbody tr").Filter(new() { HasText = name })).ToContainTextAsync("石墨提纯");
    }
}
