using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>
/// A challenge list (揭榜挂帅) in the browser: staff post a firm's problem and publish it; a team bids; once the deadline
/// has passed staff choose the winner with a reason; the public portal shows the list awarded with its winner.
/// </summary>
public sealed class ChallengeWalkTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_publish_a_challenge_a_team_bids_staff_choose_the_winner_and_the_portal_shows_it_awarded()
    {
        var marker = "碳化硅" + Guid.NewGuid().ToString("N")[..4];
        string creditCode;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var firmId = await db.Users.Where(u => u.UserName == "qiye").Select(u => u.EnterpriseId).SingleAsync(TestContext.Current.CancellationToken);
            creditCode = await db.Enterprises.Where(e => e.Id == firmId).Select(e => e.CreditCode).SingleAsync(TestContext.Current.CancellationToken);
        }

        // Staff post the firm's problem as a draft and publish it.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/challenges");
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("challenge-credit-code").FillAsync(creditCode);
        await staff.GetByTestId("challenge-title").FillAsync($"{marker}功率器件散热难题");
        await staff.GetByTestId("challenge-description").FillAsync("功率模块热流密度超过 300 W/cm²，现有封装散热不足，需新型散热基板方案。");
        await staff.GetByTestId("challenge-field").ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { Name = "新材料", Exact = true }).ClickAsync();
        await staff.GetByTestId("challenge-requirements").FillAsync("具有第三代半导体封装研发经验的团队");
        await staff.GetByTestId("challenge-reward").FillAsync("300");
        await staff.GetByTestId("challenge-create").ClickAsync();
        await Expect(staff.GetByTestId("challenge-status")).ToHaveTextAsync("草稿");
        var url = staff.Url;
        await staff.GetByTestId("challenge-publish").ClickAsync();
        await Expect(staff.GetByTestId("challenge-status")).ToHaveTextAsync("已发布");

        // A team from another firm bids.
        var team = await app.LoginAsync("qiye2");
        await team.GotoAsync(url);
        await BrowserApp.WaitInteractiveAsync(team);
        await team.GetByTestId("bid-team").FillAsync("灵武联合攻关团队：王工（负责人）、刘博士");
        await team.GetByTestId("bid-plan").FillAsync("采用金刚石/铜复合散热基板与银烧结封装，六个月完成样品验证。");
        await team.GetByTestId("bid-price").FillAsync("260");
        await team.GetByTestId("bid-submit").ClickAsync();
        await Expect(team.GetByTestId("my-bid")).ToContainTextAsync("灵武联合攻关团队");

        // The deadline passes; staff see the bid and choose it with a reason.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
            await db.Challenges.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.BidDeadline, DateTimeOffset.UtcNow.AddMinutes(-1)), TestContext.Current.CancellationToken);
        }

        await staff.GotoAsync(url);
        await BrowserApp.WaitInteractiveAsync(staff);
        var bid = staff.GetByTestId("bid-row").First;
        var winner = await bid.GetByTestId("bid-name").InnerTextAsync();
        await bid.GetByTestId("choose-reason").FillAsync("方案技术路线可行，报价在榜额内");
        await bid.GetByTestId("choose-winner").ClickAsync();
        await Expect(staff.GetByTestId("challenge-status")).ToHaveTextAsync("已揭榜");
        await Expect(staff.GetByTestId("challenge-winner")).ToContainTextAsync(winner);

        // The public portal finds it by its word and shows it awarded, with the winner.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/market/challenges?q={Uri.EscapeDataString(marker)}");
        var listed = visitor.GetByTestId("portal-challenge");
        await Expect(listed).ToHaveCountAsync(1);
        await Expect(listed.GetByTestId("portal-challenge-status")).ToHaveTextAsync("已揭榜");
        await Expect(listed).ToContainTextAsync("300 万元");
        await Expect(listed).ToContainTextAsync(winner);
    }
}
