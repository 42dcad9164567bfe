namespace Kechuang.Review.Model;

/// <summary>What a batch asks for: exactly <paramref name="ExpertsPerApplication"/> experts per application and,
/// optionally, at least one expert of <paramref name="RequiredKind"/> (e.g. "财务") on every panel.</summary>
/// <param name="CandidatesPerApplication">How many best candidates per application the first flow is built on;
/// 0 picks a default. Only speed depends on it: excluded pairs are priced afterwards, so the optimum is exact.</param>
public sealed record AssignmentRequest(int ExpertsPerApplication, string? RequiredKind = null, int CandidatesPerApplication = 0)
{
    // 2k + 2 measured best at 10,000 × 3 of 3,000 (README of bench/Kechuang.ReviewBenchmarks): fewer means more
    // pricing rounds, more means a slower first flow.
    internal int Candidates => CandidatesPerApplication > 0 ? CandidatesPerApplication : (2 * ExpertsPerApplication) + 2;
}
