namespace Kechuang.Web.Modules.Subsidies.Domain;

/// <summary>A firm's computed subsidy in a batch: unique per batch and firm, so a firm is never paid twice in one batch.</summary>
public sealed class SubsidyAward
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid BatchId { get; init; }

    public Guid EnterpriseId { get; init; }

    /// <summary>核定金额 before budget pro-rating, 万元.</summary>
    public decimal EligibleAmount { get; init; }

    /// <summary>补助金额 (after pro-rating), 万元; 0 when the firm does not qualify.</summary>
    public decimal Amount { get; init; }

    public required string Explanation { get; init; }

    public int FormulaVersion { get; init; }
}
