namespace Kechuang.Rules.Evaluation;

public enum Outcome
{
    Passed,
    Failed,
    Unknown,
}

/// <summary>
/// One enterprise against one rule set. Holds the rule set's id and version and every parameter value used,
/// so the same result can be recomputed later from the same facts.
/// </summary>
public sealed record EvaluationResult(
    string RuleSetId,
    string RuleSetName,
    string Version,
    string Citation,
    int EvaluationYear,
    DateOnly EvaluationDate,
    IReadOnlyDictionary<string, decimal> Parameters,
    IReadOnlyList<ConditionResult> Conditions,
    ScoreResult? Score,
    IReadOnlyList<ConditionResult> DirectRoutes,
    Outcome Outcome,
    BenefitResult? Benefit = null);

/// <summary>The amount (万元) a firm would receive, the formula with its figures, and why it is null when it is.</summary>
public sealed record BenefitResult(string Name, decimal? Amount, string Formula, IReadOnlyList<FactValue> Values, string Explanation);

/// <summary>A condition's outcome, the facts it read (null = missing), the compared value and threshold, and a sentence in Chinese.</summary>
public sealed record ConditionResult(
    string Id,
    string Name,
    Outcome Outcome,
    decimal? Actual,
    decimal? Threshold,
    IReadOnlyList<FactValue> Values,
    string Explanation);

public sealed record FactValue(string Fact, string ChineseName, int? Year, decimal? Value);

/// <summary>A score as a range: exact when every part is data-driven, min–max when experts still judge some parts.</summary>
public sealed record ScoreResult(
    string Name,
    decimal? Min,
    decimal? Max,
    Outcome Outcome,
    IReadOnlyList<ScorePartResult> Parts,
    IReadOnlyList<ConditionResult> AlsoRequired,
    string Explanation);

/// <summary>Points of one part (a range for expert-judged or ranged bands) and the value that placed it in its band.</summary>
public sealed record ScorePartResult(
    string Id,
    string Name,
    decimal Max,
    decimal? MinPoints,
    decimal? MaxPoints,
    decimal? Value,
    bool ExpertJudged,
    string Explanation);
