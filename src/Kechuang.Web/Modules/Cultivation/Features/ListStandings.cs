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
        /// <summary>Verdicts for every firm of the filter (the fast path); explanations only for the page shown.</summary>
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var all = await DecidedAsync(q, ct);
            var page = Math.Max(1, q.Page);
            var size = Math.Clamp(q.PageSize, 1, MaxPageSize);
            var filtered = q.Readiness is { Length: > 0 } r ? all.Where(x => x.Readiness == r).ToList() : all;
            var counts = new Counts(all.Count(x => x.Readiness == Ready), all.Count(x => x.Readiness == Gaps),
                all.Count(x => x.Readiness == Unknown), all.Count(x => x.Readiness == Top));
            return new Result(filtered.Skip(Paging.Skip(page, size)).Take(size).Select(x => ToRow(x.Standing, x.Readiness)).ToList(), filtered.Count, page, size, counts);
        }

        /// <summary>Every row of the filter, readiness included, with its explanation (the export), in the list's order.</summary>
        public async Task<List<Row>> AllAsync(Query q, CancellationToken ct) =>
            (await DecidedAsync(q, ct)).Where(x => q.Readiness is not { Length: > 0 } r || x.Readiness == r)
                .Select(x => ToRow(x.Standing, x.Readiness)).ToList();

        /// <summary>Each firm of the filter with its readiness, ready first, then by name.</summary>
        public async Task<List<(Standing Standing, string Readiness)>> DecidedAsync(Query q, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationRead);
            var standings = await assessor.AssessVisibleAsync(new FactsFilter(DistrictCode: q.District, GridId: q.Grid, Search: q.Search), ct);
            return standings
                .Where(s => q.Tier is not { Length: > 0 } t || (t == "none" ? s.Firm.Tier is null : s.Firm.Tier?.ToString() == t))
                .Select(s => (Standing: s, Readiness: ReadinessOf(s)))
                .OrderBy(x => Array.IndexOf(Order, x.Readiness)).ThenBy(x => x.Standing.Firm.Name, StringComparer.Ordinal)
                .ToList();
        }

        private static string ReadinessOf(Standing s) => s.Next is null ? Top : s.Outcome switch
        {
            Outcome.Passed => Ready,
            Outcome.Failed => Gaps,
            _ => Unknown,
        };

        private static Row ToRow(Standing s, string readiness)
        {
            var r = s.Explain();
            var firstGap = r is null ? null : Standing.Explained(r).FirstOrDefault(c => c.Outcome == Outcome.Failed)?.Explanation
                ?? Standing.Explained(r).FirstOrDefault(c => c.Outcome == Outcome.Unknown)?.Explanation;
            var explained = r is null ? [] : Standing.Explained(r).ToList();
            return new Row(s.Firm.Id, s.Firm.Name, s.Firm.CreditCode, s.Firm.DistrictCode, s.Firm.GridId, s.Firm.Tier, Ladder.TierName(s.Firm.Tier),
                s.Next?.Name, r?.Version, readiness, explained.Count(c => c.Outcome == Outcome.Failed), explained.Count(c => c.Outcome == Outcome.Unknown),
                r?.Score?.Min, r?.Score?.Max, firstGap);
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
