using System.Diagnostics;

namespace Kechuang.Benchmarks;

/// <summary>One row of the load table.</summary>
internal sealed record LoadResult(string Name, string Request, int Workers, double Seconds, long Requests, long Errors, double P50Ms, double P90Ms, double P99Ms, double MaxMs, string FirstError)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// Closed-loop load: <c>workers</c> tasks, each sending its next request as soon as the last one is answered
/// (body read to the end). Requests completed during the warm-up are not counted; the run stops at the deadline or after
/// <see cref="MaxRequestsPerWorker"/> requests per worker, whichever comes first.
/// </summary>
internal static class Load
{
    public const int MaxRequestsPerWorker = 200_000;

    public static async Task<LoadResult> RunAsync(
        HttpClient client, string name, string example, Func<Random, string> nextUrl, int workers, TimeSpan warmUp, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<long>[workers];
        var errors = new long[workers];
        var firstError = new string?[workers];

        async Task Worker(int w)
        {
            var random = new Random(1000 + w);
            var mine = latencies[w] = new List<long>(64 * 1024);
            for (var n = 0; n < MaxRequestsPerWorker; n++)
            {
                var t0 = Stopwatch.GetTimestamp();
                if (t0 >= stopAt)
                {
                    break;
                }

                var ok = false;
                string? problem = null;
                try
                {
                    using var response = await client.GetAsync(nextUrl(random), HttpCompletionOption.ResponseContentRead);
                    ok = response.IsSuccessStatusCode;
                    problem = ok ? null : $"HTTP {(int)response.StatusCode}";
                }
                catch (HttpRequestException e)
                {
                    problem = e.Message;
                }
                catch (TaskCanceledException e)
                {
                    problem = "timeout: " + e.Message;
                }

                var t1 = Stopwatch.GetTimestamp();
                if (t1 >= measureFrom && t1 <= stopAt) // completed inside the window
                {
                    mine.Add(t1 - t0);
                    if (!ok)
                    {
                        errors[w]++;
                        firstError[w] ??= problem;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => Worker(w))));

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(name, example, workers, duration.TotalSeconds, all.Length, errors.Sum(),
            Percentile(0.50), Percentile(0.90), Percentile(0.99), Percentile(1.0), firstError.FirstOrDefault(e => e is not null) ?? "");
    }
}
