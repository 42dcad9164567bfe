using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Policies.Domain;

public enum RewardStatus
{
    Pending = 1,
    InBatch = 2,
    Approved = 3,
}

/// <summary>
/// A one-off reward for a new recognition (新认定高新技术企业 50 万元, 科技小巨人 30 万元 in Yinchuan). The
/// recognition key (type + certificate number) is unique per firm, so the same recognition is never rewarded twice,
/// even if its qualification record is deleted and typed in again.
/// </summary>
public sealed class RecognitionReward : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EnterpriseId { get; init; }

    public Guid? QualificationId { get; set; }

    /// <summary>"HighTech:GR202664000123".</summary>
    public required string RecognitionKey { get; init; }

    public required string QualificationType { get; init; }

    public required string CertificateNumber { get; init; }

    public DateOnly RecognizedOn { get; init; }

    public decimal Amount { get; init; }

    public required string Explanation { get; init; }

    public required string RuleSetId { get; init; }

    public required string RuleSetVersion { get; init; }

    public RewardStatus Status { get; set; } = RewardStatus.Pending;

    public Guid? BatchId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public long Version { get; set; }
}
