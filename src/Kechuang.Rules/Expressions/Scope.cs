namespace Kechuang.Rules.Expressions;

/// <summary>The names an expression may use besides facts: parameters (constants for one evaluation date),
/// derived values (named expressions of the rule set) and exact score parts.</summary>
public sealed class Scope
{
    public Dictionary<string, (ValueType Type, decimal Value)> Parameters { get; } = [];

    public Dictionary<string, (Expr Expr, int Line)> Derived { get; } = [];

    /// <summary>Score parts that conditions may read (e.g. 科技人员指标得分 ≠ 0), compiled by the rule set.</summary>
    public Dictionary<string, Func<Eval>> ScoreParts { get; } = [];

    public DateOnly EvaluationDate { get; init; }
}
