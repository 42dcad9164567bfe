using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Web.Demo;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class RewardWorkflowTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_records_a_high_tech_certificate_batches_the_50_wan_reward_and_a_colleague_approves_it()
    {
        var name = $"宁夏奖励流程{Guid.NewGuid().ToString("N")[..6]}科技有限公司";
        var firm = await NewFirmAsync(name);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var number = $"GR{today.Year}64{Random.Shared.Next(100_000, 999_999)}";

        // Staff records the firm's first 高企 certificate on the enterprise page.
        var page = await app.LoginAsync("staff");
        await page.GotoAsync($"/enterprises/{firm}");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "资质（0）" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记资质" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("资质类型").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "高新技术企业" }).ClickAsync();
        await dialog.GetByLabel("证书编号").FillAsync(number);
        await FillDateAsync(dialog.GetByLabel("发证日期"), today);
        await FillDateAsync(dialog.GetByLabel("有效期至"), today.AddYears(3).AddDays(-1));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("资质已保存")).ToBeVisibleAsync();

        // The reward is there, with its amount and how it was computed.
        await page.GotoAsync("/rewards");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("search").FillAsync(name);
        await page.GetByTestId("search-button").ClickAsync();
        var rows = page.GetByTestId("reward-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.GetByTestId("amount")).ToHaveTextAsync("50");
        await Expect(rows.First).ToContainTextAsync("新认定高新技术企业奖励");
        await Expect(rows.First).ToContainTextAsync("待列入批次");
        await Expect(rows.First).ToContainTextAsync("规则版本 2020.1");
        await Expect(page.GetByTestId("totals")).ToHaveTextAsync("共 1 项，合计 50 万元");

        await rows.First.Locator("input[type=checkbox]").CheckAsync();
        await Expect(page.GetByTestId("selected")).ToHaveTextAsync("已选 1 项，合计 50 万元");
        await page.GetByTestId("batch-title").FillAsync("浏览器测试拨付批次");
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "认定奖励.png"), FullPage = true });
        await page.GetByTestId("create-batch").ClickAsync();
        await page.WaitForURLAsync(new Regex("/rewards/batches/[0-9a-f-]{36}$"));
        var batchUrl = page.Url;
        await Expect(page.GetByTestId("batch-status")).ToContainTextAsync("草稿");
        await Expect(page.GetByTestId("batch-total")).ToHaveTextAsync("1 项，50 万元");

        // The compiler cannot approve it.
        await page.GetByTestId("approve").ClickAsync();
        await Expect(page.GetByText("不能审批自己编制的拨付批次").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("batch-status")).ToContainTextAsync("草稿");

        // A colleague approves it with a note; the batch becomes read-only.
        var colleague = await app.LoginAsync("staff2");
        await colleague.GotoAsync(batchUrl);
        await BrowserApp.WaitInteractiveAsync(colleague);
        await colleague.GetByTestId("approve-note").FillAsync("材料齐全，同意拨付");
        await colleague.GetByTestId("approve").ClickAsync();
        await Expect(colleague.GetByTestId("batch-status")).ToContainTextAsync("已审批");
        await Expect(colleague.GetByTestId("approval-note")).ToHaveTextAsync("材料齐全，同意拨付");
        await Expect(colleague.GetByTestId("approve")).ToHaveCountAsync(0);
        await Expect(colleague.GetByTestId("remove")).ToHaveCountAsync(0);

        await colleague.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "拨付批次-已审批.png"), FullPage = true });
        var download = await colleague.RunAndWaitForDownloadAsync(() => colleague.GetByTestId("export").ClickAsync());
        Assert.EndsWith("-拨付名单.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    private async Task<Guid> NewFirmAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firm = new Enterprise
        {
            Name = name,
            CreditCode = DemoCity.MakeCreditCode(Random.Shared, "640106"),
            DistrictCode = "640106",
            IndustryCode = "C",
            HighTechField = HighTechField.NewMaterials,
            EstablishedOn = new DateOnly(2016, 5, 1),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Enterprises.Add(firm);
        await db.SaveChangesAsync();
        return firm.Id;
    }

    private static async Task FillDateAsync(ILocator input, DateOnly date)
    {
        await input.FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
