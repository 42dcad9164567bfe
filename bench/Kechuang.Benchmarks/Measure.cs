using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Kechuang.Benchmarks;

/// <summary>What one measured operation cost: wall time, bytes allocated, peak managed heap, peak working set.</summary>
internal sealed record Cost(double Seconds, long AllocatedBytes, long PeakManagedBytes, long PeakWorkingSetBytes, string Note);

/// <summary>
/// Measures one operation in the current process. The peak managed heap is sampled every few milliseconds
/// (<see cref="GC.GetTotalMemory(bool)"/>, so it includes garbage not yet collected: what the process really holds);
/// the peak working set is the kernel's high-water mark (VmHWM), reset just before the operation where Linux allows.
/// </summary>
internal static class Measure
{
    public static async Task<Cost> RunAsync(Func<Task<string>> operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var hwmReset = ResetPeakWorkingSet();
        long peak = GC.GetTotalMemory(false);
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(false);
                if (now > Volatile.Read(ref peak))
                {
                    Volatile.Write(ref peak, now);
                }

                Thread.Sleep(5);
            }
        })
        { IsBackground = true, Name = "peak sampler" };
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        var watch = Stopwatch.StartNew();
        var note = await operation();
        watch.Stop();
        await stop.CancelAsync();
        sampler.Join();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        var hwm = PeakWorkingSet();
        return new Cost(watch.Elapsed.TotalSeconds, allocated, peak, hwm, hwmReset ? note : note + " (working-set peak not resettable: includes start-up)");
    }

    /// <summary>Linux: writing 5 to clear_refs resets VmHWM to the current resident size.</summary>
    private static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long PeakWorkingSet()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            using var self = Process.GetCurrentProcess();
            return self.PeakWorkingSet64;
        }
    }
}

/// <summary>
/// Runs a measurement in a fresh copy of this program, so each one has its own heap and its own working-set
/// peak and neither inherits the other's JIT state or garbage. The child prints one line "RESULT {json}".
/// </summary>
internal static class Child
{
    private const string Marker = "RESULT ";

    public static void Report(Cost cost) => Console.Out.WriteLine(Marker + JsonSerializer.Serialize(cost));

    public static async Task<Cost> RunAsync(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(Child).Assembly.Location);
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process.");
        using var timeout = new CancellationTokenSource(limit);
        Cost? result = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith(Marker, StringComparison.Ordinal))
                {
                    result = JsonSerializer.Deserialize<Cost>(line[Marker.Length..]);
                }
                else
                {
                    Console.Error.WriteLine(line);
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish within {limit.TotalSeconds:0} s.");
        }

        return process.ExitCode == 0 && result is not null
            ? result
            : throw new InvalidOperationException($"'{string.Join(' ', args)}' failed (exit code {process.ExitCode}).");
    }
}
