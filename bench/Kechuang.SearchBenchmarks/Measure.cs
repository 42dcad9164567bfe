using System.Diagnostics;

namespace Kechuang.SearchBenchmarks;

/// <summary>Runs queries round-robin on N workers for a fixed time; throughput and latency percentiles.</summary>
public static class Measure
{
    public sealed record Result(int Count, double PerSecond, double P50, double P99);

    public static Result Run(Func<string, int> query, string[] queries, int workers, TimeSpan duration)
    {
        var next = -1;
        var latencies = new List<double>[workers];
        var total = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, workers).Select(w =>
        {
            latencies[w] = [];
            var t = new Thread(() =>
            {
                var watch = new Stopwatch();
                while (total.Elapsed < duration)
                {
                    var q = queries[(Interlocked.Increment(ref next) & int.MaxValue) % queries.Length];
                    watch.Restart();
                    query(q);
                    latencies[w].Add(watch.Elapsed.TotalMilliseconds);
                }
            });
            t.Start();
            return t;
        }).ToList();
        threads.ForEach(t => t.Join());
        var elapsed = total.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return all.Length == 0 ? new Result(0, 0, 0, 0)
            : new Result(all.Length, all.Length / elapsed, all[(int)(all.Length * 0.50)], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))]);
    }
}
