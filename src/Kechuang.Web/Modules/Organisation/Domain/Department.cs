using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Organisation.Domain;

/// <summary>A department (科室) of the bureau; staff belong to one.</summary>
public sealed class Department : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public string Duties { get; set; } = "";

    public int SortOrder { get; set; }
}
