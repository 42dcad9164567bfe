using Google.OrTools.Graph;

namespace Kechuang.Review.Solving;

/// <summary>One min-cost flow over the current candidate pairs: slot → (slot, unit) gate (cap 1: one expert per unit per
/// application) → expert (cap 1) → sink (cap max load), cost −affinity. Each slot also has an arc straight to the sink at
/// cost BigM, so the flow is always feasible; flow on it in a proven optimum means the batch cannot be staffed.
/// After solving, node potentials (shortest distances in the residual graph) are kept for pricing excluded pairs.</summary>
internal sealed class FlowRound
{
    private FlowRound(int nodes) => Potential = new long[nodes];

    public long[] Potential { get; }

    /// <summary>Gates of slot s are GateUnit/GateNode[GateStart[s] .. GateStart[s + 1]).</summary>
    public int[] GateStart { get; private init; } = [];

    public int[] GateUnit { get; private init; } = [];

    /// <summary>The gate's node, or −1 when the unit has a single candidate and its pair arc leaves the slot directly.</summary>
    public int[] GateNode { get; private init; } = [];

    /// <summary>Potential of each gate, real or collapsed, for pricing.</summary>
    public long[] GatePotential { get; private init; } = [];

    public int[][] Chosen { get; private init; } = [];

    public int[] Unfilled { get; private init; } = [];

    public int Arcs { get; private init; }

    /// <summary>Time spent on the potentials (part of the proof, not of the flow).</summary>
    public TimeSpan PotentialTime { get; private set; }

    public static int ExpertNode(Slots slots, int expert) => slots.Count + expert;

    public static int SlotNode(int slot) => slot;

    public static FlowRound Solve(Slots slots, List<int>[] candidates)
    {
        var p = slots.Problem;
        var sink = slots.Count + p.ExpertCount;
        var arcs = new ArcList(slots.Count * (slots.Candidates * 2 + 1) + p.ExpertCount);
        var gateStart = new int[slots.Count + 1];
        var gateUnit = new List<int>();
        var gateNode = new List<int>();
        var gateArc = new List<int>();
        var nextNode = sink + 1;
        var unitGate = new int[p.UnitCount];
        var perUnit = new int[p.UnitCount];
        Array.Fill(unitGate, -1);
        var pairArcs = new List<(int Slot, int Expert, int Arc)>();
        for (var s = 0; s < slots.Count; s++)
        {
            var a = slots.Application(s);
            gateStart[s] = gateUnit.Count;
            foreach (var e in candidates[s])
            {
                perUnit[p.ExpertUnit[e]]++;
            }

            foreach (var e in candidates[s])
            {
                var u = p.ExpertUnit[e];
                if (perUnit[u] == 1)
                {
                    // A unit with one candidate needs no gate: the pair arc already has capacity 1. Pricing still
                    // knows the potential such a gate would have (GatePotential).
                    var direct = arcs.Add(s, ExpertNode(slots, e), 1, -p.Pair(a, e));
                    pairArcs.Add((s, e, direct));
                    gateUnit.Add(u);
                    gateNode.Add(-1);
                    gateArc.Add(direct);
                    continue;
                }

                if (unitGate[u] < 0)
                {
                    unitGate[u] = nextNode++;
                    gateUnit.Add(u);
                    gateNode.Add(unitGate[u]);
                    gateArc.Add(arcs.Add(s, unitGate[u], 1, 0));
                }

                pairArcs.Add((s, e, arcs.Add(unitGate[u], ExpertNode(slots, e), 1, -p.Pair(a, e))));
            }

            foreach (var e in candidates[s])
            {
                perUnit[p.ExpertUnit[e]] = 0;
                unitGate[p.ExpertUnit[e]] = -1;
            }
        }

        gateStart[slots.Count] = gateUnit.Count;
        for (var e = 0; e < p.ExpertCount; e++)
        {
            arcs.Add(ExpertNode(slots, e), sink, p.MaxLoad[e], 0);
        }

        var flow = arcs.Solve(nextNode, slots, sink);
        var chosen = new List<int>[slots.Count];
        var unfilled = new int[slots.Count];
        for (var s = 0; s < slots.Count; s++)
        {
            unfilled[s] = slots.Supply(slots.Layer(s));
        }

        foreach (var (s, e, arc) in pairArcs)
        {
            if (flow[arc] > 0)
            {
                (chosen[s] ??= []).Add(e);
                unfilled[s]--;
            }
        }

        var round = new FlowRound(nextNode)
        {
            GateStart = gateStart,
            GateUnit = [.. gateUnit],
            GateNode = [.. gateNode],
            GatePotential = new long[gateNode.Count],
            Chosen = chosen.Select(c => c?.ToArray() ?? []).ToArray(),
            Unfilled = unfilled,
            Arcs = arcs.Count,
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Potentials.ShortestDistances(nextNode, arcs, flow, round.Potential);
        for (var g = 0; g < gateNode.Count; g++)
        {
            var arc = gateArc[g];
            // Collapsed gate: the largest potential that keeps the split arcs slot → gate → expert non-negative:
            // affinity + π(expert) when the pair is used, π(slot) when it is not.
            round.GatePotential[g] = gateNode[g] >= 0 ? round.Potential[gateNode[g]]
                : flow[arc] > 0 ? -arcs.Cost[arc] + round.Potential[arcs.Head[arc]] : round.Potential[arcs.Tail[arc]];
        }

        round.PotentialTime = clock.Elapsed;
        return round;
    }
}

/// <summary>Arcs kept on our side too: OR-Tools does not expose its potentials, so the residual graph is rebuilt here.</summary>
internal sealed class ArcList(int capacity)
{
    public List<int> Tail { get; } = new(capacity);

    public List<int> Head { get; } = new(capacity);

    public List<long> Capacity { get; } = new(capacity);

    public List<long> Cost { get; } = new(capacity);

    public int Count => Tail.Count;

    public int Add(int tail, int head, long capacity, long cost)
    {
        Tail.Add(tail);
        Head.Add(head);
        Capacity.Add(capacity);
        Cost.Add(cost);
        return Tail.Count - 1;
    }

    public long[] Solve(int nodes, Slots slots, int sink)
    {
        using var solver = new MinCostFlow(nodes, Count);
        for (var i = 0; i < Count; i++)
        {
            solver.AddArcWithCapacityAndUnitCost(Tail[i], Head[i], Capacity[i], Cost[i]);
        }

        long total = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            var supply = slots.Supply(slots.Layer(s));
            solver.SetNodeSupply(s, supply);
            total += supply;
        }

        solver.SetNodeSupply(sink, -total);
        var status = solver.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            // A max flow always exists, so anything else is a modelling or overflow error.
            throw new InvalidOperationException($"最小费用流求解失败：{status}");
        }

        var flow = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            flow[i] = solver.Flow(i);
        }

        return flow;
    }
}
