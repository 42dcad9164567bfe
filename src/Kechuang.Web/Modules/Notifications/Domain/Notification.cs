namespace Kechuang.Web.Modules.Notifications.Domain;

/// <summary>A message to an enterprise (every user of that firm sees it) or to one user; read once, kept.</summary>
public sealed class Notification
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid? EnterpriseId { get; init; }

    public Guid? UserId { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>A page inside Kechuang that the message is about.</summary>
    public string? Link { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
