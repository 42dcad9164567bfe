namespace Kechuang.Web.Modules.Notifications.Domain;

/// <summary>
/// A deadline reminder that has been sent: one row per occasion and recipient, written in the same save as its
/// notification. The unique index on (<see cref="Key"/>, <see cref="Recipient"/>) is what makes a reminder go out once,
/// even when two app instances run the reminder job at the same moment.
/// </summary>
public sealed class SentReminder
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The occasion, as the deadline source names it ("subsidy-deadline:{batchId}:2026-12-31:3d").</summary>
    public required string Key { get; init; }

    /// <summary>"user:{id}" or "enterprise:{id}".</summary>
    public required string Recipient { get; init; }

    public Guid NotificationId { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
