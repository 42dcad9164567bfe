using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>
/// The recognitions that earn a one-off reward, each decided and priced by its rule set (the amount is a parameter
/// with effective dates, so it is data, not code). 银川市科技局 2020 年上半年工作总结: 高企 50 万元, 科技小巨人 30 万元.
/// </summary>
public static class RewardKinds
{
    public sealed record Kind(QualificationLevel Level, string RuleSetId, string NewlyFact, string Name, string NumberLabel);

    public static readonly IReadOnlyList<Kind> All =
    [
        new(QualificationLevel.HighTech, "high-tech-reward", "newly_high_tech", "新认定高新技术企业奖励", "证书编号"),
        new(QualificationLevel.LittleGiant, "little-giant-reward", "newly_little_giant", "新认定科技小巨人奖励", "认定文号"),
    ];

    public static Kind? Of(QualificationLevel level) => All.FirstOrDefault(k => k.Level == level);

    /// <summary>By the stored type name ("HighTech").</summary>
    public static Kind? Of(string type) => All.FirstOrDefault(k => k.Level.ToString() == type);

    public static string NameOf(string type) => Of(type)?.Name ?? type;

    /// <summary>"HighTech:GR202664000123": unique per firm, so one recognition is rewarded once.</summary>
    public static string KeyOf(QualificationLevel level, string number) => $"{level}:{number.Trim()}";
}
