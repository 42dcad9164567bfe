using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Policies.Domain;

/// <summary>
/// A confirmed entitlement (政策兑现): staff confirmed that a firm meets a clause for a policy year, with the amount
/// and the explanation as computed then (rule set id and version kept), and the firm was notified. Once per firm,
/// clause and year.
/// </summary>
public sealed class Fulfilment : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ClauseId { get; init; }

    public Guid EnterpriseId { get; init; }

    public int Year { get; init; }

    public decimal? Amount { get; init; }

    public required string Explanation { get; init; }

    public required string RuleSetId { get; init; }

    public required string RuleSetVersion { get; init; }

    public DateTimeOffset ConfirmedAt { get; init; }

    public string? ConfirmedBy { get; init; }

    public long Version { get; set; }
}
