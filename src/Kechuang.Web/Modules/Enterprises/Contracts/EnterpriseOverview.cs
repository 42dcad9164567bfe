using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

public sealed record ScopedLadder(int Visible, IReadOnlyList<(string Tier, int Count)> ByQualification);

/// <summary>Counts of the enterprises the current user may see, by valid qualification — for dashboards of other modules.</summary>
public sealed class EnterpriseOverview(EnterpriseAccess access, ListEnterprises.Handler list)
{
    public async Task<ScopedLadder> ForCurrentUserAsync(CancellationToken ct = default)
    {
        access.Demand(Permissions.EnterprisesRead);
        // Counts only: the list's own qualification filter, without fetching a page of rows for each count.
        var visible = await access.VisibleAsync(ct);
        var counts = new List<(string, int)>();
        foreach (var type in Enum.GetValues<QualificationType>())
        {
            counts.Add((QualificationTypes.DisplayName(type), await list.Filter(visible, new ListEnterprises.Query(Qualification: type)).CountAsync(ct)));
        }

        return new ScopedLadder(await visible.CountAsync(ct), counts);
    }
}
