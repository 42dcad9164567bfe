using System.Text.RegularExpressions;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class ConcurrentEditingTests(BrowserApp app)
{
    [Fact]
    public async Task The_second_of_two_editors_is_told_and_the_first_change_survives()
    {
        var first = await app.LoginAsync("staff");
        var second = await app.LoginAsync("staff2");

        // A demo firm with a complete profile that no other browser test touches (a list position would depend on
        // the firms other tests add or rename when the whole suite runs).
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enterprises
                .Where(e => e.DistrictCode == "640122" && e.IndustryCode != null && e.EstablishedOn != null)
                .OrderBy(e => e.CreditCode).Select(e => e.Id).Skip(2).FirstAsync(TestContext.Current.CancellationToken);
        }

        var href = $"/enterprises/{id}";

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
