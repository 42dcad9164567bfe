using Kechuang.Review;
using Kechuang.Review.Model;

namespace Kechuang.UnitTests.Review;

/// <summary>The solver's total equals an exhaustive search on random small batches, with and without the required
/// kind, and with a single first candidate so the proof has to bring in the excluded pairs.</summary>
public sealed class OptimumTests
{
    public static TheoryData<int, int, string?> Cases()
    {
        var data = new TheoryData<int, int, string?>();
        for (var seed = 1; seed <= 60; seed++)
        {
            data.Add(seed, seed % 3 == 0 ? 1 : 0, seed % 2 == 0 ? "财务" : null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Total_affinity_equals_exhaustive_search(int seed, int firstCandidates, string? kind)
    {
        var problem = SmallBatches.Random(seed, applications: 3, experts: 7, units: 4, out _);
        var request = new AssignmentRequest(2, kind, firstCandidates);

        var result = ReviewSolver.Solve(problem, request);
        var best = SmallBatches.BruteForce(problem, request);

        if (best is null)
        {
            Assert.Equal(AssignmentStatus.Infeasible, result.Status);
            Assert.Empty(result.Panels);
            Assert.NotEmpty(result.Shortages);
        }
        else
        {
            Assert.Equal(AssignmentStatus.Optimal, result.Status);
            Assert.Equal(best.Value, result.TotalAffinity);
            Assert.Empty(AssignmentChecker.Check(problem, request, result.Panels));
            Assert.Equal(0, result.Gap);
        }
    }

    [Fact]
    public void The_random_cases_include_both_feasible_and_infeasible_batches()
    {
        var outcomes = Enumerable.Range(1, 60).Select(seed =>
        {
            var problem = SmallBatches.Random(seed, applications: 3, experts: 7, units: 4, out _);
            return SmallBatches.BruteForce(problem, new AssignmentRequest(2, seed % 2 == 0 ? "财务" : null)) is not null;
        }).ToList();

        Assert.InRange(outcomes.Count(feasible => feasible), 10, 55);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("财务")]
    public void Candidate_flow_with_pricing_equals_the_flow_over_every_pair_on_larger_batches(string? kind)
    {
        var exercised = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            var problem = SmallBatches.Random(seed, applications: 20, experts: 60, units: 12, out _);

            var priced = ReviewSolver.Solve(problem, new AssignmentRequest(3, kind, CandidatesPerApplication: 3));
            var full = ReviewSolver.Solve(problem, new AssignmentRequest(3, kind, CandidatesPerApplication: 60));

            // With a required kind the branch-and-bound may stop at its node limit (NotProven, nothing assigned); where
            // both runs prove an optimum, it is the same.
            if (kind is null || (full.Status != AssignmentStatus.NotProven && priced.Status != AssignmentStatus.NotProven))
            {
                Assert.Equal(full.Status, priced.Status);
                Assert.Equal(full.TotalAffinity, priced.TotalAffinity);
            }

            if (priced.Status == AssignmentStatus.Optimal)
            {
                Assert.Empty(AssignmentChecker.Check(problem, new AssignmentRequest(3, kind), priced.Panels));
                exercised += priced.Statistics.ArcsAdded > 0 ? 1 : 0;
            }

            if (priced.Status == AssignmentStatus.NotProven && priced.Panels.Count > 0)
            {
                // Out of branches: the best rule-abiding assignment found, with a non-negative gap to the bound.
                Assert.Empty(AssignmentChecker.Check(problem, new AssignmentRequest(3, kind), priced.Panels));
                Assert.True(priced.Gap >= 0);
                if (full.Status == AssignmentStatus.Optimal)
                {
                    Assert.True(priced.TotalAffinity <= full.TotalAffinity);
                }
            }
        }

        // The pricing loop, not the first candidates, found the optimum in several batches.
        Assert.True(exercised >= 3, $"pricing added pairs in only {exercised} batches");
    }

    [Fact]
    public void Member_affinities_match_the_explanation()
    {
        var problem = SmallBatches.Random(7, applications: 4, experts: 9, units: 5, out _);
        var result = ReviewSolver.Solve(problem, new AssignmentRequest(2));

        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        foreach (var panel in result.Panels)
        {
            foreach (var member in panel.Members)
            {
                Assert.Equal(SwapAdvisor.Explain(problem, member.ExpertId, panel.ApplicationId).Affinity, member.Affinity);
            }
        }
    }
}
