using Kechuang.Review.Model;

namespace Kechuang.Review;

/// <summary>Checks panels against every rule, independently of how they were made (solver, greedy, manual edits).
/// Returns one Chinese message per violation; empty means the assignment is valid.</summary>
public static class AssignmentChecker
{
    public static List<string> Check(ReviewProblem problem, AssignmentRequest request, IReadOnlyList<Panel> panels)
    {
        var errors = new List<string>();
        var load = new int[problem.ExpertCount];
        var seen = new HashSet<string>();
        foreach (var panel in panels)
        {
            var a = problem.ApplicationOf(panel.ApplicationId);
            seen.Add(panel.ApplicationId);
            var experts = panel.Members.Select(m => problem.ExpertOf(m.ExpertId)).ToList();
            foreach (var e in experts)
            {
                load[e]++;
            }

            errors.AddRange(CheckPanel(problem, request, a, experts));
        }

        foreach (var application in problem.Applications.Where(x => !seen.Contains(x.Id)))
        {
            errors.Add($"申报书 {application.Id}：未分配专家");
        }

        for (var e = 0; e < problem.ExpertCount; e++)
        {
            if (load[e] > problem.MaxLoad[e])
            {
                errors.Add($"专家 {problem.Experts[e].Id}：分配 {load[e]} 份，超过上限 {problem.MaxLoad[e]} 份");
            }
        }

        return errors;
    }

    /// <summary>The rules of one panel: size, no duplicate, 回避, one per unit, required kind.</summary>
    internal static List<string> CheckPanel(ReviewProblem problem, AssignmentRequest request, int a, IReadOnlyList<int> experts)
    {
        var errors = new List<string>();
        var application = problem.Applications[a];
        if (experts.Count != request.ExpertsPerApplication)
        {
            errors.Add($"申报书 {application.Id}：需要 {request.ExpertsPerApplication} 名专家，实际 {experts.Count} 名");
        }

        if (experts.Distinct().Count() != experts.Count)
        {
            errors.Add($"申报书 {application.Id}：同一专家重复分配");
        }

        foreach (var e in experts)
        {
            if (problem.Conflicts.Reason(problem.Experts[e], application) is { } reason)
            {
                errors.Add($"申报书 {application.Id}：专家 {problem.Experts[e].Id} 须回避（{reason}）");
            }
        }

        foreach (var unit in experts.GroupBy(e => problem.Experts[e].UnitId).Where(g => g.Count() > 1))
        {
            errors.Add($"申报书 {application.Id}：{unit.Count()} 名专家来自同一单位 {unit.Key}");
        }

        if (request.RequiredKind is { } kind && !experts.Any(e => problem.Experts[e].Kind == kind))
        {
            errors.Add($"申报书 {application.Id}：缺少{kind}专家");
        }

        return errors;
    }
}
