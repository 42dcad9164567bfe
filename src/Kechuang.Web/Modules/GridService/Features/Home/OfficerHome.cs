using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.GridService.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Home;

/// <summary>
/// A grid officer's home: their firms, each with when it is next due for a visit (last visit + the interval for its rung
/// of the ladder, from the frequency rule in force; never visited = due now), the overdue first; and the open needs of
/// their firms with their deadlines.
/// </summary>
public static class OfficerHome
{
    /// <summary>A firm never visited is due (and overdue) today.</summary>
    public sealed record Firm(Guid Id, string Name, string Tier, DateOnly? LastVisit, DateOnly DueOn, bool Overdue, int DaysOverdue, string Rule);

    public sealed record OpenNeed(Guid Id, string EnterpriseName, string Category, string Description, string Urgency, string Status, string HandlerName, DateOnly DueOn, bool Overdue);

    public sealed record Result(DateOnly Today, int FirmCount, int OverdueCount, int VisitsThisMonth, IReadOnlyList<Firm> Firms, IReadOnlyList<OpenNeed> Needs);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts firms, ServiceRulesInForce rules, GridAccess access, TimeProvider clock)
    {
        public async Task<Result> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.GridVisit);
            var today = BeijingTime.Today(clock);
            var mine = await firms.LoadVisibleAsync(new FactsFilter(), today, ct);
            var ids = mine.Select(f => f.Id).ToList();
            var lastVisits = await db.Visits.AsNoTracking().Where(v => ids.Contains(v.EnterpriseId))
                .GroupBy(v => v.EnterpriseId).Select(g => new { g.Key, Last = g.Max(v => v.VisitedOn) }).ToDictionaryAsync(x => x.Key, x => x.Last, ct);
            var frequencies = await rules.FrequenciesOnAsync(today, ct);
            var rows = mine.Select(f =>
            {
                var tier = (int?)f.Tier;
                var frequency = frequencies.GetValueOrDefault(tier ?? 0);
                var interval = frequency?.IntervalDays ?? 365;
                DateOnly? last = lastVisits.TryGetValue(f.Id, out var l) ? l : null;
                var due = last?.AddDays(interval) ?? today;
                var rule = $"{GridTerms.TierName(tier)}每 {interval} 天走访一次" + (frequency is null ? "（未设置，按一年）" : $"（{frequency.EffectiveFrom:yyyy-MM-dd} 起施行）");
                return new Firm(f.Id, f.Name, GridTerms.TierName(tier), last, due, last is null || today > due, Math.Max(0, today.DayNumber - due.DayNumber), rule);
            })
            .OrderByDescending(f => f.Overdue).ThenBy(f => f.DueOn).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();

            var monthStart = new DateOnly(today.Year, today.Month, 1);
            var officer = user.Id;
            var visits = await db.Visits.CountAsync(v => v.OfficerUserId == officer && v.VisitedOn >= monthStart, ct);
            var needs = await (await access.VisibleNeedsAsync(ct)).AsNoTracking()
                .Where(n => ids.Contains(n.EnterpriseId) && (n.Status == NeedStatus.Accepted || n.Status == NeedStatus.InProgress))
                .OrderBy(n => n.DueOn).Take(50).ToListAsync(ct);
            return new Result(today, rows.Count, rows.Count(r => r.Overdue), visits, rows,
                needs.Select(n => new OpenNeed(n.Id, n.EnterpriseName, GridTerms.Name(n.Category), n.Description, GridTerms.Name(n.Urgency), GridTerms.Name(n.Status),
                    n.HandlerName, n.DueOn, n.IsOverdueOn(today))).ToList());
        }
    }
}
