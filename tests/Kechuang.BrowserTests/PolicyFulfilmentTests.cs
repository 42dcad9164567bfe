using System.Globalization;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>免申即享 end to end: staff confirm an entitled firm; the firm sees the record and the notification without applying.</summary>
public sealed class PolicyFulfilmentTests(BrowserApp app)
{
    private const string Clause = "高新技术企业研发费用后补助";

    [Fact]
    public async Task Staff_confirm_an_entitled_firm_and_the_firm_sees_it_and_is_notified()
    {
        var (firmId, firmName, rd) = await QiyeFirmAsync();
        var expected = Math.Round(Math.Min(rd * 0.05m, 100m), 2, MidpointRounding.AwayFromZero).ToString("#,0.00", CultureInfo.InvariantCulture);

        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/fulfilment");
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("clause").ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { Name = Clause }).ClickAsync();

        var rows = staff.GetByTestId("entitled-table").Locator("tbody tr");
        await Expect(staff.GetByTestId("totals")).ToContainTextAsync("符合条件");
        await Expect(rows.First.GetByTestId("amount")).Not.ToBeEmptyAsync();
        await staff.GetByTestId("search").FillAsync(firmName);
        var row = rows.Filter(new() { HasText = firmName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("amount")).ToHaveTextAsync(expected);

        await row.GetByTestId($"select-{firmId}").ClickAsync();
        await Expect(staff.GetByTestId("selected-count")).ToHaveTextAsync("1");
        await staff.GetByTestId("confirm-selected").ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认兑现" }).ClickAsync();
        await Expect(staff.GetByText("已确认 1 家企业")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("confirmed")).ToBeVisibleAsync();

        var firm = await app.LoginAsync("qiye");
        await firm.GotoAsync("/my-policies");
        await BrowserApp.WaitInteractiveAsync(firm);
        var record = firm.GetByTestId("fulfilment").Filter(new() { HasText = Clause });
        await Expect(record).ToHaveCountAsync(1);
        await Expect(record).ToContainTextAsync(expected);
        await Expect(firm.GetByTestId("entitled-clause").Filter(new() { HasText = Clause }).GetByTestId("confirmed")).ToBeVisibleAsync();

        await firm.GotoAsync("/notifications");
        await BrowserApp.WaitInteractiveAsync(firm);
        var message = firm.GetByTestId("notification-table").Locator("tbody tr").Filter(new() { HasText = $"政策兑现确认：{Clause}" });
        await Expect(message).ToHaveCountAsync(1);
        await Expect(message).ToContainTextAsync($"核定金额 {expected.TrimEnd('0').TrimEnd('.')} 万元");
        await Expect(firm).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("条未读"));
        await message.GetByTestId("mark-read").ClickAsync();
        await Expect(message.GetByTestId("mark-read")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_public_reads_each_clause_with_conditions_department_procedure_and_time_limit()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/policies?q=" + Uri.EscapeDataString("研发费用"));
        var clause = page.GetByTestId("clause").Filter(new() { HasText = Clause });
        await Expect(clause).ToContainTextAsync("市科技局 高新技术科");
        await Expect(clause).ToContainTextAsync("每年 6 月底前核定");
        await Expect(clause).ToContainTextAsync("免申即享");

        await clause.GetByRole(AriaRole.Link).ClickAsync();
        var detail = page.GetByTestId("clause-detail").Filter(new() { HasText = Clause });
        await Expect(detail.GetByTestId("formula")).ToContainTextAsync("min(rd_expense[y-1] * rate, cap)");
        await Expect(detail.GetByTestId("conditions")).ToContainTextAsync("持有有效的高新技术企业证书");
        await Expect(detail).ToContainTextAsync("补助比例 5%");
        await Expect(detail.GetByTestId("procedure")).ToContainTextAsync("公示 5 个工作日");
    }

    /// <summary>The demo firm of user qiye (a 高企) and its R&amp;D of last year, read straight from the database.</summary>
    private async Task<(Guid Id, string Name, decimal Rd)> QiyeFirmAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = (await db.Users.Where(u => u.UserName == "qiye").Select(u => u.EnterpriseId).SingleAsync())!.Value;
        var name = await db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync();
        var lastYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year - 1;
        var rd = await db.AnnualReports.Where(r => r.EnterpriseId == id && r.Year == lastYear).Select(r => r.RdExpense).SingleAsync();
        return (id, name, rd);
    }
}
