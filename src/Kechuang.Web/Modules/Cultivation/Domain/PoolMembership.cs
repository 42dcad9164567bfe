using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Cultivation.Domain;

/// <summary>
/// One stay of a firm in a pool: admitted on a date with a reason, removed (or not) on a later date with a reason.
/// A firm has at most one open stay per pool; past stays are kept so "新入库 78 家" can be counted by year.
/// </summary>
public sealed class PoolMembership : IAudited, IVersioned
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid PoolId { get; init; }

    public Guid EnterpriseId { get; init; }

    public DateOnly AdmittedOn { get; init; }

    public required string AdmissionReason { get; init; }

    public Guid? AdmittedBy { get; init; }

    public DateOnly? RemovedOn { get; set; }

    public string? RemovalReason { get; set; }

    public Guid? RemovedBy { get; set; }

    public long Version { get; set; }

    public bool IsOpen => RemovedOn is null;
}
