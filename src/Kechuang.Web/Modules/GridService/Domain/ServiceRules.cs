namespace Kechuang.Web.Modules.GridService.Domain;

/// <summary>
/// Who handles a category of need and within how many days, from a date on (办理时限). A new row with a later date
/// changes the rule for needs raised from then; needs already raised keep the deadline they were given.
/// </summary>
public sealed class NeedRoute
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public NeedCategory Category { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public Guid? DepartmentId { get; init; }

    public Guid? UnitId { get; init; }

    public int SlaDays { get; init; }
}

/// <summary>
/// How often a firm of a rung of the ladder should be visited (e.g. 高企 every 90 days), from a date on. Tier null is
/// the rule for firms on no rung.
/// </summary>
public sealed class VisitFrequency
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The ladder rung as its registry value (Enterprises' QualificationLevel); null for firms on none.</summary>
    public int? Tier { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public int IntervalDays { get; init; }
}
