using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Matching;

/// <summary>
/// 对接漏斗: how many pushed matches reached each stage (已推送 → 已联系 → 洽谈中 → 已签约), for one demand or in total.
/// A later stage counts in every earlier one; a match closed without a deal counts as pushed only.
/// </summary>
public static class MatchFunnel
{
    public sealed record Stage(MatchStage Value, string Name, int Count);

    public sealed record MeetingRow(DateOnly HeldOn, string Place, string Notes, string RecordedBy);

    public sealed record MatchRow(Guid Id, string CandidateKind, Guid CandidateId, string CandidateName, string Reason, MatchStage Stage, string StageName,
        string PushedBy, DateTimeOffset PushedAt, long Version, IReadOnlyList<MeetingRow> Meetings);

    public sealed record Result(IReadOnlyList<Stage> Funnel, IReadOnlyList<MatchRow> Matches);

    public sealed class Handler(AppDbContext db, MarketAccess access, CurrentUser user)
    {
        /// <summary>One demand's matches and funnel (null: not visible); all demands' funnel without the rows when demandId is null (staff).</summary>
        public async Task<Result?> Handle(Guid? demandId, CancellationToken ct)
        {
            IQueryable<MatchPush> matches = db.MatchPushes.AsNoTracking();
            if (demandId is { } id)
            {
                if (!await (await access.ManagedDemandsAsync(ct)).AnyAsync(d => d.Id == id, ct))
                {
                    return null;
                }

                matches = matches.Where(m => m.DemandId == id);
            }
            else
            {
                user.Demand(Permissions.MarketManage);
            }

            var stages = await matches.GroupBy(m => m.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            int Reached(MatchStage s) => stages.Where(x => s == MatchStage.Matched || (x.Key != MatchStage.Closed && x.Key >= s)).Sum(x => x.Count);
            var funnel = new[] { MatchStage.Matched, MatchStage.Contacted, MatchStage.Negotiating, MatchStage.Contract }
                .Select(s => new Stage(s, MarketTerms.Name(s), Reached(s))).ToList();
            if (demandId is null)
            {
                return new Result(funnel, []);
            }

            var rows = await matches.Include(m => m.Meetings).OrderBy(m => m.PushedAt).ToListAsync(ct);
            return new Result(funnel, rows.Select(m => new MatchRow(m.Id, MarketTerms.Name(m.CandidateKind), m.CandidateId, m.CandidateName, m.Reason, m.Stage,
                MarketTerms.Name(m.Stage), m.PushedBy, m.PushedAt, m.Version,
                m.Meetings.OrderBy(x => x.HeldOn).Select(x => new MeetingRow(x.HeldOn, x.Place, x.Notes, x.RecordedBy)).ToList())).ToList());
        }
    }
}
