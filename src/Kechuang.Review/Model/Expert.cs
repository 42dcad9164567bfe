namespace Kechuang.Review.Model;

/// <summary>An expert of the pool (专家库). <paramref name="Kind"/> is free text such as "技术" or "财务";
/// <paramref name="MaxLoad"/> is how many applications the expert may review in this batch.</summary>
public sealed record Expert(
    string Id,
    string UnitId,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Keywords,
    string Profile,
    string Kind,
    int MaxLoad);
