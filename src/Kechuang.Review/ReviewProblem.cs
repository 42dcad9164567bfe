using Kechuang.Review.Affinity;
using Kechuang.Review.Model;

namespace Kechuang.Review;

/// <summary>A batch compiled for solving: experts, applications and units as dense indexes, and the affinity of every
/// (application, expert) pair in one matrix, −1 where 回避 forbids the pair. Build it once per batch; solving, the
/// greedy baseline, the swap check and the constraint check all read it.</summary>
public sealed class ReviewProblem
{
    /// <summary>Matrix value of a pair that 回避 forbids.</summary>
    internal const short Forbidden = -1;

    private readonly Dictionary<string, int> expertIndex;
    private readonly Dictionary<string, int> applicationIndex;

    private ReviewProblem(IReadOnlyList<Expert> experts, IReadOnlyList<Application> applications, ConflictSet conflicts, AffinityWeights weights)
    {
        Experts = experts;
        Applications = applications;
        Conflicts = conflicts;
        Weights = weights;
        expertIndex = Index(experts.Select(e => e.Id), "专家");
        applicationIndex = Index(applications.Select(a => a.Id), "申报书");
        var units = new Dictionary<string, int>();
        ExpertUnit = experts.Select(e => Intern(units, e.UnitId)).ToArray();
        ApplicantUnit = applications.Select(a => Intern(units, a.ApplicantUnitId)).ToArray();
        UnitCount = units.Count;
        MaxLoad = experts.Select(e => Math.Max(0, e.MaxLoad)).ToArray();
        var kinds = new Dictionary<string, int>();
        ExpertKind = experts.Select(e => Intern(kinds, e.Kind)).ToArray();
        KindIndex = kinds;
        Affinity = AffinityMatrix.Build(this);
    }

    public IReadOnlyList<Expert> Experts { get; }

    public IReadOnlyList<Application> Applications { get; }

    public ConflictSet Conflicts { get; }

    public AffinityWeights Weights { get; }

    internal int ExpertCount => Experts.Count;

    internal int ApplicationCount => Applications.Count;

    internal int UnitCount { get; }

    internal int[] ExpertUnit { get; }

    internal int[] ApplicantUnit { get; }

    internal int[] MaxLoad { get; }

    internal int[] ExpertKind { get; }

    internal IReadOnlyDictionary<string, int> KindIndex { get; }

    /// <summary>Row-major [application × expert]; <see cref="Forbidden"/> marks a 回避 pair.</summary>
    internal short[] Affinity { get; }

    public static ReviewProblem Build(IReadOnlyList<Expert> experts, IReadOnlyList<Application> applications, ConflictSet conflicts, AffinityWeights? weights = null) =>
        new(experts, applications, conflicts, weights ?? AffinityWeights.Default);

    internal short Pair(int application, int expert) => Affinity[((long)application * ExpertCount) + expert];

    internal int ExpertOf(string id) =>
        expertIndex.TryGetValue(id, out var i) ? i : throw new ArgumentException($"未知专家 {id}", nameof(id));

    internal int ApplicationOf(string id) =>
        applicationIndex.TryGetValue(id, out var i) ? i : throw new ArgumentException($"未知申报书 {id}", nameof(id));

    /// <summary>The kind index of <paramref name="kind"/>, or −1 when no expert has it (then nobody can fill the slot).</summary>
    internal int KindOf(string? kind) => kind is null ? -1 : KindIndex.GetValueOrDefault(kind, -2);

    private static Dictionary<string, int> Index(IEnumerable<string> ids, string what)
    {
        var index = new Dictionary<string, int>();
        foreach (var id in ids)
        {
            if (!index.TryAdd(id, index.Count))
            {
                throw new ArgumentException($"{what}编号重复：{id}");
            }
        }

        return index;
    }

    private static int Intern(Dictionary<string, int> table, string key)
    {
        if (!table.TryGetValue(key, out var i))
        {
            i = table.Count;
            table.Add(key, i);
        }

        return i;
    }
}
