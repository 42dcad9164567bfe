using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kechuang.Benchmarks;

/// <summary>
/// The real app (its Program, middleware, auth and EF Core on SQLite) served by real Kestrel on 127.0.0.1 with
/// an ephemeral port. A new database file is migrated and seeded with the demo city on start, as the app does.
/// </summary>
internal sealed class AppHost : WebApplicationFactory<Program>
{
    private AppHost()
    {
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Starts the app on <paramref name="databaseFile"/> (created, migrated and seeded if new).</summary>
    public static AppHost Start(string databaseFile)
    {
        // Read by WebApplication.CreateBuilder inside Program, before any factory callback could apply.
        Environment.SetEnvironmentVariable("ConnectionStrings__Sqlite", $"Data Source={databaseFile}");
        Environment.SetEnvironmentVariable("Database__Provider", "Sqlite");
        Environment.SetEnvironmentVariable("Demo__Seed", "true");
        Environment.SetEnvironmentVariable("Jobs__Enabled", "false"); // no background jobs in the measurements
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning"); // appsettings.json says Information
        var host = new AppHost();
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development"); // the build output has no published static assets (TOOLCHAIN.md)
        // The factory would guess src-less "<solution folder>/Kechuang.Web"; the build's manifest knows the real folder.
        builder.UseContentRoot(WebContentRoot());
    }

    private static string WebContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        return roots.First(r => r.Key.StartsWith(typeof(Program).Assembly.GetName().Name + ",", StringComparison.Ordinal)).Value;
    }

    /// <summary>A client over real sockets, at most <paramref name="connections"/> connections to the app.</summary>
    public HttpClient CreateSocketClient(int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(120),
        };

    /// <summary>Signs in a demo account through the token endpoint and sets the bearer header.</summary>
    public static async Task SignInAsync(HttpClient client, string userName)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/accounts/token", new { userName, password = DemoCity.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("No token.");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }

    private sealed record TokenResponse(string AccessToken);
}
