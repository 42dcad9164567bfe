using System.Globalization;
using System.Text.Json;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Audit.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kechuang.Web.Modules.Audit;

/// <summary>
/// Turns the change tracker's pending changes into audit entries, field by field, so they are saved in
/// the same transaction as the change itself: no change without its record, no record without its change.
/// </summary>
public static class AuditRecorder
{
    // Secrets and bookkeeping never go into the audit log.
    private static readonly HashSet<string> Hidden =
        ["PasswordHash", "AccessFailedCount", "SecurityStamp", "ConcurrencyStamp", "Version", "NormalizedUserName", "NormalizedEmail"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<AuditEntry> Capture(ChangeTracker tracker, Guid? userId, string userName, DateTimeOffset at)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries().Where(e => IsAudited(e.Entity)))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Deleted => AuditAction.Delete,
                _ when entry.Entity is ISoftDeletable { DeletedAt: not null } && entry.Property(nameof(ISoftDeletable.DeletedAt)).IsModified => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            var changes = Changes(entry, action);
            if (action == AuditAction.Update && changes.Count == 0)
            {
                continue;
            }

            entries.Add(new AuditEntry
            {
                At = at,
                UserId = userId,
                UserName = userName,
                EntityType = entry.Metadata.ClrType.Name,
                // A role claim's own key is a database-generated number; the role it belongs to is what people look for.
                EntityId = entry.Entity is IdentityRoleClaim<Guid> claim
                    ? claim.RoleId.ToString()
                    : string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
                Action = action,
                Changes = JsonSerializer.Serialize(changes, Json),
            });
        }

        return entries;
    }

    // Who holds which role and what a role may do are security changes: recorded like any audited entity.
    private static bool IsAudited(object entity) => entity is IAudited or IdentityUserRole<Guid> or IdentityRoleClaim<Guid>;

    private static List<FieldChange> Changes(EntityEntry entry, AuditAction action)
    {
        var changes = new List<FieldChange>();
        foreach (var p in entry.Properties)
        {
            if (Hidden.Contains(p.Metadata.Name) || p.Metadata.IsShadowProperty())
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Format(p.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Format(p.CurrentValue);
            var relevant = entry.State switch
            {
                EntityState.Added => after is not null,
                EntityState.Deleted => before is not null,
                _ => p.IsModified && before != after,
            };
            if (relevant || (action == AuditAction.Delete && p.Metadata.Name == nameof(ISoftDeletable.DeletedAt)))
            {
                changes.Add(new FieldChange(p.Metadata.Name, before, after));
            }
        }

        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // A file's size and fingerprint, not its bytes: the audit shows that it changed and which file it was.
        byte[] b => $"{b.Length} 字节，SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(b))[..16]}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
