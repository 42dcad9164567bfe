using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>
/// The supply side in the browser: a service body publishes an achievement from its work page, an empty title is
/// refused on the field, and the achievement's page lists the firm whose published demand fits, with the reason.
/// Withdrawing it shows it as withdrawn in the list.
/// </summary>
public sealed class AchievementWalkTests(BrowserApp app)
{
    [Fact]
    public async Task A_service_body_publishes_an_achievement_and_sees_the_firms_that_need_it()
    {
        var marker = "导热" + Guid.NewGuid().ToString("N")[..4];
        var page = await app.LoginAsync("service");
        await page.GotoAsync("/market/achievements");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("achievement-new").GetByText("发布成果").ClickAsync();

        // Nothing filled in: the fields say what is missing, nothing is saved.
        await page.GetByTestId("achievement-save").ClickAsync();
        await Expect(page.GetByTestId("achievement-form")).ToContainTextAsync("请填写成果名称");

        await page.GetByTestId("achievement-title").FillAsync($"石墨烯导热膜{marker}涂布工艺");
        await page.GetByTestId("achievement-field").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "新材料", Exact = true }).ClickAsync();
        await page.GetByTestId("achievement-abstract").FillAsync("狭缝涂布结合梯度热压，解决石墨烯导热膜大面积涂布不均匀与起泡问题，已完成中试。");
        await page.GetByTestId("achievement-owner").FillAsync("银川科技创新服务中心");
        await page.GetByTestId("achievement-keywords").FillAsync($"石墨烯；导热膜；涂布；{marker}");
        await page.GetByTestId("achievement-contact").FillAsync("李工");
        await page.GetByTestId("achievement-phone").FillAsync("0951-5551234");
        await page.GetByTestId("achievement-save").ClickAsync();

        await Expect(page.GetByTestId("achievement-heading")).ToContainTextAsync(marker);
        await Expect(page.GetByTestId("achievement-state")).ToHaveTextAsync("已发布");
        var firm = page.GetByTestId("matched-firm").Filter(new() { HasText = "石墨烯导热膜量产工艺优化" });
        await Expect(firm).ToContainTextAsync("石墨烯");
        await Expect(firm).ToContainTextAsync("同属领域：新材料");

        await page.GetByTestId("achievement-withdraw").ClickAsync();
        await Expect(page.GetByTestId("achievement-state")).ToHaveTextAsync("已撤下");
        await page.GotoAsync("/market/achievements");
        await BrowserApp.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("achievement-row").Filter(new() { HasText = marker })).ToContainTextAsync("已撤下");
    }
}
