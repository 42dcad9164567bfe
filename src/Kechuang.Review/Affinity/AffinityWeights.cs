namespace Kechuang.Review.Affinity;

/// <summary>Integer weights of the affinity score, so totals are exact and the flow costs are integers.
/// Score = <see cref="FieldMatch"/> if the application's field is among the expert's fields
/// + <see cref="PerKeyword"/> × shared keywords + ⌊<see cref="Text"/> × bigram Jaccard(profile, application text)⌋.</summary>
public sealed record AffinityWeights(int FieldMatch = 30, int PerKeyword = 10, int Text = 40)
{
    public static AffinityWeights Default { get; } = new();
}
