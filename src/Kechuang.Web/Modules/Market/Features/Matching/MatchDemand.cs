using Kechuang.Web.Modules.Market.Search;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Matching;

/// <summary>
/// 需求匹配: for a demand, the best achievements, experts and service bodies, each with its reason (shared terms, field,
/// district). The firm, its grid officer and staff see it; already pushed candidates are marked.
/// </summary>
public static class MatchDemand
{
    public sealed record Candidate(string Kind, string KindName, Guid Id, string Title, string Owner, string Field, string? District, string SnippetHtml, float Score, string Reason, bool Pushed);

    public sealed record Result(Guid DemandId, string Title, IReadOnlyList<Candidate> Achievements, IReadOnlyList<Candidate> Experts, IReadOnlyList<Candidate> Services);

    public sealed class Handler(MarketAccess access, MarketIndex index, OrganisationDirectory organisation, Kechuang.Web.Infrastructure.Data.AppDbContext db)
    {
        public const int PerKind = 8;

        public async Task<Result?> Handle(Guid demandId, CancellationToken ct)
        {
            var demand = await (await access.ManagedDemandsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(d => d.Id == demandId, ct);
            if (demand is null)
            {
                return null;
            }

            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            var pushed = await db.MatchPushes.AsNoTracking().Where(m => m.DemandId == demandId).Select(m => m.CandidateId).ToListAsync(ct);
            var words = MatchReasons.Words(demand.Title, demand.Keywords);
            var query = MatchReasons.Query(words, demand.Field, demand.DistrictCode);
            List<Candidate> Find(string kind)
            {
                if (query is null)
                {
                    return [];
                }

                var found = index.Run(query, new SearchRequest(null, kind, IncludeStaffOnly: true), 1, PerKind, words);
                return found.Hits.Select(h =>
                {
                    var shared = MatchReasons.SharedTerms(demand.Title, demand.Keywords, h.Text);
                    var sameDistrict = h.District == demand.DistrictCode;
                    var reason = MatchReasons.Explain(shared, h.Field == demand.Field, demand.Field, sameDistrict, districts.GetValueOrDefault(demand.DistrictCode));
                    return new Candidate(h.Kind, SearchKinds.Name(h.Kind), h.Id, h.Title, h.Owner, h.Field, h.District is { } c ? districts.GetValueOrDefault(c, c) : null,
                        h.SnippetHtml, h.Score, reason, pushed.Contains(h.Id));
                }).ToList();
            }

            return new Result(demand.Id, demand.Title, Find(SearchKinds.Achievement), Find(SearchKinds.Expert), Find(SearchKinds.Service));
        }
    }
}
