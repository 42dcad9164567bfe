namespace Kechuang.Rules.Loading;

/// <summary>One problem in a rule-set file, written as the bureau's staff read it: "第 12 行：未知的事实名称 “revenu”".</summary>
public sealed record RuleSetError(string File, int Line, string Problem)
{
    public override string ToString() => $"{File} 第 {Line} 行：{Problem}";
}

/// <summary>A rule set that is refused; every problem found is listed, not just the first.</summary>
public sealed class RuleSetException(IReadOnlyList<RuleSetError> errors)
    : Exception("规则集有误：\n" + string.Join("\n", errors))
{
    public IReadOnlyList<RuleSetError> Errors { get; } = errors;
}
