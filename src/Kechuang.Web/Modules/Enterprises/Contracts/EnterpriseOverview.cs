using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

public sealed record ScopedLadder(int Visible, IReadOnlyList<(string Tier, int Count)> ByQualification);

/// <summary>Counts of the enterprises the current user may see, by valid qualification — for dashboards of other modules.</summary>
public sealed class EnterpriseOverview(ListEnterprises.Handler list)
{
    public async Task<ScopedLadder> ForCurrentUserAsync(CancellationToken ct = default)
    {
        var visible = (await list.Handle(new ListEnterprises.Query(PageSize: 1), ct)).Total;
        var counts = new List<(string, int)>();
        foreach (var type in Enum.GetValues<QualificationType>())
        {
            counts.Add((QualificationTypes.DisplayName(type), (await list.Handle(new ListEnterprises.Query(Qualification: type, PageSize: 1), ct)).Total));
        }

        return new ScopedLadder(visible, counts);
    }
}
