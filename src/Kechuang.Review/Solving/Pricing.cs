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
        Parallel.For(0, slots.Count, () => (Gate: NewFilled(p.UnitCount), Member: new bool[p.ExpertCount]), (s, _, local) =>
        {
            var layer = slots.Layer(s);
            var a = slots.Application(s);
            for (var g = round.GateStart[s]; g < round.GateStart[s + 1]; g++)
            {
                local.Gate[round.GateUnit[g]] = round.GateNode[g];
            }

            foreach (var e in candidates[s])
            {
                local.Member[e] = true;
            }

            var slotPotential = round.Potential[FlowRound.SlotNode(s)];
            List<(int, int)>? found = null;
            long slotGap = 0, count = 0;
            for (var e = 0; e < p.ExpertCount; e++)
            {
                if (local.Member[e] || !slots.Usable(layer, a, e))
                {
                    continue;
                }

                count++;
                var u = p.ExpertUnit[e];
                var gate = local.Gate[u];
                var reduced = -p.Pair(a, e) + (gate >= 0 ? round.Potential[gate] : slotPotential) - round.Potential[FlowRound.ExpertNode(slots, e)];
                if (reduced < 0 && gateAllowed(s, u))
                {
                    (found ??= []).Add((s, e));
                    slotGap -= reduced;
                }
            }

            foreach (var e in candidates[s])
            {
                local.Member[e] = false;
            }

            for (var g = round.GateStart[s]; g < round.GateStart[s + 1]; g++)
            {
                local.Gate[round.GateUnit[g]] = -1;
            }

            lock (sync)
            {
                priced += count;
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

    private static int[] NewFilled(int size)
    {
        var a = new int[size];
        Array.Fill(a, -1);
        return a;
    }
}
