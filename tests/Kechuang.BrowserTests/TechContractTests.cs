using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class TechContractTests(BrowserApp app)
{
    [Fact]
    public async Task A_firm_registers_a_contract_staff_approve_it_the_certificate_downloads_and_it_counts_in_the_statistics()
    {
        var project = $"浏览器测试技术开发{Guid.NewGuid().ToString("N")[..6]}";

        // Staff note this year's totals first.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/tech-contracts/statistics");
        await BrowserApp.WaitInteractiveAsync(staff);
        await Expect(staff.GetByTestId("by-district")).ToContainTextAsync("兴庆区");
        var before = Amount(await staff.GetByTestId("stat-total").InnerTextAsync());

        // The firm drafts, attaches the contract text and submits.
        var firm = await app.LoginAsync("qiye");
        await firm.GotoAsync("/tech-contracts");
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("new-contract").ClickAsync();
        await firm.WaitForURLAsync(new Regex("/tech-contracts/new$"));
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("contract-number").FillAsync($"HT-{Guid.NewGuid().ToString("N")[..8]}");
        await firm.GetByTestId("project-name").FillAsync(project);
        await firm.GetByTestId("kind").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "技术开发（委托开发）", Exact = true }).ClickAsync();
        await firm.GetByTestId("field").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "新材料", Exact = true }).ClickAsync();
        await firm.GetByTestId("total-amount").FillAsync("120.5");
        await firm.GetByTestId("technology-amount").FillAsync("130");
        await firm.GetByTestId("buyer-name").FillAsync("北京浏览器测试科技有限公司");
        await firm.GetByTestId("buyer-district").FillAsync("110108");
        await firm.GetByTestId("save-contract").ClickAsync();
        await Expect(firm.GetByText("技术交易额（130 万元）不能大于成交额（120.5 万元）").First).ToBeVisibleAsync();
        await firm.GetByTestId("technology-amount").FillAsync("100");
        await firm.GetByTestId("save-contract").ClickAsync();
        await firm.WaitForURLAsync(new Regex("/tech-contracts/[0-9a-f-]{36}$"));
        var url = firm.Url;
        await BrowserApp.WaitInteractiveAsync(firm);
        await Expect(firm.GetByTestId("contract-status")).ToContainTextAsync("草稿");
        await firm.GetByTestId("upload-contract").SetInputFilesAsync(new FilePayload { Name = "合同文本.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n") });
        await Expect(firm.GetByTestId("attachments")).ToContainTextAsync("合同文本.pdf");
        await firm.GetByTestId("submit-contract").ClickAsync();
        await Expect(firm.GetByTestId("contract-status")).ToContainTextAsync("待认定登记");

        // Staff register it.
        await staff.GotoAsync(url);
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("approve").ClickAsync();
        await Expect(staff.GetByTestId("contract-status")).ToContainTextAsync("已登记");
        var number = await staff.GetByTestId("registration-number").InnerTextAsync();
        Assert.Matches(new Regex(@"^640104\d{10}$"), number);
        await staff.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "技术合同-已登记.png"), FullPage = true });

        // The firm downloads its certificate.
        await firm.ReloadAsync();
        await BrowserApp.WaitInteractiveAsync(firm);
        var certificate = await firm.RunAndWaitForDownloadAsync(() => firm.GetByTestId("certificate").ClickAsync());
        Assert.Equal($"{number}-技术合同登记证明.docx", certificate.SuggestedFilename);

        // The statistics include it, and export.
        await staff.GotoAsync("/tech-contracts/statistics");
        await BrowserApp.WaitInteractiveAsync(staff);
        await Expect(staff.GetByTestId("stat-total")).ToHaveTextAsync((before + 120.5m).ToString("#,0.##", CultureInfo.InvariantCulture));
        await staff.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "技术合同-统计.png"), FullPage = true });
        var export = await staff.RunAndWaitForDownloadAsync(() => staff.GetByTestId("export-statistics").ClickAsync());
        Assert.Matches(new Regex(@"^\d{4}年技术合同登记统计\.xlsx$"), export.SuggestedFilename);
    }

    private static decimal Amount(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
