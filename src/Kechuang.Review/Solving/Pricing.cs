namespace Kechuang.Review.Solving;

/// <summary>Prices every usable pair left out of the flow against the round's potentials. An excluded arc gate → expert
/// has reduced cost −affinity + π(gate) − π(expert); a gate not yet built would have π = π(slot) (its only way in is the
/// slot's cost-0 arc). If none is negative the potentials certify the flow optimal over all pairs; otherwise the negative
/// ones are returned, and their sum bounds how much affinity the current flow can be short of the optimum.</summary>
internal static class Pricing
{
    public static (List<(int Slot, int Expert)> Negative, long Gap, long Priced) Price(
        Slots slots, List<int>[] candidates, FlowRound round, Func<int, int, bool> gateAllowed)
    {
        var p = slots.Problem;
        var negative = new List<(int, int)>();
        long gap = 0, priced = 0;
        var sync = new Lock();
        var n = p.ExpertCount;
        var expertPotential = new long[n];
        Array.Copy(round.Potential, FlowRound.ExpertNode(slots, 0), expertPotential, 0, n);
        Parallel.For(0, slots.Count, () => (Gate: new long[p.UnitCount], Member: new bool[n]), (s, _, local) =>
        {
            var layer = slots.Layer(s);
            var a = slots.Application(s);
            // Gate potential per unit: π(slot) where no gate was built, the gate's own where one was.
            Array.Fill(local.Gate, round.Potential[FlowRound.SlotNode(s)]);
            for (var g = round.GateStart[s]; g < round.GateStart[s + 1]; g++)
            {
                local.Gate[round.GateUnit[g]] = round.GatePotential[g];
            }

            foreach (var e in candidates[s])
            {
                local.Member[e] = true;
            }

            List<(int, int)>? found = null;
            long slotGap = 0;
            var row = p.Affinity.AsSpan((int)((long)a * n), n);
            var units = p.ExpertUnit;
            for (var e = 0; e < row.Length; e++)
            {
                // The hot loop: 30 M pairs per round at 10,000 × 3,000; the rarely true tests come last.
                int affinity = row[e];
                var reduced = -affinity + local.Gate[units[e]] - expertPotential[e];
                if (reduced < 0 && affinity >= 0 && !local.Member[e] && slots.Usable(layer, a, e) && gateAllowed(s, units[e]))
                {
                    (found ??= []).Add((s, e));
                    slotGap -= reduced;
                }
            }

            foreach (var e in candidates[s])
            {
                local.Member[e] = false;
            }

            lock (sync)
            {
                priced += n - candidates[s].Count;
                gap += slotGap;
                if (found is not null)
                {
                    negative.AddRange(found);
                }
            }

            return local;
        }, _ => { });
        return (negative, gap, priced);
    }
}
