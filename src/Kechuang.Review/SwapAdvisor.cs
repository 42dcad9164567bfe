using Kechuang.Review.Affinity;
using Kechuang.Review.Model;

namespace Kechuang.Review;

/// <summary>Verdict on a manual change; <see cref="Problems"/> are Chinese messages, empty when allowed.</summary>
public sealed record SwapVerdict(bool Allowed, IReadOnlyList<string> Problems, int AffinityChange);

public sealed record Replacement(string ExpertId, int Affinity, string Explanation);

/// <summary>Manual edits after the solve: replacing one expert by another, and proposing a substitute for an expert who
/// declined. Both use the same rules as the solver (AssignmentChecker), applied to the whole assignment.</summary>
public static class SwapAdvisor
{
    public static SwapVerdict Check(ReviewProblem problem, AssignmentRequest request, IReadOnlyList<Panel> panels,
        string applicationId, string outgoingExpertId, string incomingExpertId)
    {
        var a = problem.ApplicationOf(applicationId);
        var outgoing = problem.ExpertOf(outgoingExpertId);
        var incoming = problem.ExpertOf(incomingExpertId);
        var panel = panels.FirstOrDefault(x => x.ApplicationId == applicationId)
            ?? throw new ArgumentException($"申报书 {applicationId} 没有评审组", nameof(applicationId));
        var members = panel.Members.Select(m => problem.ExpertOf(m.ExpertId)).ToList();
        if (!members.Remove(outgoing))
        {
            return new SwapVerdict(false, [$"专家 {outgoingExpertId} 不在申报书 {applicationId} 的评审组中"], 0);
        }

        members.Add(incoming);
        var problems = AssignmentChecker.CheckPanel(problem, request, a, members);
        var load = panels.Count(x => x.ApplicationId != applicationId && x.Members.Any(m => m.ExpertId == incomingExpertId)) + 1;
        if (load > problem.MaxLoad[incoming])
        {
            problems.Add($"专家 {incomingExpertId}：将分配 {load} 份，超过上限 {problem.MaxLoad[incoming]} 份");
        }

        int Score(int e) => Math.Max((int)problem.Pair(a, e), 0);
        return new SwapVerdict(problems.Count == 0, problems, Score(incoming) - Score(outgoing));
    }

    /// <summary>The allowed replacement with the highest affinity, or null when nobody fits.</summary>
    public static Replacement? SuggestReplacement(ReviewProblem problem, AssignmentRequest request, IReadOnlyList<Panel> panels,
        string applicationId, string declinedExpertId)
    {
        var a = problem.ApplicationOf(applicationId);
        var load = new int[problem.ExpertCount];
        foreach (var member in panels.SelectMany(x => x.Members))
        {
            load[problem.ExpertOf(member.ExpertId)]++;
        }

        var panel = panels.First(x => x.ApplicationId == applicationId);
        var best = Enumerable.Range(0, problem.ExpertCount)
            .Where(e => problem.Pair(a, e) >= 0 && load[e] < problem.MaxLoad[e] && problem.Experts[e].Id != declinedExpertId
                && panel.Members.All(m => m.ExpertId != problem.Experts[e].Id))
            .OrderByDescending(e => problem.Pair(a, e)).ThenBy(e => e)
            .FirstOrDefault(e => Check(problem, request, panels, applicationId, declinedExpertId, problem.Experts[e].Id).Allowed, -1);
        if (best < 0)
        {
            return null;
        }

        var (score, explanation) = AffinityMatrix.Explain(problem, problem.Experts[best], problem.Applications[a]);
        return new Replacement(problem.Experts[best].Id, score, explanation);
    }

    /// <summary>Why this expert scores what they do on this application ("领域: 新材料; 关键词: 石墨提纯").</summary>
    public static (int Affinity, string Explanation) Explain(ReviewProblem problem, string expertId, string applicationId) =>
        AffinityMatrix.Explain(problem, problem.Experts[problem.ExpertOf(expertId)], problem.Applications[problem.ApplicationOf(applicationId)]);
}
