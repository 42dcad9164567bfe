using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Kechuang.BrowserTests.BrowserApp))]

namespace Kechuang.BrowserTests;

/// <summary>
/// The real app on a loopback port (Kestrel, SQLite in a temp file, the demo city) and Debian's Chromium
/// driven by Playwright. Started once for the whole assembly; each test opens its own browser context.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string Password = "Kechuang@2026";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "kechuang-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => factory!.Services;

    public string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(ArtifactsFolder);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "browser.db")}");
            b.UseSetting("Demo:Seed", "true");
            b.UseSetting("Jobs:Enabled", "false"); // no background job writes while the browser tests click; the jobs page still lists them
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        // Assertions wait for a condition, never a fixed time; the first page of a cold app can take a few seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies), signed in as the demo user.</summary>
    public async Task<IPage> LoginAsync(string userName, string password = Password, int width = 1440, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync($"{BaseUrl}/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync();
        if (await page.GetByTestId("login-error").CountAsync() > 0)
        {
            throw new InvalidOperationException($"{userName} could not log in: {await page.GetByTestId("login-error").InnerTextAsync()}");
        }

        await page.WaitForURLAsync($"{BaseUrl}/workbench");
        await WaitInteractiveAsync(page);
        return page;
    }

    public async Task<IPage> NewPageAsync(int width = 1440, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        // Generous: the whole suite runs several Blazor circuits at once on two cores, and a first render can take a while.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Clicks before the Blazor circuit is up are lost; wait until the layout says it is interactive.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
