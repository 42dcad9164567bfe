using Kechuang.Review;
using Kechuang.Review.Model;

namespace Kechuang.UnitTests.Review;

/// <summary>Random small batches and an exhaustive search over every possible panel combination.</summary>
internal static class SmallBatches
{
    private static readonly string[] Words = ["石墨提纯", "稀土永磁", "光伏组件", "储能电池", "枸杞多糖", "污水处理", "数控机床", "图像识别"];
    private static readonly string[] Fields = ["新材料", "新能源与节能", "电子信息"];

    public static ReviewProblem Random(int seed, int applications, int experts, int units, out ConflictSet conflicts)
    {
        var random = new Random(seed);
        string Pick(string[] from) => from[random.Next(from.Length)];
        var expertList = Enumerable.Range(0, experts).Select(i =>
        {
            var keywords = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Words)).Distinct().ToList();
            return new Expert($"E{i}", $"U{random.Next(units)}", [Pick(Fields)], keywords, "从事" + string.Join("、", keywords) + "研究",
                random.NextDouble() < 0.3 ? "财务" : "技术", random.Next(1, 3));
        }).ToList();
        var applicationList = Enumerable.Range(0, applications).Select(i =>
        {
            var keywords = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(Words)).Distinct().ToList();
            return new Application($"P{i}", $"U{random.Next(units)}", Pick(Fields), keywords, "本项目开展" + string.Join("、", keywords));
        }).ToList();
        conflicts = new ConflictSet();
        foreach (var a in applicationList)
        {
            foreach (var e in expertList.Where(_ => random.NextDouble() < 0.1))
            {
                conflicts.Declare(e.Id, a.Id);
            }
        }

        foreach (var e in expertList.Where(_ => random.NextDouble() < 0.1))
        {
            conflicts.AddEmployment(e.Id, $"U{random.Next(units)}");
        }

        return ReviewProblem.Build(expertList, applicationList, conflicts);
    }

    /// <summary>The best total over every combination of panels that keeps every rule, or null when none does.</summary>
    public static long? BruteForce(ReviewProblem problem, AssignmentRequest request)
    {
        var k = request.ExpertsPerApplication;
        var options = problem.Applications.Select(a => Subsets(problem.Experts.Count, k)
            .Select(s => s.ToList())
            .Where(s => AssignmentChecker.Check(problem, request, [Panel(problem, a, s)]).All(e => e.Contains("未分配", StringComparison.Ordinal) || e.Contains("超过上限", StringComparison.Ordinal)))
            .ToList()).ToList();
        long? best = null;
        var load = new int[problem.Experts.Count];
        void Walk(int a, long total)
        {
            if (a == options.Count)
            {
                best = best is null ? total : Math.Max(best.Value, total);
                return;
            }

            foreach (var subset in options[a])
            {
                if (subset.Any(e => load[e] >= problem.Experts[e].MaxLoad))
                {
                    continue;
                }

                subset.ForEach(e => load[e]++);
                Walk(a + 1, total + subset.Sum(e => (long)Affinity(problem, a, e)));
                subset.ForEach(e => load[e]--);
            }
        }

        Walk(0, 0);
        return best;
    }

    public static int Affinity(ReviewProblem problem, int a, int e) =>
        SwapAdvisor.Explain(problem, problem.Experts[e].Id, problem.Applications[a].Id).Affinity;

    private static Panel Panel(ReviewProblem problem, Application a, List<int> experts) =>
        new(a.Id, experts.Select(e => new PanelMember(problem.Experts[e].Id, 0)).ToList());

    private static IEnumerable<int[]> Subsets(int n, int k, int from = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = from; i <= n - k; i++)
        {
            foreach (var rest in Subsets(n, k - 1, i + 1))
            {
                yield return [i, .. rest];
            }
        }
    }
}
