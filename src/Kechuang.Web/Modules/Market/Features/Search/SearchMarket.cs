using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Market.Search;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.Market.Features.Search;

/// <summary>
/// 技术市场检索: one search over demands, achievements, services and experts, with facet counts by kind, field and district.
/// Anyone sees public records; staff also see staff-only demands and experts. No input can fail: words are analysed,
/// never parsed, and punctuation-only input simply finds nothing.
/// </summary>
public static class SearchMarket
{
    public sealed record Query(string? Text, string? Kind = null, string? Field = null, string? District = null, int Page = 1, int PageSize = 20);

    public sealed record Facet(string Value, string Name, int Count);

    public sealed record Result(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyList<Facet> Kinds, IReadOnlyList<Facet> Fields, IReadOnlyList<Facet> Districts);

    public sealed class Handler(MarketIndex index, CurrentUser user, OrganisationDirectory organisation)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var result = index.Search(new SearchRequest(q.Text, Blank(q.Kind), Blank(q.Field), Blank(q.District), user.Has(Permissions.MarketManage), q.Page, q.PageSize));
            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            return new Result(result.Total, result.Page, result.PageSize,
                result.Hits.Select(h => h with { District = h.District is { } c ? districts.GetValueOrDefault(c, c) : null }).ToList(),
                Facets(result.KindCounts, SearchKinds.Name),
                Facets(result.FieldCounts, f => f),
                Facets(result.DistrictCounts, c => districts.GetValueOrDefault(c, c)));
        }

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        private static List<Facet> Facets(IReadOnlyDictionary<string, int> counts, Func<string, string> name) =>
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new Facet(c.Key, name(c.Key), c.Value)).ToList();
    }
}
