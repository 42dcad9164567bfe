using System.Diagnostics;

namespace Kechuang.Review.Solving;

/// <summary>Flow on the candidates, price everything else, add what prices negative, repeat until nothing does.
/// The candidate set only grows, so this ends; <see cref="ReviewSolver.MaxRounds"/> bounds it in practice.</summary>
internal static class Exact
{
    public sealed record Outcome(FlowRound Round, long Cost, bool Proven, long Gap);

    /// <param name="forbidden">(slot, unit) gates the branch-and-bound has closed; empty without a required kind.</param>
    public static Outcome Solve(Slots slots, HashSet<long> forbidden, Tally stats)
    {
        var p = slots.Problem;
        bool Allowed(int s, int u) => forbidden.Count == 0 || !forbidden.Contains(Key(p, s, u));
        var width = slots.Candidates;
        var candidates = Candidates.Best(slots, Allowed, width);
        for (var round = 1; ; round++)
        {
            var clock = Stopwatch.StartNew();
            var flow = FlowRound.Solve(slots, candidates);
            stats.Flow += clock.Elapsed - flow.PotentialTime;
            clock.Restart();
            var (negative, gap, priced) = Pricing.Price(slots, candidates, flow, Allowed);
            stats.Proof += clock.Elapsed + flow.PotentialTime;
            stats.Rounds++;
            stats.Arcs = flow.Arcs;
            stats.Priced += priced;
            var cost = Cost(slots, flow);
            if (flow.Unfilled.Any(u => u > 0))
            {
                // Seats left empty: either the candidates are too thin or the batch cannot be staffed. Only the flow
                // over every usable pair can tell: double the candidates until they are all of them; empty seats
                // then are a proof.
                if (width >= p.ExpertCount)
                {
                    return new Outcome(flow, cost, true, 0);
                }

                width = (int)Math.Min(2L * width, p.ExpertCount);
                candidates = Candidates.Best(slots, Allowed, width);
                continue;
            }

            if (negative.Count == 0 || round == ReviewSolver.MaxRounds)
            {
                return new Outcome(flow, cost, negative.Count == 0, gap);
            }

            stats.Added += negative.Count;
            foreach (var (s, e) in negative)
            {
                candidates[s].Add(e);
            }
        }
    }

    public static long Key(ReviewProblem p, int slot, int unit) => ((long)slot * p.UnitCount) + unit;

    /// <summary>Empty seats first (they make the branch infeasible), then −affinity: the branch-and-bound order.</summary>
    private static long Cost(Slots slots, FlowRound flow)
    {
        var p = slots.Problem;
        long cost = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            var a = slots.Application(s);
            cost += flow.Unfilled[s] * (long)int.MaxValue;
            foreach (var e in flow.Chosen[s])
            {
                cost -= p.Pair(a, e);
            }
        }

        return cost;
    }
}
