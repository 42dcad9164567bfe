using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Notifications.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>
/// The app on one fresh database of one provider, with the demo city seeded. Intent methods say what a test
/// wants ("as staff", "a new firm in grid 640104-01") so the scenarios read as scenarios.
/// </summary>
public sealed class AppFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string Password = "Kechuang@2026";

    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private readonly ServerErrors _errors = new();

    public string Provider => provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development"); // the strictest for error bodies: the developer exception page must never show
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting($"ConnectionStrings:{provider}", connectionString);
        builder.UseSetting("Demo:Seed", "true");
        // Many apps start side by side in a run: none runs background jobs (no start-up run racing a scenario, no
        // scheduler threads) unless a scenario asks for it (RunningScheduledJobs).
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(_errors);
        });
    }

    /// <summary>Starts the app (migrations and, on an empty database, the demo seed).</summary>
    public void Start() => _ = Services;

    /// <summary>Errors the server logged so far: appended to failure messages of 5xx answers.</summary>
    public string RecentServerErrors => _errors.Recent();

    public Api Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "anonymous", this);

    /// <summary>A client signed in with a bearer token (one login per user per factory).</summary>
    public async Task<Api> As(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            token = await LoginAsync(userName, Password);
            _tokens[userName] = token;
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new Api(client, userName, this);
    }

    /// <summary>POST /api/v1/accounts/token; fails the test (with the body) unless the login succeeds.</summary>
    public async Task<string> LoginAsync(string userName, string password)
    {
        var reply = await TryLoginAsync(userName, password);
        return reply.Is(System.Net.HttpStatusCode.OK).Json<TokenResponse>().AccessToken;
    }

    public Task<Reply> TryLoginAsync(string userName, string password) =>
        Anonymous().PostAsync("/api/v1/accounts/token", new { userName, password });

    public sealed record TokenResponse(string AccessToken);

    /// <summary>Runs <paramref name="work"/> with the app's own DbContext in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Resolves a feature handler in a scope whose <see cref="CurrentUser"/> is a named seeded user with their real claims.</summary>
    public async Task<T> AsUserInScopeAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}");
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        sp.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, "test")));
        return await work(sp);
    }

    /// <summary>
    /// One run of the deadline reminders as the recurring job does it, with the clock at 09:00 Beijing time on
    /// <paramref name="beijingDate"/>.
    /// </summary>
    public Task<SendDeadlineReminders.Outcome> SendDeadlineRemindersAsync(DateOnly beijingDate) =>
        new SendDeadlineReminders.Handler(Services.GetRequiredService<IServiceScopeFactory>(), FixedClock.AtBeijing(beijingDate), Services.GetRequiredService<ILogger<SendDeadlineReminders.Handler>>())
            .RunAsync(TestContext.Current.CancellationToken);

    public Task<Guid> UserIdAsync(string userName) =>
        WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public Task<Guid> GridIdAsync(string gridCode) =>
        WithDbAsync(db => db.Grids.Where(g => g.Code == gridCode).Select(g => g.Id).SingleAsync());

    public Task<Guid> EnterpriseIdOfUserAsync(string userName) =>
        WithDbAsync(async db => (await db.Users.Where(u => u.UserName == userName).Select(u => u.EnterpriseId).SingleAsync())!.Value);

    /// <summary>Live firms in a grid, counted straight from the table rather than through the API's scope.</summary>
    public Task<int> FirmsInGridAsync(Guid gridId) =>
        WithDbAsync(db => db.Enterprises.CountAsync(e => e.GridId == gridId));

    /// <summary>A new firm created through the API by staff; returns its id.</summary>
    public async Task<Guid> CreateEnterpriseAsync(EnterpriseForm form)
    {
        var staff = await As("staff");
        var reply = await staff.PostAsync("/api/v1/enterprises", form);
        return reply.Is(System.Net.HttpStatusCode.Created).Json<IdBody>().Id;
    }

    /// <summary>A new firm in the given district (and grid, by code) with a fresh valid credit code.</summary>
    public async Task<(Guid Id, EnterpriseForm Form)> NewEnterpriseAsync(string districtCode = "640106", string? gridCode = null, string? name = null)
    {
        var form = TestData.Enterprise(districtCode, name);
        if (gridCode is not null)
        {
            form.GridId = await GridIdAsync(gridCode);
        }

        return (await CreateEnterpriseAsync(form), form);
    }

    public sealed record IdBody(Guid Id);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _errors.Dispose();
    }

    /// <summary>Keeps the last server-side errors so a failing test can show what the server said.</summary>
    private sealed class ServerErrors : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public string Recent() => string.Join("\n", _lines.TakeLast(5));

        public void Dispose()
        {
        }

        private sealed class Logger(ServerErrors owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }

                owner._lines.Enqueue($"[{logLevel}] {category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
                while (owner._lines.Count > 50)
                {
                    owner._lines.TryDequeue(out _);
                }
            }
        }
    }
}

/// <summary>An HTTP client of one user, whose calls return a <see cref="Reply"/> that has already read the body.</summary>
public sealed class Api(HttpClient http, string who, AppFactory app)
{
    public string Who => who;

    public Task<Reply> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<Reply> DeleteAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, url));

    public Task<Reply> PostAsync(string url, object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, body.GetType(), options: Json.Options) });

    public Task<Reply> PutAsync(string url, object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, body.GetType(), options: Json.Options) });

    /// <summary>Sends a body as is, e.g. broken JSON.</summary>
    public Task<Reply> SendRawAsync(HttpMethod method, string url, string body, string contentType = "application/json") =>
        SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, contentType) });

    public Task<Reply> UploadAsync(string url, byte[] file, string fileName)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", fileName);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
    }

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        var description = $"{request.Method} {request.RequestUri} as {who}";
        using (request)
        using (var response = await http.SendAsync(request, TestContext.Current.CancellationToken))
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var contentType = response.Content.Headers.ContentType?.MediaType;
            var errors = (int)response.StatusCode >= 500 ? app.RecentServerErrors : "";
            return new Reply(description, response.StatusCode, contentType, bytes, errors);
        }
    }
}
