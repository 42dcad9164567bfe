using System.Text;
using System.Text.RegularExpressions;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class SubsidyWorkflowTests(BrowserApp app)
{
    [Fact]
    public async Task A_firm_declares_staff_compute_a_colleague_approves_and_the_payment_list_downloads()
    {
        var title = $"浏览器测试研发后补助{Guid.NewGuid().ToString("N")[..6]}";
        var batchId = await NewBatchAsync(title);

        // The firm declares its R&D expense with the supporting document.
        var firm = await app.LoginAsync("qiye2");
        await firm.GotoAsync("/subsidies/declare");
        await BrowserApp.WaitInteractiveAsync(firm);
        var panel = firm.GetByTestId("declare-batch").Filter(new() { HasText = title });
        await panel.GetByTestId("start-declaration").ClickAsync();
        await Expect(panel).ToContainTextAsync("年度数据（研发费用总额）预填，可修改"); // prefilled from the firm's annual reports
        await panel.GetByTestId("rd").FillAsync("500");
        await panel.GetByTestId("prev").FillAsync("400");
        await panel.GetByTestId("sd").FillAsync("450");
        await panel.GetByTestId("revenue").FillAsync("5000");
        await panel.GetByTestId("tax").FillAsync("100");
        await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "研发费用辅助账.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n") });
        await Expect(panel.GetByTestId("attached")).ToContainTextAsync("研发费用辅助账.pdf");
        await panel.GetByTestId("submit-declaration").ClickAsync();
        await Expect(panel.GetByTestId("declared")).ToContainTextAsync("年度研发费用 500 万元");

        // Before the deadline the firm may correct it.
        await panel.GetByTestId("revise-declaration").ClickAsync();
        await panel.GetByTestId("rd").FillAsync("520");
        await panel.GetByTestId("submit-declaration").ClickAsync();
        await Expect(panel.GetByTestId("declared")).ToContainTextAsync("年度研发费用 520 万元");

        // Staff compute; the creator cannot approve.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync($"/subsidies/{batchId}");
        await BrowserApp.WaitInteractiveAsync(staff);
        await Expect(staff.GetByTestId("declarations").Locator("tbody tr")).ToHaveCountAsync(1);
        await staff.GetByTestId("compute").ClickAsync();
        await Expect(staff.GetByTestId("batch-status")).ToContainTextAsync("已核算");
        await Expect(staff.GetByTestId("awards")).ToContainTextAsync("研发费用 520.00 万元");
        await staff.GetByTestId("approve").ClickAsync();
        await Expect(staff.GetByText("不能审批自己创建的补助批次").First).ToBeVisibleAsync();
        await staff.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "研发后补助-已核算.png"), FullPage = true });

        // A colleague approves, and the payment list downloads.
        var colleague = await app.LoginAsync("staff2");
        await colleague.GotoAsync($"/subsidies/{batchId}");
        await BrowserApp.WaitInteractiveAsync(colleague);
        await colleague.GetByTestId("approve").ClickAsync();
        await Expect(colleague.GetByTestId("batch-status")).ToContainTextAsync("已审批");
        await Expect(colleague.GetByTestId("approve")).ToHaveCountAsync(0);
        var download = await colleague.RunAndWaitForDownloadAsync(() => colleague.GetByTestId("export").ClickAsync());
        Assert.Matches(new Regex(@"^\d{4}年研发后补助-拨付名单\.xlsx$"), download.SuggestedFilename);
        var notice = await colleague.RunAndWaitForDownloadAsync(() => colleague.GetByTestId("notice-docx").ClickAsync());
        Assert.Matches(new Regex(@"^\d{4}年研发后补助-公示名单\.docx$"), notice.SuggestedFilename);
    }

    private async Task<Guid> NewBatchAsync(string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var staff = await db.Users.Where(u => u.UserName == "staff").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var batch = new SubsidyBatch
        {
            Year = today.Year - 1,
            Title = title,
            Budget = 1000,
            RateNonHighTech = 10,
            RateHighTech = 15,
            PerFirmCap = 100,
            DeclarationDeadline = today.AddDays(10),
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedById = staff.Id,
            CreatedBy = staff.DisplayName,
        };
        db.SubsidyBatches.Add(batch);
        await db.SaveChangesAsync();
        return batch.Id;
    }
}
