using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.GridService.Domain;

/// <summary>
/// A grid officer's contact with a firm (走访 and the rest). Written on a phone, possibly offline: the device's draft id
/// is kept with a unique index, so a draft sent twice (the connection came back mid-send) is one visit.
/// </summary>
public sealed class Visit : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The id the device gave the draft; the same draft sent again finds this visit instead of making another.</summary>
    public Guid DraftId { get; init; }

    public Guid EnterpriseId { get; init; }

    public required string EnterpriseName { get; init; }

    /// <summary>The firm's grid when visited, so the grid's figures stay right after the firm moves.</summary>
    public Guid? GridId { get; init; }

    public Guid OfficerUserId { get; init; }

    public required string OfficerName { get; init; }

    public DateOnly VisitedOn { get; init; }

    public VisitKind Kind { get; init; }

    /// <summary>受访人员, free text ("张总（总经理）、李工").</summary>
    public string PeopleMet { get; init; } = "";

    public string Notes { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }

    public List<VisitPhoto> Photos { get; } = [];
}

public enum VisitKind
{
    Visit = 1,    // 走访
    Phone = 2,    // 电话
    Training = 3, // 培训
    Briefing = 4, // 政策宣讲
}

public sealed class VisitPhoto
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid VisitId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required byte[] Content { get; init; }
}
