using Kechuang.Review;
using Kechuang.Review.Model;

using static Kechuang.UnitTests.Review.Batch;

namespace Kechuang.UnitTests.Review;

public sealed class SwapTests
{
    private static readonly AssignmentRequest Request = new(2);

    private static (ReviewProblem Problem, IReadOnlyList<Panel> Panels) Assigned()
    {
        var conflicts = new ConflictSet().Declare("E5", "P1");
        var problem = Problem(
            [Expert("E1", "甲", 2, "技术", "石墨提纯"), Expert("E2", "乙", 2, "技术", "石墨提纯"), Expert("E3", "甲", 2, "技术", "稀土永磁"),
             Expert("E4", "丙", 1, "技术", "稀土永磁"), Expert("E5", "丁", 2, "技术", "石墨提纯"), Expert("E6", "戊", 2)],
            [Application("P1", "X", "石墨提纯"), Application("P2", "Y", "稀土永磁")], conflicts);
        var result = ReviewSolver.Solve(problem, Request);
        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        return (problem, result.Panels);
    }

    [Fact]
    public void Swap_to_a_conflicted_expert_is_refused_with_the_reason()
    {
        var (problem, panels) = Assigned();
        var outgoing = panels.Single(p => p.ApplicationId == "P1").Members[0].ExpertId;

        var verdict = SwapAdvisor.Check(problem, Request, panels, "P1", outgoing, "E5");

        Assert.False(verdict.Allowed);
        Assert.Contains(verdict.Problems, p => p.Contains("须回避", StringComparison.Ordinal));
    }

    [Fact]
    public void Swap_that_puts_two_experts_of_one_unit_on_a_panel_is_refused()
    {
        var (problem, panels) = Assigned();
        // P1 (石墨提纯) gets E1 (甲) and E2 (乙); E3 is also from 甲.
        Assert.Equal(["E1", "E2"], panels.Single(p => p.ApplicationId == "P1").Members.Select(m => m.ExpertId).Order());

        var verdict = SwapAdvisor.Check(problem, Request, panels, "P1", "E2", "E3");

        Assert.False(verdict.Allowed);
        Assert.Contains(verdict.Problems, p => p.Contains("同一单位", StringComparison.Ordinal));
    }

    [Fact]
    public void Swap_to_an_expert_at_full_load_is_refused()
    {
        var (problem, panels) = Assigned();
        var p2 = panels.Single(p => p.ApplicationId == "P2").Members.Select(m => m.ExpertId).ToList();
        Assert.Contains("E4", p2);
        var p1 = panels.Single(p => p.ApplicationId == "P1").Members.Select(m => m.ExpertId).ToList();
        var outgoing = p1.First(id => problem.Experts.Single(e => e.Id == id).UnitId != "丙");

        var verdict = SwapAdvisor.Check(problem, Request, panels, "P1", outgoing, "E4");

        Assert.False(verdict.Allowed);
        Assert.Contains(verdict.Problems, p => p.Contains("超过上限", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_swap_is_allowed_and_reports_the_affinity_change()
    {
        var (problem, panels) = Assigned();
        var p1 = panels.Single(p => p.ApplicationId == "P1").Members.Select(m => m.ExpertId).ToList();
        var outgoing = p1[0];
        var incoming = problem.Experts.Select(e => e.Id).First(id => !p1.Contains(id)
            && SwapAdvisor.Check(problem, Request, panels, "P1", outgoing, id).Allowed);

        var verdict = SwapAdvisor.Check(problem, Request, panels, "P1", outgoing, incoming);

        Assert.True(verdict.Allowed);
        Assert.Equal(SwapAdvisor.Explain(problem, incoming, "P1").Affinity - SwapAdvisor.Explain(problem, outgoing, "P1").Affinity, verdict.AffinityChange);
    }

    [Fact]
    public void Replacement_for_a_declined_expert_is_the_best_allowed_one()
    {
        var (problem, panels) = Assigned();
        var p1 = panels.Single(p => p.ApplicationId == "P1").Members.Select(m => m.ExpertId).ToList();
        var declined = p1[0];

        var replacement = SwapAdvisor.SuggestReplacement(problem, Request, panels, "P1", declined);

        Assert.NotNull(replacement);
        Assert.True(SwapAdvisor.Check(problem, Request, panels, "P1", declined, replacement.ExpertId).Allowed);
        var others = problem.Experts.Select(e => e.Id).Where(id => id != declined && id != replacement.ExpertId && !p1.Contains(id)
            && SwapAdvisor.Check(problem, Request, panels, "P1", declined, id).Allowed);
        Assert.All(others, id => Assert.True(SwapAdvisor.Explain(problem, id, "P1").Affinity <= replacement.Affinity));
    }
}
