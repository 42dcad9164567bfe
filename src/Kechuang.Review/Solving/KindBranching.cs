namespace Kechuang.Review.Solving;

/// <summary>"At least one expert of kind X": the flow gets a reserved layer (one seat per application that reaches only
/// kind-X experts) beside the general layer (k − 1 seats, any kind). Each layer has its own (application, unit) gates,
/// so the flow alone could seat two experts of one unit — one per layer — when a unit has experts of both kinds. That
/// relaxation is solved exactly; if its optimum breaks the unit rule somewhere, we branch on the first such
/// (application, unit): close that unit to the general layer in one child and to the reserved layer in the other.
/// Best-first on the relaxation's cost, so the first optimum that keeps the rule is optimal for the real problem.</summary>
internal static class KindBranching
{
    public static Exact.Outcome? Solve(Slots slots, Tally stats)
    {
        var p = slots.Problem;
        var open = new PriorityQueue<(HashSet<long> Forbidden, Exact.Outcome Outcome), long>();
        var root = Exact.Solve(slots, [], stats);
        open.Enqueue(([], root), root.Cost);
        Exact.Outcome? incumbent = null;
        for (var nodes = 1; open.TryDequeue(out var node, out _);)
        {
            var clash = FirstClash(slots, node.Outcome.Round);
            if (clash is null || node.Outcome.Round.Unfilled.Any(u => u > 0))
            {
                // Unfilled seats in a proven relaxation mean no full assignment exists in this branch or any better one.
                return node.Outcome;
            }

            var (a, unit) = clash.Value;
            foreach (var layer in new[] { 0, 1 })
            {
                if (nodes++ >= ReviewSolver.MaxBranches)
                {
                    // Out of nodes: the best assignment that keeps every rule, if any, with its distance to the bound.
                    var bound = Math.Min(node.Outcome.Cost, open.TryPeek(out _, out var next) ? next : long.MaxValue);
                    return incumbent is null ? null : incumbent with { Proven = false, Gap = incumbent.Cost - bound };
                }

                var forbidden = new HashSet<long>(node.Forbidden) { Exact.Key(p, (layer * p.ApplicationCount) + a, unit) };
                var child = Exact.Solve(slots, forbidden, stats);
                open.Enqueue((forbidden, child), child.Cost);
                if (child.Proven && FirstClash(slots, child.Round) is null && child.Round.Unfilled.All(u => u == 0)
                    && (incumbent is null || child.Cost < incumbent.Cost))
                {
                    incumbent = child;
                }
            }
        }

        return null;
    }

    private static (int Application, int Unit)? FirstClash(Slots slots, FlowRound round)
    {
        var p = slots.Problem;
        for (var a = 0; a < p.ApplicationCount; a++)
        {
            foreach (var reserved in round.Chosen[p.ApplicationCount + a])
            {
                var unit = p.ExpertUnit[reserved];
                if (round.Chosen[a].Any(e => p.ExpertUnit[e] == unit))
                {
                    return (a, unit);
                }
            }
        }

        return null;
    }
}
