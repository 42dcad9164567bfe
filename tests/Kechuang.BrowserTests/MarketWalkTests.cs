using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>
/// The technology market in the browser: a firm posts a demand; staff publish it; the firm sees matched achievements and
/// experts, each with the reason; the public portal finds it with the word highlighted.
/// </summary>
public sealed class MarketWalkTests(BrowserApp app)
{
    [Fact]
    public async Task A_firm_posts_a_demand_staff_publish_it_and_the_firm_sees_matches_with_reasons()
    {
        var marker = "氮化铝" + Guid.NewGuid().ToString("N")[..4];
        var firm = await app.LoginAsync("qiye");
        await firm.GotoAsync("/market/demands");
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("demand-title").FillAsync($"石墨烯导热膜{marker}量产");
        await firm.GetByTestId("demand-description").FillAsync("需要提升石墨烯导热膜的导热系数，解决大面积涂布不均匀问题。");
        await firm.GetByTestId("demand-field").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "新材料", Exact = true }).ClickAsync();
        await firm.GetByTestId("demand-keywords").FillAsync($"石墨烯；导热膜；{marker}");
        await firm.GetByTestId("demand-submit").ClickAsync();
        await Expect(firm.GetByTestId("demand-status")).ToHaveTextAsync("待审核");
        var demandUrl = firm.Url;

        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync(demandUrl);
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("approve").ClickAsync();
        await Expect(staff.GetByTestId("demand-status")).ToHaveTextAsync("已发布");

        await firm.GotoAsync(demandUrl);
        await BrowserApp.WaitInteractiveAsync(firm);
        var achievements = firm.GetByTestId("match-achievements");
        await Expect(achievements.GetByTestId("match-candidate").First).ToContainTextAsync("石墨烯改性导热复合膜制备技术");
        await Expect(achievements.GetByTestId("match-reason").First).ToContainTextAsync("共同技术词：石墨烯");
        await Expect(achievements.GetByTestId("match-reason").First).ToContainTextAsync("同属领域：新材料");
        await Expect(firm.GetByTestId("match-experts").GetByTestId("match-reason").First).ToContainTextAsync("匹配理由");

        // The portal finds it once the index worker has caught up (a second or so).
        var visitor = await app.NewPageAsync();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await visitor.GotoAsync($"/market?q={Uri.EscapeDataString(marker)}");
            if (await visitor.GetByTestId("market-hit").CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(300, TestContext.Current.CancellationToken);
        }

        await Expect(visitor.GetByTestId("market-hit").First.Locator("mark").First).ToHaveTextAsync(marker);
    }
}
