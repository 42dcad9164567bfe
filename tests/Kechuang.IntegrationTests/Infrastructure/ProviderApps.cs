using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>
/// The app on one database provider, shared by every scenario class of that provider's collection (so the
/// demo city is seeded once per provider). Scenarios run one after another inside a provider and the two
/// providers run side by side.
/// </summary>
public abstract class ProviderApp : IAsyncLifetime
{
    private readonly SemaphoreSlim _jobsGate = new(1, 1);
    private AppFactory? _shared;
    private AppFactory? _untouched;
    private AppFactory? _jobs;

    public abstract string Provider { get; }

    /// <summary>The app most scenarios use; they add their own firms and users to it and never rely on others' data.</summary>
    public AppFactory Shared => _shared ?? throw new InvalidOperationException("not started");

    /// <summary>
    /// A second app on an exact copy of the freshly seeded demo city that no scenario writes to, for counts
    /// that must be exact ("staff sees all 800").
    /// </summary>
    public AppFactory Untouched => _untouched ?? throw new InvalidOperationException("not started");

    /// <summary>
    /// A third app, on its own copy of the seeded city, that runs the background jobs (<c>Jobs:Enabled</c>; the other two
    /// do not). Started on first use, so a run that needs no jobs never starts a scheduler.
    /// </summary>
    public async Task<AppFactory> WithJobsAsync()
    {
        await _jobsGate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_jobs is null)
            {
                var jobs = new AppFactory(Provider, await CopyDatabaseAsync("untouched", "jobs"), new Dictionary<string, string> { ["Jobs:Enabled"] = "true" });
                jobs.Start();
                _jobs = jobs;
            }

            return _jobs;
        }
        finally
        {
            _jobsGate.Release();
        }
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync(string name, bool pooling);

    /// <summary>A new database that is a copy of <paramref name="source"/>, which has no open connection.</summary>
    protected abstract Task<string> CopyDatabaseAsync(string source, string name);

    public async ValueTask InitializeAsync()
    {
        // Seed once: the untouched app seeds its empty database (without connection pooling, so nothing
        // holds the database open afterwards), then the shared app starts on a copy of it.
        try
        {
            _untouched = new AppFactory(Provider, await CreateDatabaseAsync("untouched", pooling: false));
            _untouched.Start();
            _shared = new AppFactory(Provider, await CopyDatabaseAsync("untouched", "shared"));
            _shared.Start();
        }
        catch
        {
            await DisposeAsync(); // never leave a server running behind a failed start
            throw;
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_jobs is not null)
        {
            await _jobs.DisposeAsync();
        }

        _jobsGate.Dispose();
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }

        if (_untouched is not null)
        {
            await _untouched.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>SQLite: a fresh file per app in a temp folder.</summary>
public sealed class SqliteApp : ProviderApp
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kechuang-sqlite-").FullName;

    public override string Provider => "Sqlite";

    private string FileOf(string name) => Path.Combine(_folder, name + ".db");

    protected override Task<string> CreateDatabaseAsync(string name, bool pooling) =>
        Task.FromResult($"Data Source={FileOf(name)};Pooling={pooling}");

    protected override async Task<string> CopyDatabaseAsync(string source, string name)
    {
        await using var from = new SqliteConnection($"Data Source={FileOf(source)};Pooling=False");
        await using var to = new SqliteConnection($"Data Source={FileOf(name)};Pooling=False");
        await from.OpenAsync();
        await to.OpenAsync();
        from.BackupDatabase(to);
        return $"Data Source={FileOf(name)}";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is not worth failing the run for.
        }
    }
}

/// <summary>PostgreSQL: a real server started for the run, a fresh database per app.</summary>
public sealed class PostgresApp : ProviderApp
{
    private readonly string _prefix = $"kechuang_{Environment.ProcessId}_";
    private PostgresServer? _server;

    public override string Provider => "Postgres";

    private PostgresServer Server => _server ?? throw new InvalidOperationException("not started");

    protected override async Task<string> CreateDatabaseAsync(string name, bool pooling)
    {
        _server ??= await PostgresServer.StartAsync();
        return Server.ConnectionString(await Server.CreateDatabaseAsync(_prefix + name), pooling);
    }

    protected override async Task<string> CopyDatabaseAsync(string source, string name) =>
        Server.ConnectionString(await Server.CreateDatabaseAsync(_prefix + name, template: _prefix + source));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteScenarios : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresScenarios : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
