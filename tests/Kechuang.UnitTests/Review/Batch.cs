using Kechuang.Review;
using Kechuang.Review.Model;

namespace Kechuang.UnitTests.Review;

/// <summary>Hand-written batches: every expert shares the application's field, so the ranking is driven by keywords.</summary>
internal static class Batch
{
    public static Expert Expert(string id, string unit, int maxLoad = 3, string kind = "技术", params string[] keywords) =>
        new(id, unit, ["新材料"], keywords, "从事" + string.Join("、", keywords) + "研究", kind, maxLoad);

    public static Application Application(string id, string unit, params string[] keywords) =>
        new(id, unit, "新材料", keywords, "本项目开展" + string.Join("、", keywords));

    public static ReviewProblem Problem(IReadOnlyList<Expert> experts, IReadOnlyList<Application> applications, ConflictSet? conflicts = null) =>
        ReviewProblem.Build(experts, applications, conflicts ?? new ConflictSet());

    public static string[] Members(AssignmentResult result, string application) =>
        [.. result.Panels.Single(p => p.ApplicationId == application).Members.Select(m => m.ExpertId).Order()];
}
