using Kechuang.Review;
using Kechuang.Review.Model;

using static Kechuang.UnitTests.Review.Batch;

namespace Kechuang.UnitTests.Review;

public sealed class AssignmentRulesTests
{
    [Fact]
    public void At_most_one_expert_per_unit_on_a_panel_even_when_that_unit_has_the_best_experts()
    {
        var problem = Problem(
            [Expert("E1", "大学", 3, "技术", "石墨提纯", "稀土永磁"), Expert("E2", "大学", 3, "技术", "石墨提纯", "稀土永磁"),
             Expert("E3", "研究院", 3, "技术", "光伏组件"), Expert("E4", "企业", 3, "技术")],
            [Application("P1", "申报单位", "石墨提纯", "稀土永磁")]);

        var result = ReviewSolver.Solve(problem, new AssignmentRequest(2));

        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        var members = Members(result, "P1");
        Assert.Single(members, m => m is "E1" or "E2");
        Assert.Contains("E3", members);
    }

    [Fact]
    public void Conflicts_of_every_kind_are_respected()
    {
        var conflicts = new ConflictSet().Declare("E2", "P1", "亲属关系").AddEmployment("E3", "申报单位");
        var problem = Problem(
            [Expert("E1", "申报单位", 3, "技术", "石墨提纯"), Expert("E2", "大学", 3, "技术", "石墨提纯"),
             Expert("E3", "研究院", 3, "技术", "石墨提纯"), Expert("E4", "企业甲"), Expert("E5", "企业乙")],
            [Application("P1", "申报单位", "石墨提纯")], conflicts);

        var result = ReviewSolver.Solve(problem, new AssignmentRequest(2));

        Assert.Equal(["E4", "E5"], Members(result, "P1"));
    }

    [Fact]
    public void Expert_load_limit_holds_and_the_optimum_spreads_the_best_expert()
    {
        var problem = Problem(
            [Expert("E1", "甲", 1, "技术", "石墨提纯", "稀土永磁"), Expert("E2", "乙", 2, "技术", "石墨提纯"), Expert("E3", "丙", 2)],
            [Application("P1", "X", "石墨提纯", "稀土永磁"), Application("P2", "Y", "石墨提纯")]);
        var request = new AssignmentRequest(2);

        var result = ReviewSolver.Solve(problem, request);

        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        Assert.Single(result.Panels.SelectMany(p => p.Members), m => m.ExpertId == "E1");
        Assert.Empty(AssignmentChecker.Check(problem, request, result.Panels));
    }

    [Fact]
    public void Too_few_usable_experts_is_reported_per_application_and_nothing_is_assigned()
    {
        var conflicts = new ConflictSet().Declare("E3", "P2");
        var problem = Problem(
            [Expert("E1", "甲"), Expert("E2", "乙"), Expert("E3", "丙"), Expert("E4", "丙")],
            [Application("P1", "X"), Application("P2", "甲")], conflicts);

        var result = ReviewSolver.Solve(problem, new AssignmentRequest(3));

        Assert.Equal(AssignmentStatus.Infeasible, result.Status);
        Assert.Empty(result.Panels);
        var shortage = Assert.Single(result.Shortages);
        Assert.Equal("P2", shortage.ApplicationId);
        Assert.StartsWith("申报书 P2：可用专家不足（需要 3 名，排除回避与同单位后仅 2 名", shortage.Message);
    }

    [Fact]
    public void Shared_experts_running_out_of_load_is_reported_without_partial_assignment()
    {
        // Each application alone has three units to draw from, but together they need 6 reviews from 4 slots of load.
        var problem = Problem(
            [Expert("E1", "甲", 1), Expert("E2", "乙", 1), Expert("E3", "丙", 1), Expert("E4", "丁", 1)],
            [Application("P1", "X"), Application("P2", "Y")]);

        var result = ReviewSolver.Solve(problem, new AssignmentRequest(3, CandidatesPerApplication: 1));

        Assert.Equal(AssignmentStatus.Infeasible, result.Status);
        Assert.Empty(result.Panels);
        Assert.Contains(result.Shortages, s => s.Message.Contains("少于所需 6 人次", StringComparison.Ordinal));
    }

    [Fact]
    public void Required_kind_puts_a_finance_expert_on_every_panel()
    {
        var problem = Problem(
            [Expert("T1", "甲", 2, "技术", "石墨提纯"), Expert("T2", "乙", 2, "技术", "石墨提纯"), Expert("T3", "丙", 2, "技术", "石墨提纯"),
             Expert("F1", "丁", 1, "财务"), Expert("F2", "甲", 1, "财务")],
            [Application("P1", "X", "石墨提纯"), Application("P2", "Y", "石墨提纯")]);
        var request = new AssignmentRequest(3, "财务");

        var result = ReviewSolver.Solve(problem, request);

        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        Assert.Empty(AssignmentChecker.Check(problem, request, result.Panels));
        Assert.All(result.Panels, p => Assert.Single(p.Members, m => m.ExpertId.StartsWith('F')));
    }

    [Fact]
    public void Required_kind_from_a_unit_that_also_has_the_best_technical_expert_is_resolved_by_branching()
    {
        // The two-layer flow alone would seat F1 (reserved seat) and T1 (general seat), both from 甲.
        var problem = Problem(
            [Expert("T1", "甲", 1, "技术", "石墨提纯", "稀土永磁"), Expert("F1", "甲", 1, "财务"), Expert("T2", "乙", 1, "技术", "石墨提纯")],
            [Application("P1", "X", "石墨提纯", "稀土永磁")]);
        var request = new AssignmentRequest(2, "财务");

        var result = ReviewSolver.Solve(problem, request);

        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        Assert.Equal(["F1", "T2"], Members(result, "P1"));
        Assert.True(result.Statistics.Rounds >= 2);
    }

    [Fact]
    public void Required_kind_missing_is_reported()
    {
        var problem = Problem([Expert("T1", "甲"), Expert("T2", "乙"), Expert("F1", "X", 1, "财务")], [Application("P1", "X")]);

        var result = ReviewSolver.Solve(problem, new AssignmentRequest(2, "财务"));

        Assert.Equal(AssignmentStatus.Infeasible, result.Status);
        Assert.Equal("申报书 P1：可用财务专家不足（需要至少 1 名，排除回避与同单位后为 0 名）", Assert.Single(result.Shortages).Message);
    }

    [Fact]
    public void Affinity_is_explained_per_pair()
    {
        var problem = Problem([Expert("E1", "甲", 3, "技术", "石墨提纯", "稀土永磁")], [Application("P1", "X", "石墨提纯")]);

        var (affinity, explanation) = SwapAdvisor.Explain(problem, "E1", "P1");

        Assert.StartsWith("领域: 新材料; 关键词: 石墨提纯; 文本相似度", explanation);
        Assert.True(affinity > 40);
    }
}
