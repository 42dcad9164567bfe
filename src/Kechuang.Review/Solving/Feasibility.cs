using Kechuang.Review.Model;

namespace Kechuang.Review.Solving;

/// <summary>Shortages visible per application before any flow: fewer usable units than panel seats (one expert per
/// unit, so experts of one unit count once), or no usable expert of the required kind.</summary>
internal static class Feasibility
{
    public static List<Shortage> Local(Slots slots)
    {
        var p = slots.Problem;
        var found = new Shortage?[p.ApplicationCount];
        Parallel.For(0, p.ApplicationCount, () => new bool[p.UnitCount], (a, _, seen) =>
        {
            Array.Clear(seen);
            int units = 0, experts = 0, ofKind = 0;
            var row = p.Affinity.AsSpan((int)((long)a * p.ExpertCount), p.ExpertCount);
            for (var e = 0; e < row.Length; e++)
            {
                if (row[e] < 0 || p.MaxLoad[e] == 0)
                {
                    continue;
                }

                experts++;
                if (p.ExpertKind[e] == slots.RequiredKind)
                {
                    ofKind++;
                }

                if (!seen[p.ExpertUnit[e]])
                {
                    seen[p.ExpertUnit[e]] = true;
                    units++;
                }
            }

            var id = p.Applications[a].Id;
            if (units < slots.K)
            {
                var perUnit = experts > units ? $"，且同一单位至多 1 名：{experts} 名来自 {units} 个单位" : "";
                found[a] = new Shortage(id, $"申报书 {id}：可用专家不足（需要 {slots.K} 名，排除回避与同单位后仅 {units} 名{perUnit}）");
            }
            else if (slots.Layers == 2 && ofKind == 0)
            {
                found[a] = new Shortage(id, $"申报书 {id}：可用{slots.RequiredKindName}专家不足（需要至少 1 名，排除回避与同单位后为 0 名）");
            }

            return seen;
        }, _ => { });
        var shortages = found.OfType<Shortage>().ToList();
        return shortages;
    }

    /// <summary>The flow proved that these applications cannot all be staffed together: the experts they could use
    /// are taken up to their load limits by the other applications (or the whole pool's load is too small).</summary>
    public static List<Shortage> Global(Slots slots, int[] unfilledByApplication)
    {
        var p = slots.Problem;
        long capacity = p.MaxLoad.Sum(m => (long)m);
        long needed = (long)slots.K * p.ApplicationCount;
        var pool = capacity < needed ? $"；全部专家评审上限合计 {capacity} 人次，少于所需 {needed} 人次" : "";
        var shortages = new List<Shortage>();
        for (var a = 0; a < p.ApplicationCount; a++)
        {
            if (unfilledByApplication[a] > 0)
            {
                var id = p.Applications[a].Id;
                shortages.Add(new Shortage(id,
                    $"申报书 {id}：可用专家不足（需要 {slots.K} 名，与其他申报书共用的专家已达评审上限，最多只能安排 {slots.K - unfilledByApplication[a]} 名{pool}）"));
            }
        }

        return shortages;
    }
}
