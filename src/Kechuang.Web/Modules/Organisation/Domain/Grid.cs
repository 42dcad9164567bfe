using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Organisation.Domain;

/// <summary>A service grid (网格) of the 三员联动 system: a set of enterprises in one district looked after by its officers.</summary>
public sealed class Grid : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Short code used in imports, e.g. 640104-01.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string DistrictCode { get; set; }

    public List<GridOfficer> Officers { get; } = [];
}

/// <summary>An officer assigned to a grid. A grid may have several (网格员, 科技特派员 …) and an officer several grids.</summary>
public sealed class GridOfficer : IAudited
{
    public Guid GridId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset AssignedAt { get; init; }
}
