namespace Kechuang.Review.Solving;

/// <summary>Node potentials that certify an optimal flow: shortest distances in the residual graph from a virtual root
/// joined to every node at cost 0. An optimal flow leaves no negative cycle, so they exist, and every residual arc then
/// has reduced cost c + π(tail) − π(head) ≥ 0. Pricing an excluded arc with the same π tells whether adding it could
/// improve the flow.</summary>
internal static class Potentials
{
    /// <param name="towardsSink">Use minus the shortest distance from each node to a virtual sink (every node joined to it
    /// at cost 0) instead: also valid, and tighter for pricing, because an idle expert then sits at the price of the
    /// sink rather than at 0, and a gate at the value of its best alternative.</param>
    public static void ShortestDistances(int nodes, ArcList arcs, long[] flow, long[] distance, bool towardsSink)
    {
        // Towards the sink: search the reversed residual graph, then negate.
        int From(int i, bool forward) => forward != towardsSink ? arcs.Tail[i] : arcs.Head[i];
        int To(int i, bool forward) => forward != towardsSink ? arcs.Head[i] : arcs.Tail[i];
        long Cost(int i, bool forward) => forward ? arcs.Cost[i] : -arcs.Cost[i];
        // Residual arcs in CSR form: forward while flow < capacity, backward while flow > 0.
        var degree = new int[nodes + 1];
        for (var i = 0; i < arcs.Count; i++)
        {
            if (flow[i] < arcs.Capacity[i])
            {
                degree[From(i, true) + 1]++;
            }

            if (flow[i] > 0)
            {
                degree[From(i, false) + 1]++;
            }
        }

        for (var v = 0; v < nodes; v++)
        {
            degree[v + 1] += degree[v];
        }

        var fill = degree[..nodes];
        var head = new int[degree[nodes]];
        var cost = new long[degree[nodes]];
        for (var i = 0; i < arcs.Count; i++)
        {
            if (flow[i] < arcs.Capacity[i])
            {
                var at = fill[From(i, true)]++;
                head[at] = To(i, true);
                cost[at] = Cost(i, true);
            }

            if (flow[i] > 0)
            {
                var at = fill[From(i, false)]++;
                head[at] = To(i, false);
                cost[at] = Cost(i, false);
            }
        }

        // SPFA (queue-based Bellman–Ford): every node starts at 0, the virtual root's arc.
        Array.Clear(distance);
        var queue = new int[nodes + 1];
        var queued = new bool[nodes];
        int first = 0, count = nodes;
        for (var v = 0; v < nodes; v++)
        {
            queue[v] = v;
            queued[v] = true;
        }

        long relaxations = 0;
        var limit = (long)nodes * Math.Max(1, head.Length);
        while (count > 0)
        {
            var v = queue[first];
            first = first == nodes ? 0 : first + 1;
            count--;
            queued[v] = false;
            for (var j = degree[v]; j < degree[v + 1]; j++)
            {
                var d = distance[v] + cost[j];
                var w = head[j];
                if (d < distance[w])
                {
                    distance[w] = d;
                    if (!queued[w])
                    {
                        queued[w] = true;
                        var at = first + count;
                        queue[at > nodes ? at - nodes - 1 : at] = w;
                        count++;
                    }
                }
            }

            if (++relaxations > limit)
            {
                throw new InvalidOperationException("残量网络存在负环：流不是最优的");
            }
        }

        if (towardsSink)
        {
            for (var v = 0; v < nodes; v++)
            {
                distance[v] = -distance[v];
            }
        }
    }
}
