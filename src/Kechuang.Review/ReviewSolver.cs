using System.Diagnostics;

using Kechuang.Review.Model;
using Kechuang.Review.Solving;

namespace Kechuang.Review;

/// <summary>Maximises total affinity: every application gets exactly k experts, no 回避 pair, at most one expert per
/// unit per application, no expert above their load, and (optionally) at least one expert of a required kind.
/// Nothing is assigned unless every application can be staffed.</summary>
public static class ReviewSolver
{
    /// <summary>Stop the pricing loop after this many flows and report the gap instead of a proof.</summary>
    public const int MaxRounds = 40;

    /// <summary>Branch-and-bound nodes allowed for the required-kind option (see <see cref="KindBranching"/>).</summary>
    public const int MaxBranches = 256;

    public static AssignmentResult Solve(ReviewProblem problem, AssignmentRequest request)
    {
        var clock = Stopwatch.StartNew();
        var slots = new Slots(problem, request);
        var stats = new Tally();
        var local = Feasibility.Local(slots);
        if (local.Count > 0)
        {
            return Infeasible(local, stats, clock);
        }

        var outcome = slots.Layers == 1 ? Exact.Solve(slots, [], stats) : KindBranching.Solve(slots, stats);
        if (outcome is null)
        {
            return new AssignmentResult(AssignmentStatus.NotProven, [], 0, 0,
                [new Shortage("", $"在 {MaxBranches} 个分支内未找到满足同单位回避的方案")], stats.Finish(clock));
        }

        var unfilled = new int[problem.ApplicationCount];
        for (var s = 0; s < slots.Count; s++)
        {
            unfilled[slots.Application(s)] += outcome.Round.Unfilled[s];
        }

        if (unfilled.Any(u => u > 0))
        {
            // A proven optimum that still uses a BigM arc means no complete assignment exists; unproven, we cannot say.
            return outcome.Proven
                ? Infeasible(Feasibility.Global(slots, unfilled), stats, clock)
                : new AssignmentResult(AssignmentStatus.NotProven, [], 0, outcome.Gap, Feasibility.Global(slots, unfilled), stats.Finish(clock));
        }

        var panels = Panels(slots, outcome.Round);
        return new AssignmentResult(
            outcome.Proven ? AssignmentStatus.Optimal : AssignmentStatus.NotProven,
            panels,
            panels.Sum(panel => panel.Members.Sum(m => (long)m.Affinity)),
            outcome.Gap,
            [],
            stats.Finish(clock));
    }

    internal static List<Panel> Panels(Slots slots, FlowRound round)
    {
        var p = slots.Problem;
        var panels = new List<Panel>(p.ApplicationCount);
        for (var a = 0; a < p.ApplicationCount; a++)
        {
            var members = new List<PanelMember>();
            for (var layer = 0; layer < slots.Layers; layer++)
            {
                members.AddRange(round.Chosen[(layer * p.ApplicationCount) + a].Select(e => new PanelMember(p.Experts[e].Id, p.Pair(a, e))));
            }

            panels.Add(new Panel(p.Applications[a].Id, [.. members.OrderByDescending(m => m.Affinity)]));
        }

        return panels;
    }

    private static AssignmentResult Infeasible(List<Shortage> shortages, Tally stats, Stopwatch clock) =>
        new(AssignmentStatus.Infeasible, [], 0, 0, shortages, stats.Finish(clock));
}

/// <summary>Counters shared by the rounds of one solve.</summary>
internal sealed class Tally
{
    public int Rounds { get; set; }

    public int Arcs { get; set; }

    public long Priced { get; set; }

    public int Added { get; set; }

    public TimeSpan Flow { get; set; }

    public TimeSpan Proof { get; set; }

    public SolveStatistics Finish(Stopwatch clock) => new(Rounds, Arcs, Priced, Added, Flow, Proof, clock.Elapsed);
}
