using Kechuang.Rules.Expressions;
using Kechuang.Rules.Facts;

namespace Kechuang.Rules.Model;

/// <summary>A policy's conditions and score, read from one YAML file. Line numbers are kept for messages.</summary>
public sealed record RuleSet(
    string Id,
    string Name,
    string Version,
    string Citation,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool IsEditableDefault,
    string? Note,
    IReadOnlyList<Parameter> Parameters,
    IReadOnlyList<DerivedValue> Derived,
    IReadOnlyList<Condition> Conditions,
    Score? Score,
    IReadOnlyList<Condition> DirectRoutes,
    string SourceFile,
    Benefit? Benefit = null)
{
    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>
/// What a firm that meets the rule set receives, in 万元: a fixed amount (a parameter), a rate × a figure with a cap
/// (min(rd_expense[y-1] * rate, cap)) or tiers (band(...)). Written in the same expression language as conditions.
/// </summary>
public sealed record Benefit(string Name, Expr Expr, int Line);

/// <summary>A named figure of the policy that may change over time (e.g. 职工总数上限 500 人 from 2017-05-03).</summary>
public sealed record Parameter(string Key, string Name, IReadOnlyList<ParameterValue> Values, int Line)
{
    /// <summary>The value in force on a date: the latest one whose from is not after the date and whose to (if any) is not before it.</summary>
    public ParameterValue? On(DateOnly date) =>
        Values.Where(v => v.From <= date && (v.To is null || v.To >= date)).MaxBy(v => v.From);
}

public sealed record ParameterValue(DateOnly From, DateOnly? To, decimal Value, bool IsBoolean, int Line);

public sealed record DerivedValue(string Key, string Name, Expr Expr, Unit? Unit, int Line);

public sealed record Condition(string Id, string Name, Expr Expr, Unit? Unit, string? Citation, int Line);

/// <param name="PassAtLeast">Passes when the total is ≥ this (科技型中小企业: 60).</param>
/// <param name="PassAbove">Passes when the total is &gt; this (高新技术企业: 70, so 71 passes).</param>
/// <param name="AlsoRequired">Further conditions for the score route (科技人员指标得分不得为 0).</param>
public sealed record Score(string Name, decimal? PassAtLeast, decimal? PassAbove, IReadOnlyList<ScorePart> Parts, IReadOnlyList<Condition> AlsoRequired, int Line);

/// <summary>One scored part: banded by a value, or points from an expression, or an expert-judged range.</summary>
public sealed record ScorePart(string Id, string Name, decimal Max, Expr? Value, Unit? Unit, IReadOnlyList<Band> Bands, Expr? Points, (decimal Min, decimal Max)? Expert, int Line)
{
    public bool IsExact => Expert is null && Bands.All(b => b.MinPoints == b.MaxPoints);
}

/// <summary>A band placed by "value ≥ From" or by a condition When; neither means "otherwise". Points may be a range (7–8).</summary>
public sealed record Band(decimal? From, Expr? When, decimal MinPoints, decimal MaxPoints, int Line);
