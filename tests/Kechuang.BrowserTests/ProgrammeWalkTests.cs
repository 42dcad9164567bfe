using System.Text;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>
/// The whole call in the browser, as its users would walk it: staff publish a call; a firm applies with attachments;
/// staff accept it and assign experts; each expert scores; staff rank, approve within the budget, sign the contract;
/// the firm reports; staff accept the project and archive it.
/// </summary>
public sealed class ProgrammeWalkTests(BrowserApp app)
{
    private static readonly FilePayload Plan = new() { Name = "项目申报书.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%plan\n") };
    private static readonly FilePayload Budget = new() { Name = "经费预算表.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%budget\n") };

    [Fact]
    public async Task A_call_is_walked_from_publication_to_an_archived_project()
    {
        var title = $"浏览器测试指南{Guid.NewGuid().ToString("N")[..6]}";

        // Staff write and publish the call.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/calls/new");
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("call-title").FillAsync(title);
        await staff.GetByTestId("call-budget").FillAsync("300");
        await staff.GetByTestId("call-max-grant").FillAsync("100");
        await staff.GetByTestId("call-panel-size").FillAsync("3");
        await staff.GetByTestId("save-call").ClickAsync();
        await Expect(staff.GetByTestId("call-status")).ToHaveTextAsync("草稿");
        var callUrl = staff.Url;
        await staff.GetByTestId("publish-call").ClickAsync();
        await Expect(staff.GetByTestId("call-status")).ToHaveTextAsync("受理中");

        // The firm finds it on the portal, drafts, attaches and submits.
        var firm = await app.LoginAsync("qiye");
        await firm.GotoAsync("/programmes");
        await firm.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await firm.GetByTestId("apply").ClickAsync();
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("app-title").FillAsync("钙钛矿叠层电池封装工艺研究");
        await firm.GetByTestId("app-amount").FillAsync("80");
        await firm.GetByTestId("app-field").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "新能源与节能", Exact = true }).ClickAsync();
        await firm.GetByTestId("app-keywords").FillAsync("光伏；储能");
        await firm.GetByTestId("app-summary").FillAsync("研发钙钛矿叠层电池的封装工艺，提高光伏组件转换效率。");
        await firm.GetByTestId("answer-leader").FillAsync("张工");
        await firm.GetByTestId("answer-phone").FillAsync("0951-1234567");
        await firm.GetByTestId("answer-period").FillAsync("24");
        await firm.GetByTestId("answer-content").FillAsync("材料筛选、封装工艺、中试验证。");
        await firm.GetByTestId("answer-targets").FillAsync("转换效率达到 28%，申请发明专利 2 项。");
        await firm.GetByTestId("answer-stage").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "中试", Exact = true }).ClickAsync();
        await firm.GetByTestId("save-draft").ClickAsync();
        await Expect(firm.GetByTestId("application-status")).ToHaveTextAsync("草稿");
        await firm.GetByTestId("upload-plan").SetInputFilesAsync(Plan);
        await Expect(firm.GetByTestId("attachment-plan")).ToContainTextAsync("项目申报书.pdf");
        await firm.GetByTestId("submit-application").ClickAsync();
        await Expect(firm.GetByText("请上传“经费预算表”").First).ToBeVisibleAsync();
        await firm.GetByTestId("upload-budget").SetInputFilesAsync(Budget);
        await Expect(firm.GetByTestId("attachment-budget")).ToContainTextAsync("经费预算表.pdf");
        await firm.GetByTestId("submit-application").ClickAsync();
        await Expect(firm.GetByTestId("application-status")).ToHaveTextAsync("待形式审查");
        var applicationUrl = firm.Url;

        // Staff accept it, form the batch and let the solver staff it.
        await staff.GotoAsync(callUrl);
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("accept").ClickAsync();
        await Expect(staff.GetByTestId("application-row")).ToContainTextAsync("待评审");
        await staff.GetByRole(AriaRole.Tab, new() { Name = "专家评审" }).ClickAsync();
        await staff.GetByTestId("create-batch").ClickAsync();
        await Expect(staff.GetByTestId("batch-status")).ToHaveTextAsync("待分配专家");
        var batchUrl = staff.Url;
        await staff.GetByTestId("assign").ClickAsync();
        await Expect(staff.GetByTestId("assignment-summary")).ToContainTextAsync("已证明最优");
        await Expect(staff.GetByTestId("member")).ToHaveCountAsync(3);
        await Expect(staff.GetByTestId("member").First).ToContainTextAsync("领域: 新能源与节能");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "专家评审-分配.png"), FullPage = true });

        // Each expert scores the sheet; they see their own task only.
        foreach (var login in await ExpertLoginsAsync(batchUrl))
        {
            var expert = await app.LoginAsync(login);
            await expert.GotoAsync("/reviews");
            // A link clicked before the circuit is up changes the address, but the circuit then renders the list it started on.
            await BrowserApp.WaitInteractiveAsync(expert);
            await expert.GetByRole(AriaRole.Link, new() { Name = "钙钛矿叠层电池封装工艺研究" }).ClickAsync();
            await expert.WaitForURLAsync("**/reviews/*");
            await BrowserApp.WaitInteractiveAsync(expert);

            // The sheet loads the application and the call after the circuit starts; on a loaded machine that takes a while.
            await Expect(expert.GetByTestId("score-sheet")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            for (var i = 0; i < 5; i++)
            {
                await expert.GetByTestId($"score-{i}").FillAsync("80");
            }

            await expert.GetByTestId("comment").FillAsync("技术路线清晰，创新点明确，建议支持。");
            await expert.GetByTestId("submit-score").ClickAsync();
            await Expect(expert.GetByTestId("my-total")).ToContainTextAsync("我的加权得分：80");
            await expert.Context.CloseAsync();
        }

        // Staff close the review, approve within the budget; over the maximum grant is refused first.
        await staff.GotoAsync(batchUrl);
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("close-batch").ClickAsync();
        await Expect(staff.GetByTestId("rank")).ToHaveTextAsync("第 1 名");
        await Expect(staff.GetByTestId("panel-score")).ToHaveTextAsync("80 分");
        await staff.GetByTestId("choose").ClickAsync();
        await staff.GetByTestId("grant").FillAsync("150");
        await staff.GetByTestId("approve").ClickAsync();
        await Expect(staff.GetByText("资助金额应在 0–100 万元之间").First).ToBeVisibleAsync();
        await staff.GetByTestId("grant").FillAsync("80");
        await Expect(staff.GetByTestId("approval-total")).ToHaveTextAsync("80");
        await staff.GetByTestId("approve").ClickAsync();
        await Expect(staff.GetByText("已立项 1 项").First).ToBeVisibleAsync();

        // The public notice lists it; once its period is over, staff sign the contract.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/programmes");
        await Expect(visitor.GetByTestId("publicity")).ToContainTextAsync("钙钛矿叠层电池封装工艺研究");
        await staff.GotoAsync(callUrl);
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByRole(AriaRole.Tab, new() { Name = "立项项目" }).ClickAsync();
        await staff.GetByTestId("project-table").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(staff.GetByTestId("project-status")).ToHaveTextAsync("立项公示中");
        var projectUrl = staff.Url;
        await NoticePeriodPassesAsync(projectUrl);
        await staff.ReloadAsync();
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("end-publicity").ClickAsync();
        await Expect(staff.GetByTestId("project-status")).ToHaveTextAsync("待签订任务书");
        await staff.GetByTestId("sign-contract").ClickAsync();
        await Expect(staff.GetByTestId("project-status")).ToHaveTextAsync("执行中");
        var contract = await staff.RunAndWaitForDownloadAsync(() => staff.GetByTestId("contract-doc").ClickAsync());
        Assert.EndsWith("-项目任务书.docx", contract.SuggestedFilename, StringComparison.Ordinal);

        // The firm reports at mid-term and at the end; staff conclude each.
        await firm.GotoAsync(projectUrl);
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("report-content").FillAsync("完成材料筛选与小试，形成中试方案，经费执行率 45%。");
        await firm.GetByTestId("submit-report").ClickAsync();
        await Expect(firm.GetByTestId("report")).ToHaveCountAsync(1);
        await staff.ReloadAsync();
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("conclusion").FillAsync("进度符合任务书要求");
        await staff.GetByTestId("pass-report").ClickAsync();
        await Expect(staff.GetByText("结论：通过").First).ToBeVisibleAsync();
        await firm.ReloadAsync();
        await BrowserApp.WaitInteractiveAsync(firm);
        await firm.GetByTestId("report-kind").ClickAsync();
        await firm.GetByRole(AriaRole.Option, new() { Name = "验收报告（申请结题）" }).ClickAsync();
        await firm.GetByTestId("report-content").FillAsync("全部考核指标完成，转换效率 28.3%，申请发明专利 2 项。");
        await firm.GetByTestId("submit-report").ClickAsync();
        await Expect(firm.GetByTestId("project-status")).ToHaveTextAsync("验收中");
        await staff.ReloadAsync();
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("conclusion").FillAsync("完成考核指标，同意通过验收");
        await staff.GetByTestId("pass-report").ClickAsync();
        await Expect(staff.GetByTestId("project-status")).ToHaveTextAsync("已结题");
        await staff.GetByTestId("archive").ClickAsync();
        await Expect(staff.GetByTestId("project-status")).ToHaveTextAsync("已归档");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(app.ArtifactsFolder, "立项项目-已归档.png"), FullPage = true });

        // The firm's application shows its score and rank.
        await firm.GotoAsync(applicationUrl);
        await Expect(firm.GetByTestId("final-score")).ToContainTextAsync("评审得分 80，排名第 1");
    }

    /// <summary>Gives each expert on the batch's panels a login, as an administrator would when inviting them.</summary>
    private async Task<List<string>> ExpertLoginsAsync(string batchUrl)
    {
        var batchId = Guid.Parse(batchUrl.Split('/')[^1]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var experts = await db.ReviewAssignments.Where(a => a.BatchId == batchId).Select(a => a.ExpertId).ToListAsync();
        var logins = new List<string>();
        foreach (var expertId in experts)
        {
            var expert = await db.Experts.SingleAsync(e => e.Id == expertId);
            if (expert.UserId is { } existing)
            {
                logins.Add((await users.FindByIdAsync(existing.ToString()))!.UserName!);
                continue;
            }

            var user = new AppUser { UserName = "zj" + expertId.ToString("N")[..10], DisplayName = expert.Name, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, BrowserApp.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Expert)).Succeeded);
            expert.UserId = user.Id;
            logins.Add(user.UserName);
        }

        await db.SaveChangesAsync();
        return logins;
    }

    /// <summary>The seven-day notice is over: the project's notice dates move back a week.</summary>
    private async Task NoticePeriodPassesAsync(string projectUrl)
    {
        var projectId = Guid.Parse(projectUrl.Split('/')[^1]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Projects.Where(p => p.Id == projectId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.PublicityFrom, p => p.PublicityFrom.AddDays(-8)).SetProperty(p => p.PublicityTo, p => p.PublicityTo.AddDays(-8)));
    }
}
