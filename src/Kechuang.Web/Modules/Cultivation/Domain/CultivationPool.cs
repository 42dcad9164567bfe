namespace Kechuang.Web.Modules.Cultivation.Domain;

/// <summary>
/// A cultivation pool (培育库), e.g. 高新技术企业培育库: firms the bureau grooms for one rung of the ladder.
/// Suggested candidates are the firms that meet, or nearly meet, the target rule set.
/// </summary>
public sealed class CultivationPool
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>The rule set a member is groomed to meet (high-tech for 高新技术企业培育库).</summary>
    public required string TargetRuleSetId { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }
}
