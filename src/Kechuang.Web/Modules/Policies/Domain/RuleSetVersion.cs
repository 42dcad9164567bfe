using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Policies.Domain;

public enum RuleSetStatus
{
    Draft = 1,
    Published = 2,
    Withdrawn = 3,
}

/// <summary>
/// One version of a rule set as YAML text. The shipped files are loaded as published versions; staff edit a copy
/// as a draft, try it (what-if), then publish it. Published versions of one rule set never overlap in time.
/// The YAML is the source of truth; the other columns are copied from it for lists and checks.
/// </summary>
public sealed class RuleSetVersion : IAudited, IVersioned
{
    public const int YamlMaxLength = 200_000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string RuleSetId { get; set; }

    public required string VersionLabel { get; set; }

    public required string Name { get; set; }

    public required string Citation { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public required string Yaml { get; set; }

    public RuleSetStatus Status { get; set; }

    /// <summary>Shipped with the app (src/Kechuang.Rules/RuleSets) rather than written by staff.</summary>
    public bool IsShipped { get; init; }

    public Guid? BasedOnId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public long Version { get; set; }

    public bool Overlaps(DateOnly from, DateOnly? to) =>
        from <= (EffectiveTo ?? DateOnly.MaxValue) && EffectiveFrom <= (to ?? DateOnly.MaxValue);
}
