namespace Kechuang.Review.Solving;

/// <summary>The first flow is built on each slot's best N usable experts; pricing adds more when the proof asks for them.</summary>
internal static class Candidates
{
    public static List<int>[] Best(Slots slots, Func<int, int, bool> gateAllowed, int n)
    {
        var p = slots.Problem;
        var result = new List<int>[slots.Count];
        Parallel.For(0, slots.Count, s =>
        {
            var layer = slots.Layer(s);
            var a = slots.Application(s);
            // A small sorted buffer: (affinity desc, index asc); N is a few dozen, so insertion beats a heap.
            var best = new List<(int Affinity, int Expert)>(n + 1);
            var row = p.Affinity.AsSpan((int)((long)a * p.ExpertCount), p.ExpertCount);
            for (var e = 0; e < row.Length; e++)
            {
                // Cheapest test first: most experts cannot beat the N-th best so far.
                int affinity = row[e];
                if ((best.Count == n && affinity <= best[^1].Affinity) || !slots.Usable(layer, a, e))
                {
                    continue;
                }

                if (!gateAllowed(s, p.ExpertUnit[e]))
                {
                    continue;
                }

                var at = best.Count;
                while (at > 0 && best[at - 1].Affinity < affinity)
                {
                    at--;
                }

                best.Insert(at, (affinity, e));
                if (best.Count > n)
                {
                    best.RemoveAt(n);
                }
            }

            result[s] = best.Select(b => b.Expert).ToList();
        });
        return result;
    }
}
