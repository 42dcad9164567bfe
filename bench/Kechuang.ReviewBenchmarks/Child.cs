using System.Diagnostics;

using Kechuang.Review;
using Kechuang.Review.Model;

namespace Kechuang.ReviewBenchmarks;

/// <summary>One instance: generate, then Build + Solve <c>runs</c> times (median), greedy on the same problem, check both.</summary>
internal static class Child
{
    public static string Run(int applicationCount, int expertCount, int maxLoad, int seed, int runs)
    {
        var (experts, applications, conflicts) = Generator.Generate(applicationCount, expertCount, maxLoad, seed);
        Console.Error.WriteLine($"generated {applicationCount:N0} applications, {expertCount:N0} experts, {conflicts.DeclaredCount:N0} declared conflicts");
        // REVIEW_CANDIDATES overrides the first candidate count (for tuning; the optimum does not depend on it).
        var request = new AssignmentRequest(3, CandidatesPerApplication: int.TryParse(Environment.GetEnvironmentVariable("REVIEW_CANDIDATES"), out var n) ? n : 0);
        var samples = new List<(double Total, double Build, AssignmentResult Result, ReviewProblem Problem)>();
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            var problem = ReviewProblem.Build(experts, applications, conflicts);
            var build = clock.Elapsed.TotalMilliseconds;
            var result = ReviewSolver.Solve(problem, request);
            samples.Add((clock.Elapsed.TotalMilliseconds, build, result, problem));
            Console.Error.WriteLine($"run {r + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms (affinity {build:F0} ms, flow {result.Statistics.Flow.TotalMilliseconds:F0}, proof {result.Statistics.Proof.TotalMilliseconds:F0}, rounds {result.Statistics.Rounds}, added {result.Statistics.ArcsAdded}) {result.Status} {result.TotalAffinity}");
            samples[^1] = r == runs - 1 ? samples[^1] : samples[^1] with { Problem = null! };
        }

        var median = samples.OrderBy(s => s.Total).ElementAt(runs / 2);
        var last = samples[^1];
        var check = AssignmentChecker.Check(last.Problem, request, last.Result.Panels);
        var greedyTimes = new List<double>();
        (List<Panel> Panels, long Total, int Unstaffed) greedy = ([], 0, 0);
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            greedy = GreedyAssigner.Assign(last.Problem, request);
            greedyTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        var greedyCheck = AssignmentChecker.Check(last.Problem, request, greedy.Panels);
        var stats = median.Result.Statistics;
        var proven = median.Result.ProvenOptimal ? "proven, gap 0" : $"{median.Result.Status}, gap {median.Result.Gap}";
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        var okOptimum = check.Count == 0 && last.Result.Status == AssignmentStatus.Optimal ? "all rules hold" : $"FAILED: {string.Join("; ", check.Take(3))}";
        var okGreedy = greedyCheck.Count == 0 ? "all rules hold"
            : greedy.Unstaffed > 0 && greedyCheck.All(e => e.Contains("未分配", StringComparison.Ordinal)) ? $"{greedy.Unstaffed} applications unstaffed, other rules hold" : $"FAILED: {string.Join("; ", greedyCheck.Take(3))}";
        var gain = greedy.Total == 0 ? "" : $" (+{(median.Result.TotalAffinity - greedy.Total) * 100.0 / greedy.Total:F1}% over greedy)";
        return $"| {median.Total:F0} ms, {proven} | {median.Build:F0} / {stats.Flow.TotalMilliseconds:F0} / {stats.Proof.TotalMilliseconds:F0} ms | {stats.Rounds}, {stats.Arcs:N0} | {peak:F0} MiB | {median.Result.TotalAffinity:N0}{gain} | {greedy.Total:N0} | {greedyTimes.Order().ElementAt(runs / 2):F0} ms | {okOptimum} / {okGreedy} |";
    }
}
