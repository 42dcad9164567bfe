using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>科技创新券 in the browser: a firm applies for a quota and uses it on a service contract, the service body
/// redeems another part, staff approve both and pay them out, and the firm sees them paid.</summary>
public sealed class VoucherWalkTests(BrowserApp app)
{
    [Fact]
    public async Task A_firm_applies_for_a_voucher_uses_it_and_staff_pay_it_out()
    {
        var contract = $"JC-{Guid.NewGuid().ToString("N")[..6]}";
        var contractA = contract + "-A";

        // The firm applies for 10 万元 from the demo round.
        var firm = await app.LoginAsync("qiye");
        await firm.GetByRole(AriaRole.Link, new() { Name = "科技创新券", Exact = true }).ClickAsync();
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("apply-amount").First.FillAsync("10");
        await firm.GetByTestId("apply-voucher").First.ClickAsync();
        var row = firm.GetByTestId("voucher-row").First;
        await Expect(row).ToContainTextAsync("CXQ");
        var code = (await row.Locator("td").First.InnerTextAsync()).Trim();

        // It uses 4 万元 of it on a testing contract of 8 万元 (50% covered), paid in full to a registered provider.
        await row.GetByTestId("redeem-start").ClickAsync();
        await firm.GetByTestId("redeem-provider").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "银川科技创新服务中心" }).ClickAsync();
        await firm.GetByTestId("redeem-type").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "检验检测", Exact = true }).ClickAsync();
        await firm.GetByTestId("redeem-contract").FillAsync(contractA);
        await firm.GetByTestId("redeem-fee").FillAsync("8");
        await Expect(firm.GetByTestId("redeem-amount")).ToHaveValueAsync("4");
        await firm.GetByTestId("redeem-submit").ClickAsync();
        await Expect(firm.GetByTestId("redemptions")).ToContainTextAsync(contractA);
        await Expect(firm.GetByTestId("voucher-row").Filter(new() { HasText = code }).GetByTestId("voucher-remaining")).ToHaveTextAsync("6");

        // The service body redeems 2 万元 more after the firm paid its share of another contract.
        var provider = await app.LoginAsync("service");
        await provider.GotoAsync("/provider-vouchers");
        await BrowserApp.WaitInteractiveAsync(provider);
        await provider.GetByTestId("provider-code").FillAsync(code);
        await provider.GetByTestId("provider-contract").FillAsync(contract + "-B");
        await provider.GetByTestId("provider-type").FillAsync("技术咨询");
        await provider.GetByTestId("provider-fee").FillAsync("4");
        await provider.GetByTestId("provider-amount").FillAsync("2");
        await provider.GetByTestId("provider-submit").ClickAsync();
        await Expect(provider.GetByTestId("redemptions")).ToContainTextAsync(contract + "-B");

        // Staff approve both and pay them out.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/vouchers");
        await BrowserApp.WaitInteractiveAsync(staff);
        foreach (var c in new[] { contractA, contract + "-B" })
        {
            await staff.GetByTestId("redemption-row").Filter(new() { HasText = c }).GetByTestId("approve-redemption").ClickAsync();
            await Expect(staff.GetByTestId("redemption-row").Filter(new() { HasText = c }).GetByTestId("approve-redemption")).ToHaveCountAsync(0);
        }

        await staff.GetByRole(AriaRole.Tab, new() { Name = "待拨付" }).ClickAsync();
        await staff.GetByTestId("pay-out").ClickAsync();
        await Expect(staff.GetByText("拨付：").First).ToBeVisibleAsync();
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByTestId("export-reconciliation").ClickAsync());
        Assert.Equal("创新券兑付对账.xlsx", download.SuggestedFilename);

        // The firm sees both paid and 4 万元 left.
        await firm.ReloadAsync();
        await Expect(firm.GetByTestId("redemption-row").Filter(new() { HasText = contract + "-B" }).GetByTestId("redemption-status")).ToContainTextAsync("已拨付");
        await Expect(firm.GetByTestId("voucher-row").Filter(new() { HasText = code }).GetByTestId("voucher-remaining")).ToHaveTextAsync("4");
    }
}
