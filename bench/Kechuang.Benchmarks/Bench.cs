using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Benchmarks;

/// <summary>
/// One command: generate the import file, measure MiniExcel's raw read of it against the app's import of it,
/// then load-test the list endpoints of the app holding those enterprises against its trivial endpoint.
/// See README.md. Options: --rows N, --seconds S, --warmup S, --workers N, --work DIR, --keep.
/// </summary>
internal static class Bench
{
    private const int WarmUpRows = 1_000;
    private static readonly TimeSpan ChildLimit = TimeSpan.FromMinutes(4);

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return args.FirstOrDefault() switch
        {
            "read" => await ReadChildAsync(args[1], args[2]),
            "import" => await ImportChildAsync(args[1], args[2], args[3]),
            "import-phases" => await ImportPhasesChildAsync(args[1], args[2]),
            _ => await RunAsync(new Options(args)),
        };
    }

    private sealed class Options
    {
        public Options(string[] args)
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--rows": Rows = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seconds": Seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--warmup": WarmUp = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--workers": Workers = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--work": Work = Next(); break;
                    case "--keep": Keep = true; break;
                    case "--import-phases": ImportPhases = true; break;
                    default: throw new ArgumentException($"Unknown option {args[i]}. Options: --rows N --seconds S --warmup S --workers N --work DIR --keep --import-phases");
                }
            }
        }

        public int Rows { get; } = 100_000;

        public double Seconds { get; } = 10;

        public double WarmUp { get; } = 2;

        public int Workers { get; } = 32;

        public string Work { get; } = Path.Combine(Path.GetTempPath(), "kechuang-bench");

        public bool Keep { get; }

        /// <summary>Also import once more through the handler itself, printing when each phase ends (diagnosis).</summary>
        public bool ImportPhases { get; }
    }

    private static async Task<int> RunAsync(Options o)
    {
        var total = Stopwatch.StartNew();
        var startLoad = LoadAverage();
        if (Directory.Exists(o.Work))
        {
            Directory.Delete(o.Work, recursive: true);
        }

        Directory.CreateDirectory(o.Work);
        var bigFile = Path.Combine(o.Work, $"enterprises-{o.Rows}.xlsx");
        var warmFile = Path.Combine(o.Work, $"warm-up-{WarmUpRows}.xlsx");
        var database = Path.Combine(o.Work, "bench.db");

        Log($"1/4 generating {o.Rows:N0} rows (seeded) → {bigFile}");
        var watch = Stopwatch.StartNew();
        TemplateFile.Write(bigFile, o.Rows, seed: 20_261_122);
        TemplateFile.Write(warmFile, WarmUpRows, seed: 7);
        Log($"    {watch.Elapsed.TotalSeconds:0.0} s, {new FileInfo(bigFile).Length / 1024.0 / 1024:0.0} MiB");

        Log("2/4 raw read with MiniExcel (child process, after a warm-up read)");
        var read = await Child.RunAsync(ChildLimit, "read", bigFile, warmFile);
        Log($"    {read.Seconds:0.00} s");

        Log("3/4 import through POST /api/v1/enterprises/import into a fresh SQLite database (child process, after a warm-up import)");
        var import = await Child.RunAsync(ChildLimit, "import", bigFile, warmFile, o.Work);
        Log($"    {import.Seconds:0.00} s ({import.Note})");
        if (o.ImportPhases)
        {
            Log("    import phases (handler called directly, another fresh database):");
            await Child.RunAsync(ChildLimit, "import-phases", bigFile, o.Work);
        }

        Log($"4/4 load: {o.Workers} workers, {o.WarmUp:0} s warm-up + {o.Seconds:0} s per scenario, app on 127.0.0.1");
        var loadBefore = LoadAverage();
        var (loads, context) = await LoadAsync(o, database);

        var report = new StringBuilder();
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Kechuang benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores · {RuntimeInformation.FrameworkDescription} · {RuntimeInformation.OSDescription} · " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC · SQLite (WAL) · {context} · " +
            $"1-min load average at start {startLoad}, before the request runs {loadBefore}, after {LoadAverage()} (other work on the machine skews every figure)");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"### Import of {o.Rows:N0} rows (one enterprise + one year each)");
        report.AppendLine();
        report.AppendLine("| Step | Time (s) | Rows/s | × raw read | Allocated (MB) | Peak managed heap (MB) | Peak working set (MB) |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        ImportRow(report, "Raw read: `MiniExcel.Query(useHeaderRow: true)`, enumerated (peer)", read, read, o.Rows);
        ImportRow(report, "App import: `POST /api/v1/enterprises/import` → new SQLite DB", import, read, o.Rows);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Import: {import.Note}.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"### Requests, {o.Workers} concurrent workers, {o.Seconds:0} s each after {o.WarmUp:0} s warm-up (bearer token of `staff`)");
        report.AppendLine();
        report.AppendLine("| Scenario | Request | Rows matched | Requests/s | % of ceiling | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | Errors |");
        report.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var ceiling = loads[0].Result.PerSecond;
        foreach (var (r, matched) in loads)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | `{r.Request}` | {matched} | {r.PerSecond:N1} | {100 * r.PerSecond / ceiling:0.0}% | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} | {r.Errors}{(r.Errors > 0 ? $" ({r.FirstError})" : "")} |");
        }

        if (loads.Any(l => l.Result.Requests == 0))
        {
            report.AppendLine();
            report.AppendLine("— : no request of that scenario completed inside the measured window (each took longer than the window).");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Total run time {total.Elapsed.TotalSeconds:0} s.");
        Console.Out.Write(report.ToString());

        if (!o.Keep)
        {
            Directory.Delete(o.Work, recursive: true);
        }

        return loads.Any(l => l.Result.Errors > 0) ? 1 : 0;
    }

    private static void ImportRow(StringBuilder report, string step, Cost cost, Cost peer, int rows) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {step} | {cost.Seconds:0.00} | {rows / cost.Seconds:N0} | {cost.Seconds / peer.Seconds:0.0}× | {Mb(cost.AllocatedBytes):N0} | {Mb(cost.PeakManagedBytes):N0} | {Mb(cost.PeakWorkingSetBytes):N0} |");

    private static string Ms(double ms) => double.IsNaN(ms) ? "—" : ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    private static async Task<(List<(LoadResult Result, string Matched)>, string)> LoadAsync(Options o, string database)
    {
        await using var app = AppHost.Start(database);
        using var client = app.CreateSocketClient(o.Workers);
        await AppHost.SignInAsync(client, "staff");

        var all = await TotalAsync(client, "/api/v1/enterprises?pageSize=20");
        const string district = "640106";
        var inDistrict = await TotalAsync(client, $"/api/v1/enterprises?district={district}&pageSize=20");
        var found = new Dictionary<string, int>();
        foreach (var fragment in TemplateFile.SearchFragments)
        {
            found[fragment] = await TotalAsync(client, $"/api/v1/enterprises?search={Uri.EscapeDataString(fragment)}&pageSize=20");
        }

        var pages = Math.Max(1, (all + 19) / 20);
        var districtPages = Math.Max(1, (inDistrict + 19) / 20);
        var warmUp = TimeSpan.FromSeconds(o.WarmUp);
        var duration = TimeSpan.FromSeconds(o.Seconds);
        var scenarios = new (string Name, string Example, string Matched, Func<Random, string> Url)[]
        {
            ("(a) ceiling: health check", "GET /healthz", "–", _ => "/healthz"),
            ("(b) whole city, random page", $"GET /api/v1/enterprises?page=1..{pages}&pageSize=20", $"{all:N0}",
                r => $"/api/v1/enterprises?page={r.Next(1, pages + 1)}&pageSize=20"),
            ($"(c) district {district}, random page", $"GET /api/v1/enterprises?district={district}&page=1..{districtPages}&pageSize=20", $"{inDistrict:N0}",
                r => $"/api/v1/enterprises?district={district}&page={r.Next(1, districtPages + 1)}&pageSize=20"),
            ("(d) name search, first page", $"GET /api/v1/enterprises?search={{{string.Join('|', TemplateFile.SearchFragments)}}}&pageSize=20",
                string.Join(" / ", found.Values.Select(v => v.ToString("N0", CultureInfo.InvariantCulture))),
                r => $"/api/v1/enterprises?search={Uri.EscapeDataString(TemplateFile.SearchFragments[r.Next(TemplateFile.SearchFragments.Length)])}&pageSize=20"),
        };

        var results = new List<(LoadResult, string)>();
        foreach (var s in scenarios)
        {
            var r = await Load.RunAsync(client, s.Name, s.Example, s.Url, o.Workers, warmUp, duration);
            Log($"    {s.Name}: {r.PerSecond:N1}/s, p50 {Ms(r.P50Ms)} ms, p99 {Ms(r.P99Ms)} ms, errors {r.Errors}");
            results.Add((r, s.Matched));
        }

        return (results, $"{all:N0} enterprises visible to `staff`");
    }

    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<PageHead>() ?? throw new InvalidOperationException("Empty page.");
        return page.Total;
    }

    private sealed record PageHead(int Total);

    /// <summary>Child: the peer. Reads the warm-up file once (JIT), then measures reading the big one.</summary>
    private static async Task<int> ReadChildAsync(string file, string warmFile)
    {
        Enumerate(warmFile);
        var rows = 0;
        var cost = await Measure.RunAsync(() =>
        {
            rows = Enumerate(file);
            return Task.FromResult($"{rows:N0} rows");
        });
        Child.Report(cost);
        return 0;

        static int Enumerate(string path)
        {
            var n = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: true))
            {
                n += row.Count > 0 ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>
    /// Child: the app's import. A throw-away app on its own database imports the warm-up file (JIT, EF model),
    /// then a fresh app on a new database imports the big file through the HTTP endpoint; that request is measured.
    /// </summary>
    private static async Task<int> ImportChildAsync(string file, string warmFile, string work)
    {
        await using (var warm = AppHost.Start(Path.Combine(work, "warm-up.db")))
        {
            using var client = warm.CreateSocketClient(1);
            await AppHost.SignInAsync(client, "staff");
            await PostAsync(client, await File.ReadAllBytesAsync(warmFile));
        }

        var started = Stopwatch.StartNew();
        await using var app = AppHost.Start(Path.Combine(work, "bench.db"));
        using var http = app.CreateSocketClient(1);
        await AppHost.SignInAsync(http, "staff");
        Console.Error.WriteLine($"    app started on a new database with the demo city in {started.Elapsed.TotalSeconds:0.0} s");
        var bytes = await File.ReadAllBytesAsync(file);
        var cost = await Measure.RunAsync(() => PostAsync(http, bytes));
        Child.Report(cost);
        return 0;
    }

    /// <summary>Child: the import handler called in a scope as `staff`, logging when each phase ends.</summary>
    private static async Task<int> ImportPhasesChildAsync(string file, string work)
    {
        await using var app = AppHost.Start(Path.Combine(work, "phases.db"));
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var staff = await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("staff") ?? throw new InvalidOperationException("No staff user.");
        services.GetRequiredService<CurrentUser>().Set(await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(staff));
        var handler = services.GetRequiredService<ImportEnterprises.Handler>();
        await using var stream = File.OpenRead(file);
        var clock = Stopwatch.StartNew();
        var progress = new PhaseLog(clock);
        var result = await handler.Handle(stream, Path.GetFileName(file), progress, CancellationToken.None);
        Console.Error.WriteLine($"      {clock.Elapsed.TotalSeconds,6:0.00} s  done: succeeded={result.Succeeded}, created {result.Created:N0}, {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(2)} gen2 GCs");
        Child.Report(new Cost(clock.Elapsed.TotalSeconds, 0, 0, 0, "phases"));
        return 0;
    }

    /// <summary>Synchronous progress sink: prints the time at the first report of each phase and every 10th write chunk.</summary>
    private sealed class PhaseLog(Stopwatch clock) : IProgress<ImportEnterprises.Progress>
    {
        private string? phase;
        private int reports;

        public void Report(ImportEnterprises.Progress value)
        {
            if (value.Phase != phase || ++reports % 10 == 0 || value.Done == value.Total)
            {
                Console.Error.WriteLine($"      {clock.Elapsed.TotalSeconds,6:0.00} s  {value.Phase} {value.Done:N0}/{value.Total:N0}");
            }

            if (value.Phase != phase)
            {
                phase = value.Phase;
                reports = 0;
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient client, byte[] xlsx)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(xlsx);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", "enterprises.xlsx");
        using var response = await client.PostAsync("/api/v1/enterprises/import", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Import failed: HTTP {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
        }

        var result = System.Text.Json.JsonDocument.Parse(body).RootElement;
        return $"created {result.GetProperty("created").GetInt32():N0} enterprises, {result.GetProperty("yearsSaved").GetInt32():N0} annual reports";
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static void Log(string line) => Console.Error.WriteLine(line);
}
