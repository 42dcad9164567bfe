using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>Every visible firm's tier and its readiness for the next rung, with the first gap: staff see the city, officers their grids.</summary>
public static class ListStandings
{
    public const int MaxPageSize = 200;

    /// <param name="Tier">A rung, or "none" for firms on no rung yet.</param>
    /// <param name="Readiness">ready (meets the next rung now), gaps (fails a condition), unknown (data missing), top (already 高企).</param>
    public sealed record Query(
        string? Search = null, string? District = null, Guid? Grid = null, string? Tier = null, string? Readiness = null,
        int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, string Name, string CreditCode, string DistrictCode, Guid? GridId, QualificationLevel? Tier, string TierName,
        string? NextStep, string? RuleSetVersion, string Readiness, int Failed, int Unknown, decimal? ScoreMin, decimal? ScoreMax, string? FirstGap);

    public sealed record Counts(int Ready, int Gaps, int Unknown, int Top);

    public sealed record Result(IReadOnlyList<Row> Items, int Total, int PageNumber, int PageSize, Counts Counts);

    public sealed class Handler(LadderAssessor assessor, CurrentUser user)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var rows = await AllAsync(q, ct);
            var page = Math.Max(1, q.Page);
            var size = Math.Clamp(q.PageSize, 1, MaxPageSize);
            var filtered = q.Readiness is { Length: > 0 } r ? rows.Where(x => x.Readiness == r).ToList() : rows;
            var counts = new Counts(rows.Count(x => x.Readiness == Ready), rows.Count(x => x.Readiness == Gaps),
                rows.Count(x => x.Readiness == Unknown), rows.Count(x => x.Readiness == Top));
            return new Result(filtered.Skip(Paging.Skip(page, size)).Take(size).ToList(), filtered.Count, page, size, counts);
        }

        /// <summary>Every row of the filter (before the readiness filter), best prepared first; for export too.</summary>
        public async Task<List<Row>> AllAsync(Query q, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            var standings = await assessor.AssessVisibleAsync(new FactsFilter(DistrictCode: q.District, GridId: q.Grid, Search: q.Search), ct);
            return standings
                .Where(s => q.Tier is not { Length: > 0 } t || (t == "none" ? s.Firm.Tier is null : s.Firm.Tier?.ToString() == t))
                .Select(ToRow)
                .OrderBy(r => Array.IndexOf(Order, r.Readiness)).ThenBy(r => r.Failed + r.Unknown).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
        }

        private static Row ToRow(Standing s)
        {
            var r = s.NextResult;
            var readiness = s.Next is null ? Top : r is null ? Unknown : r.Outcome switch
            {
                Outcome.Passed => Ready,
                Outcome.Failed => Gaps,
                Outcome.Unknown => Unknown,
            };
            var firstGap = r is null ? null : Standing.Explained(r).FirstOrDefault(c => c.Outcome == Outcome.Failed)?.Explanation
                ?? Standing.Explained(r).FirstOrDefault(c => c.Outcome == Outcome.Unknown)?.Explanation;
            return new Row(s.Firm.Id, s.Firm.Name, s.Firm.CreditCode, s.Firm.DistrictCode, s.Firm.GridId, s.Firm.Tier, Ladder.TierName(s.Firm.Tier),
                s.Next?.Name, r?.Version, readiness, s.Failed, s.Unknown, r?.Score?.Min, r?.Score?.Max, firstGap);
        }
    }

    public const string Ready = "ready";
    public const string Gaps = "gaps";
    public const string Unknown = "unknown";
    public const string Top = "top";

    private static readonly string[] Order = [Ready, Unknown, Gaps, Top];

    public static string ReadinessName(string readiness) => readiness switch
    {
        Ready => "已符合下一级条件",
        Gaps => "尚有差距",
        Unknown => "数据不全，无法判断",
        Top => "已是最高一级",
        _ => readiness,
    };
}
