using System.Text.Json;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

/// <summary>
/// 三员联动 on a 375-px phone: an officer opens the app, signs in, sees their overdue firms, records a visit with a
/// technology need while the network drops (the draft waits on the phone) and comes back (it is sent, once); the need
/// reaches 高新技术科, whose staff see it at their desk. The app installs: manifest, icons and offline page.
/// </summary>
public sealed class GridServiceWalkTests(BrowserApp app)
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 812;

    // The first bytes of a PNG file: enough for the type and content checks.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task An_officer_records_a_visit_with_a_need_through_a_dropped_connection_and_the_department_sees_it()
    {
        var phone = await app.NewPageAsync(PhoneWidth, PhoneHeight);
        await phone.GotoAsync("/m/");
        await phone.FillAsync("#userName", "grid05");
        await phone.FillAsync("#password", BrowserApp.Password);
        await phone.ClickAsync("button[type=submit]");
        await phone.WaitForURLAsync(url => url.EndsWith("/m/", StringComparison.Ordinal));

        // Home: the overdue firms first, and nothing wider than the phone.
        await Expect(phone.GetByTestId("overdue-count")).Not.ToHaveTextAsync("0");
        var firstOverdue = phone.GetByTestId("overdue-firm").First;
        await Expect(firstOverdue).ToContainTextAsync("记录走访");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth, "the home page scrolls sideways on a phone");
        var firmName = (await firstOverdue.Locator(".m-card-title").InnerTextAsync()).Trim();

        await firstOverdue.ClickAsync();
        await phone.WaitForURLAsync(url => url.Contains("/m/visit?firm=", StringComparison.Ordinal));
        await Expect(phone.GetByTestId("visit-firm").Locator("option:checked")).ToContainTextAsync(firmName);
        await phone.GetByTestId("visit-people").FillAsync("王总（总经理）");
        await phone.GetByTestId("visit-notes").FillAsync("讲解研发费用归集口径，企业计划申报高企");
        await phone.GetByTestId("visit-photos").SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = Png });
        await phone.GetByTestId("add-need").ClickAsync();
        var need = phone.GetByTestId("need-row").Last;
        await need.GetByTestId("need-category").SelectOptionAsync("Technology");
        await need.GetByTestId("need-description").FillAsync($"{firmName}需要生产线视觉检测方案");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth, "the visit form scrolls sideways on a phone");

        // The connection drops as the officer submits: the visit waits on the phone.
        await phone.Context.SetOfflineAsync(true);
        await phone.GetByTestId("visit-submit").ClickAsync();
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("已保存在本机");
        await Expect(phone.GetByTestId("pending-drafts").Locator("li")).ToHaveCountAsync(1);
        await Expect(phone.GetByTestId("network-state")).ToBeVisibleAsync();

        // Back online: it is sent by itself, once, and says where the need went.
        await phone.Context.SetOfflineAsync(false);
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("已提交", new() { Timeout = 30_000 });
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("技术类需求已转高新技术科");
        await Expect(phone.GetByTestId("pending-drafts").Locator("li")).ToHaveCountAsync(0);

        // Opening the page again sends nothing more: one visit, one need.
        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("visit-form")).ToBeVisibleAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.Visits.CountAsync(v => v.EnterpriseName == firmName && v.Notes == "讲解研发费用归集口径，企业计划申报高企", TestContext.Current.CancellationToken));
            Assert.Equal(1, await db.Needs.CountAsync(n => n.Description == $"{firmName}需要生产线视觉检测方案", TestContext.Current.CancellationToken));
        }

        await phone.GotoAsync("/m/");
        await Expect(phone.GetByTestId("open-need").Filter(new() { HasText = "需要生产线视觉检测方案" })).ToContainTextAsync("高新技术科");

        // At the bureau: 高新技术科 sees it among the needs routed to it, and may handle it.
        var staff = await app.LoginAsync("staff");
        await staff.GotoAsync("/needs");
        await BrowserApp.WaitInteractiveAsync(staff);
        await staff.GetByTestId("needs-filter").FillAsync(firmName);
        await staff.GetByTestId("needs-filter").PressAsync("Enter");
        var row = staff.GetByTestId("need-row").Filter(new() { HasText = "需要生产线视觉检测方案" });
        await Expect(row).ToContainTextAsync("高新技术科");
        await Expect(row).ToContainTextAsync("已受理");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(staff.GetByTestId("handle-box")).ToBeVisibleAsync();
        await Expect(staff.GetByTestId("need-handler")).ToContainTextAsync("技术类 10 天");

        // The city dashboard counts the visit just recorded, says how each figure is computed, and exports.
        await staff.GotoAsync("/grid-dashboard");
        await BrowserApp.WaitInteractiveAsync(staff);
        await Expect(staff.GetByTestId("dashboard-scope")).ToContainTextAsync("全市");
        await Expect(staff.GetByTestId("dashboard-figure").Filter(new() { HasText = "走访覆盖率" })).ToContainTextAsync("走访过的企业");
        await Expect(staff.GetByTestId("by-grid").GetByTestId("dashboard-line")).ToHaveCountAsync(30);
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByTestId("dashboard-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_phone_app_installs_with_a_manifest_icons_and_an_offline_page()
    {
        var phone = await app.LoginAsync("grid06", width: PhoneWidth, height: PhoneHeight);
        await phone.GotoAsync("/m/");
        var manifestHref = await phone.Locator("link[rel=manifest]").GetAttributeAsync("href");
        Assert.Equal("m/manifest.webmanifest", manifestHref);

        var manifest = await phone.APIRequest.GetAsync("/m/manifest.webmanifest");
        Assert.True(manifest.Ok);
        using var json = JsonDocument.Parse(await manifest.TextAsync());
        Assert.Equal("网格通", json.RootElement.GetProperty("short_name").GetString());
        Assert.Equal("standalone", json.RootElement.GetProperty("display").GetString());
        var sizes = json.RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("sizes").GetString()).ToList();
        Assert.Contains("192x192", sizes);
        Assert.Contains("512x512", sizes);
        foreach (var icon in new[] { "/m/icon-192.png", "/m/icon-512.png" })
        {
            var response = await phone.APIRequest.GetAsync(icon);
            Assert.Equal("image/png", response.Headers["content-type"]);
        }

        var offline = await phone.APIRequest.GetAsync("/m/offline.html");
        Assert.Contains("网络不可用", await offline.TextAsync(), StringComparison.Ordinal);

        // The service worker takes the app under its wing, so pages opened before open again offline.
        Assert.Equal("/m/", await phone.EvaluateAsync<string>("navigator.serviceWorker.ready.then(r => new URL(r.scope).pathname)"));
    }
}
