using Kechuang.Rules;
using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.Cultivation;

/// <summary>One rung: the qualification that marks it and the rule set that decides whether a firm may climb onto it.</summary>
public sealed record LadderStep(QualificationLevel Level, string Name, string RuleSetId);

/// <summary>The cultivation ladder 市级科技型小微企业 → 科技型中小企业 → 科技小巨人 → 高新技术企业 (DOMAIN.md).</summary>
public static class Ladder
{
    public static IReadOnlyList<LadderStep> Steps { get; } =
    [
        new(QualificationLevel.MicroTech, "市级科技型小微企业", ShippedRuleSets.CitySmallTech),
        new(QualificationLevel.TechSme, "科技型中小企业", ShippedRuleSets.TechSme),
        new(QualificationLevel.LittleGiant, "科技小巨人", ShippedRuleSets.LittleGiant),
        new(QualificationLevel.HighTech, "高新技术企业", ShippedRuleSets.HighTech),
    ];

    /// <summary>The rung above a tier; null at the top (a 高企 keeps its certificate by re-recognition every three years).</summary>
    public static LadderStep? NextAfter(QualificationLevel? tier) => Steps.FirstOrDefault(s => tier is null || s.Level > tier);

    public static string TierName(QualificationLevel? tier) => tier is null ? "未入梯队" : Steps.First(s => s.Level == tier).Name;
}
