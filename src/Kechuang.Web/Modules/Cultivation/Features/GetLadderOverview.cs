using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>The ladder at a glance for the user's scope: firms per rung per district, and how many are ready for their next rung.</summary>
public static class GetLadderOverview
{
    public sealed record Cell(string DistrictCode, string DistrictName, IReadOnlyDictionary<string, int> ByTier, int Total);

    public sealed record StepReadiness(string Step, string RuleSetId, string? Version, int Ready, int Gaps, int Unknown);

    public sealed record Overview(DateOnly EvaluatedOn, IReadOnlyList<string> Tiers, IReadOnlyList<Cell> Districts, IReadOnlyList<StepReadiness> Readiness);

    public sealed class Handler(ListStandings.Handler standings, OrganisationDirectory organisation, LadderAssessor assessor, CurrentUser user)
    {
        public async Task<Overview> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            var rows = (await standings.DecidedAsync(new ListStandings.Query(), ct))
                .Select(x => (x.Standing.Firm.DistrictCode, TierName: Ladder.TierName(x.Standing.Firm.Tier), NextStep: x.Standing.Next?.Name, x.Readiness,
                    RuleSetVersion: x.Standing.NextRules?.Rules.Version)).ToList();
            var districts = await organisation.DistrictsAsync(ct);
            var tiers = new[] { Ladder.TierName(null) }.Concat(Ladder.Steps.Select(s => s.Name)).ToList();
            var cells = districts.Select(d =>
            {
                var mine = rows.Where(r => r.DistrictCode == d.Code).ToList();
                return new Cell(d.Code, d.Name, tiers.ToDictionary(t => t, t => mine.Count(r => r.TierName == t)), mine.Count);
            }).Where(c => c.Total > 0).ToList();
            var readiness = Ladder.Steps.Select(s =>
            {
                var aiming = rows.Where(r => r.NextStep == s.Name).ToList();
                return new StepReadiness(s.Name, s.RuleSetId, aiming.Select(r => r.RuleSetVersion).FirstOrDefault(v => v is not null),
                    aiming.Count(r => r.Readiness == ListStandings.Ready), aiming.Count(r => r.Readiness == ListStandings.Gaps),
                    aiming.Count(r => r.Readiness == ListStandings.Unknown));
            }).ToList();
            return new Overview(assessor.Today, tiers, cells, readiness);
        }
    }
}
