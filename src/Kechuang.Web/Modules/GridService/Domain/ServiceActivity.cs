using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.GridService.Domain;

/// <summary>
/// A service an officer gave to one or more firms of their grids: a training on 研发投入归集 (with who attended), help
/// with an application (linked to the call), or a policy briefing.
/// </summary>
public sealed class ServiceActivity : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public SupportKind Kind { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Topic { get; init; }

    public string Place { get; init; } = "";

    public Guid OfficerUserId { get; init; }

    public required string OfficerName { get; init; }

    /// <summary>The call the firms were helped to apply to (申报辅导).</summary>
    public Guid? CallId { get; init; }

    public string? CallTitle { get; init; }

    public List<ServiceAttendance> Attendance { get; } = [];
}

/// <summary>A firm that took part, and how many of its people came.</summary>
public sealed class ServiceAttendance
{
    public long Id { get; init; }

    public Guid ActivityId { get; init; }

    public Guid EnterpriseId { get; init; }

    public required string EnterpriseName { get; init; }

    public Guid? GridId { get; init; }

    public int People { get; init; }
}

public enum SupportKind
{
    RdExpenseTraining = 1, // 研发投入归集培训
    ApplicationHelp = 2,   // 申报辅导
    PolicyBriefing = 3,    // 政策宣讲
}
