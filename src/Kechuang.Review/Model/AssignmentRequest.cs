namespace Kechuang.Review.Model;

/// <summary>What a batch asks for: exactly <paramref name="ExpertsPerApplication"/> experts per application and,
/// optionally, at least one expert of <paramref name="RequiredKind"/> (e.g. "财务") on every panel.</summary>
/// <param name="CandidatesPerApplication">How many best candidates per application the first flow is built on;
/// 0 picks a default. Only speed depends on it: excluded pairs are priced afterwards, so the optimum is exact.</param>
public sealed record AssignmentRequest(int ExpertsPerApplication, string? RequiredKind = null, int CandidatesPerApplication = 0)
{
    internal int Candidates => CandidatesPerApplication > 0 ? CandidatesPerApplication : Math.Max(12, (3 * ExpertsPerApplication) + 3);
}
