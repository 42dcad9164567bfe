namespace Kechuang.Web.Infrastructure.Data;

/// <summary>Changes to this entity are recorded field by field in the audit log.</summary>
public interface IAudited;

/// <summary>
/// Optimistic concurrency: <see cref="Version"/> is the concurrency token and goes up by one on every save,
/// so the second of two people editing the same record is told instead of silently overwriting the first.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>Deleting sets <see cref="DeletedAt"/>; the row stays for the record and is hidden by a query filter.</summary>
public interface ISoftDeletable
{
    DateTimeOffset? DeletedAt { get; set; }
}
