using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kechuang.SearchBenchmarks;

/// <summary>A private PostgreSQL server in a temporary folder (as the integration tests start one), C.UTF-8 so pg_trgm indexes Chinese.</summary>
public sealed class Postgres : IDisposable
{
    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgres = Environment.UserName == "root";

    public Postgres()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().First();
        _root = Directory.CreateTempSubdirectory("kechuang-bench-pg-").FullName;
        if (_asPostgres)
        {
            Run("chown", $"-R postgres {_root}", false);
        }

        Port = FreePort();
        Run(Path.Combine(_bin, "initdb"), $"-D {_root}/data -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust --no-sync");
        Run(Path.Combine(_bin, "pg_ctl"), $"-D {_root}/data -l {_root}/pg.log -w -t 60 -o \"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB -c max_parallel_workers_per_gather=0\" start");
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=8;Command Timeout=120";

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), $"-D {_root}/data -m immediate stop");
        }
        finally
        {
            Directory.Delete(_root, true);
        }
    }

    private void Run(string file, string args, bool asPostgres = true)
    {
        var start = asPostgres && _asPostgres
            ? new ProcessStartInfo("su", ["postgres", "-s", "/bin/sh", "-c", $"{file} {args}"])
            : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} failed: {output}");
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
