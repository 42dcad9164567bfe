using Kechuang.Review.Model;

namespace Kechuang.Review;

/// <summary>The baseline a person would do by hand: applications in order, each takes its best free experts (回避, unit
/// and load respected; the required kind first). An application that cannot be filled stays empty.</summary>
public static class GreedyAssigner
{
    public static (List<Panel> Panels, long TotalAffinity, int Unstaffed) Assign(ReviewProblem problem, AssignmentRequest request)
    {
        var k = request.ExpertsPerApplication;
        var kind = problem.KindOf(request.RequiredKind);
        var load = new int[problem.ExpertCount];
        var order = new int[problem.ExpertCount];
        var affinity = new int[problem.ExpertCount];
        var usedUnit = new bool[problem.UnitCount];
        var panels = new List<Panel>();
        long total = 0;
        var unstaffed = 0;
        for (var a = 0; a < problem.ApplicationCount; a++)
        {
            for (var e = 0; e < problem.ExpertCount; e++)
            {
                order[e] = e;
                affinity[e] = -problem.Pair(a, e);
            }

            Array.Sort(affinity, order);
            var chosen = new List<int>();
            if (kind != -1)
            {
                Take(problem, a, order, load, usedUnit, chosen, 1, e => problem.ExpertKind[e] == kind);
            }

            Take(problem, a, order, load, usedUnit, chosen, k, _ => true);
            foreach (var e in chosen)
            {
                usedUnit[problem.ExpertUnit[e]] = false;
            }

            if (chosen.Count < k || (kind != -1 && !chosen.Any(e => problem.ExpertKind[e] == kind)))
            {
                unstaffed++;
                continue;
            }

            foreach (var e in chosen)
            {
                load[e]++;
                total += problem.Pair(a, e);
            }

            panels.Add(new Panel(problem.Applications[a].Id, chosen.Select(e => new PanelMember(problem.Experts[e].Id, problem.Pair(a, e))).ToList()));
        }

        return (panels, total, unstaffed);
    }

    private static void Take(ReviewProblem p, int a, int[] order, int[] load, bool[] usedUnit, List<int> chosen, int upTo, Func<int, bool> fits)
    {
        foreach (var e in order)
        {
            if (chosen.Count >= upTo)
            {
                return;
            }

            if (p.Pair(a, e) >= 0 && load[e] < p.MaxLoad[e] && !usedUnit[p.ExpertUnit[e]] && fits(e))
            {
                usedUnit[p.ExpertUnit[e]] = true;
                chosen.Add(e);
            }
        }
    }
}
