using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Search;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Matching;

/// <summary>成果找企业: for an achievement, the firms whose published demands fit it, best first, with the reason.</summary>
public static class MatchAchievement
{
    public sealed record Firm(Guid DemandId, string EnterpriseName, string DemandTitle, string? District, float Score, string Reason);

    public sealed class Handler(AppDbContext db, MarketAccess access, MarketIndex index, OrganisationDirectory organisation, CurrentUser user)
    {
        public async Task<List<Firm>?> Handle(Guid achievementId, CancellationToken ct)
        {
            var a = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == achievementId, ct);
            if (a is null || !access.MayManageAchievement(a))
            {
                return null;
            }

            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            var words = MatchReasons.Words(a.Title, a.Keywords);
            if (MatchReasons.Query(words, a.Field, a.DistrictCode) is not { } query)
            {
                return [];
            }

            var found = index.Run(query, new SearchRequest(null, SearchKinds.Demand, IncludeStaffOnly: user.Has(Permissions.MarketManage)), 1, 30, words);
            return found.Hits.GroupBy(h => h.Owner).Select(g => g.First()).Take(10).Select(h => new Firm(h.Id, h.Owner, h.Title,
                h.District is { } c ? districts.GetValueOrDefault(c, c) : null, h.Score,
                MatchReasons.Explain(MatchReasons.SharedTerms(a.Title, a.Keywords, h.Text), h.Field == a.Field, a.Field,
                    a.DistrictCode != null && h.District == a.DistrictCode, a.DistrictCode is { } d ? districts.GetValueOrDefault(d) : null))).ToList();
        }
    }
}
