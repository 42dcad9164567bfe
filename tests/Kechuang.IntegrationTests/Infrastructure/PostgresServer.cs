using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server for one test run: initdb in a temp folder, started on 127.0.0.1 on a free
/// port (TOOLCHAIN.md), stopped and deleted at the end. It never skips: without the server binaries the
/// tests fail and say what to install. Set KECHUANG_PG_BIN to use binaries somewhere else.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string AppRole = "kechuang";

    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private readonly string _superPassword = Secret();
    private readonly string _appPassword = Secret();
    private int _port;
    private bool _running;

    private PostgresServer(string bin, string root, bool asPostgresUser)
    {
        _bin = bin;
        _root = root;
        _asPostgresUser = asPostgresUser;
    }

    private string DataDir => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "postgres.log");

    /// <summary>Connection string for the app's own role (owner of the databases, not a superuser).</summary>
    public string ConnectionString(string database, bool pooling = true) =>
        $"Host=127.0.0.1;Port={_port};Username={AppRole};Password={_appPassword};Database={database};Pooling={pooling};Include Error Detail=true";

    private string AdminConnectionString =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Password={_superPassword};Database=postgres;Pooling=false";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var asPostgresUser = Environment.UserName == "root"; // initdb refuses to run as root
        var root = Directory.CreateTempSubdirectory("kechuang-pg-").FullName;
        var server = new PostgresServer(bin, root, asPostgresUser);
        try
        {
            await server.InitAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("KECHUANG_PG_BIN");
        var candidates = configured is { Length: > 0 }
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                    .OrderByDescending(x => x.Version).Select(x => x.Dir).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin" +
                (configured is { Length: > 0 } ? $" nor in KECHUANG_PG_BIN={configured}" : "") +
                ". The PostgreSQL tests do not skip: install the server first (apt-get install -y postgresql) or set KECHUANG_PG_BIN.");
    }

    private async Task InitAsync()
    {
        var pwFile = Path.Combine(_root, "pwfile");
        await File.WriteAllTextAsync(pwFile, _superPassword + "\n");
        if (_asPostgresUser)
        {
            // The data folder and the log must belong to the postgres user.
            await RunAsync("chown", $"-R postgres {Quote(_root)}", asPostgres: false);
        }

        await RunAsync(Path.Combine(_bin, "initdb"),
            $"-D {Quote(DataDir)} -U postgres -E UTF8 --locale=C.UTF-8 --auth-host=scram-sha-256 --auth-local=trust --pwfile={Quote(pwFile)} --no-sync");
        File.Delete(pwFile);

        // The port is free when asked; another process could take it before the server binds, so try a few.
        for (var attempt = 1; ; attempt++)
        {
            _port = FreePort();
            // Durability is pointless for a database that is deleted at the end: skip the fsyncs.
            var options = $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            var (exit, output) = await TryRunAsync(Path.Combine(_bin, "pg_ctl"), $"-D {Quote(DataDir)} -l {Quote(LogFile)} -w -t 60 -o {Quote(options)} start");
            if (exit == 0)
            {
                _running = true;
                break;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"PostgreSQL did not start (pg_ctl exit {exit}).\n{output}\n{ReadLog()}");
            }
        }

        await ExecuteAsAdminAsync($"CREATE ROLE {AppRole} LOGIN CREATEDB PASSWORD '{_appPassword}'");
    }

    /// <summary>Creates an empty database, or a copy of <paramref name="template"/> (which must have no open connections).</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template = null)
    {
        await ExecuteAsAdminAsync(template is null
            ? $"CREATE DATABASE \"{name}\" OWNER {AppRole}"
            : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" OWNER {AppRole}");
        return name;
    }

    private async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_running)
        {
            _running = false;
            await TryRunAsync(Path.Combine(_bin, "pg_ctl"), $"-D {Quote(DataDir)} -m immediate -w stop");
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task RunAsync(string file, string arguments, bool asPostgres = true)
    {
        var (exit, output) = await TryRunAsync(file, arguments, asPostgres);
        if (exit != 0)
        {
            throw new InvalidOperationException($"`{file} {arguments}` failed with exit code {exit}:\n{output}");
        }
    }

    private async Task<(int Exit, string Output)> TryRunAsync(string file, string arguments, bool asPostgres = true)
    {
        // Through the shell, so the single-quoting above means the same with and without su.
        var command = $"{Quote(file)} {arguments}";
        var start = asPostgres && _asPostgresUser
            ? new ProcessStartInfo("su", ["postgres", "-s", "/bin/sh", "-c", command])
            : new ProcessStartInfo("/bin/sh", ["-c", command]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = _root; // su keeps the folder; postgres must be able to enter it
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no server log)";
        }
        catch (IOException e)
        {
            return $"(server log unreadable: {e.Message})";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLower(CultureInfo.InvariantCulture);

    public override string ToString() => new StringBuilder("PostgreSQL on 127.0.0.1:").Append(_port).Append(" in ").Append(_root).ToString();
}
