using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class ConcurrentEditingTests(BrowserApp app)
{
    [Fact]
    public async Task The_second_of_two_editors_is_told_and_the_first_change_survives()
    {
        var first = await app.LoginAsync("staff");
        var second = await app.LoginAsync("staff2");

        await first.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(first);
        var href = await first.GetByTestId("enterprise-table").Locator("tbody tr:nth-child(3) a").GetAttributeAsync("href");

        await first.GotoAsync($"{href}/edit");
        await second.GotoAsync($"{href}/edit");
        await BrowserApp.WaitInteractiveAsync(first);
        await BrowserApp.WaitInteractiveAsync(second);
        await Expect(first.GetByTestId("name")).Not.ToHaveValueAsync("");
        await Expect(second.GetByTestId("name")).Not.ToHaveValueAsync("");

        await first.GetByTestId("name").FillAsync("宁夏先保存者科技有限公司");
        await first.GetByTestId("save").ClickAsync();
        await first.WaitForURLAsync(new Regex("/enterprises/[0-9a-f-]{36}$"));

        await second.GetByTestId("name").FillAsync("宁夏后保存者科技有限公司");
        await second.GetByTestId("save").ClickAsync();
        await Expect(second.GetByText("该记录已被他人修改")).ToBeVisibleAsync();

        await second.GotoAsync(href!);
        await Expect(second.GetByTestId("enterprise-name")).ToHaveTextAsync("宁夏先保存者科技有限公司");
    }
}
