using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>
/// Roadshows in the browser: the bank registers for the demo city's upcoming 路演吧 (and cannot twice); staff see the past
/// one with its attendance and follow-up totals; the portal lists both.
/// </summary>
public sealed class RoadshowWalkTests(BrowserApp app)
{
    [Fact]
    public async Task The_bank_registers_for_the_upcoming_roadshow_and_staff_see_the_totals_of_the_past_one()
    {
        var bank = await app.LoginAsync("bank");
        await bank.GotoAsync("/roadshows");
        await BrowserApp.WaitInteractiveAsync(bank);
        await bank.GetByTestId("roadshows-upcoming").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(bank.GetByTestId("roadshow-heading")).ToContainTextAsync("周二路演吧");
        await BrowserApp.WaitInteractiveAsync(bank);
        await Expect(bank.GetByTestId("my-registration")).ToContainTextAsync("宁夏银行科技支行 已报名"); // the demo registered it
        await bank.GetByTestId("roadshow-unregister").ClickAsync();
        await Expect(bank.GetByTestId("roadshow-register")).ToBeVisibleAsync();
        await bank.GetByTestId("register-contact").FillAsync("李经理 13900000000");
        await bank.GetByTestId("roadshow-register").ClickAsync();
        await Expect(bank.GetByTestId("my-registration")).ToContainTextAsync("已报名");

        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/roadshows");
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("roadshows-past").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(staff.GetByTestId("roadshow-status")).ToHaveTextAsync("已举办");
        await Expect(staff.GetByTestId("roadshow-totals")).ToContainTextAsync("已投资 1（300 万元）");
        await Expect(staff.GetByTestId("registrations")).ToContainTextAsync("宁夏银行科技支行");

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/market/roadshows");
        await Expect(visitor.GetByTestId("portal-roadshow-upcoming")).ToHaveCountAsync(1);
        await Expect(visitor.GetByTestId("portal-roadshow-past").First).ToContainTextAsync("已落实投资 300 万元");
    }
}
