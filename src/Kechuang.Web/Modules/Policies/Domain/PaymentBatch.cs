using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Policies.Domain;

public enum BatchStatus
{
    Draft = 1,
    Approved = 2,
}

/// <summary>A payment batch (拨付批次) of rewards: staff gather pending rewards, a second person approves, the list is exported for payment.</summary>
public sealed class PaymentBatch : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>"2026-奖励-001".</summary>
    public required string Number { get; init; }

    public required string Title { get; set; }

    public BatchStatus Status { get; set; } = BatchStatus.Draft;

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedById { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ApprovalNote { get; set; }

    public long Version { get; set; }
}
