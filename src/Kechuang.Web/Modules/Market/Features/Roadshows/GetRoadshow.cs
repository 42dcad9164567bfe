using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Roadshows;

/// <summary>
/// A roadshow with its projects, follow-ups and totals. Staff also see every registration; a firm or unit user sees its own.
/// Drafts are for staff only.
/// </summary>
public static class GetRoadshow
{
    public sealed record Outcome(Guid Id, OutcomeKind Kind, string KindName, decimal? Amount, string? Investor, string Note, DateOnly On, string RecordedBy);

    public sealed record Project(Guid Id, string Title, string Presenter, string Summary, decimal FinancingNeed, Guid? AchievementId, string? AchievementTitle, List<Outcome> Outcomes);

    public sealed record Registration(Guid Id, ParticipantKind Kind, string ParticipantName, string Contact, DateTimeOffset RegisteredAt, DateTimeOffset? CancelledAt, bool? Attended);

    public sealed record OutcomeCount(OutcomeKind Kind, string Name, int Count, decimal Amount);

    /// <summary>Per-event totals: active registrations, attended, follow-ups by kind with amounts (万元).</summary>
    public sealed record Totals(int Registered, int Attended, int Projects, decimal FinancingNeed, List<OutcomeCount> Outcomes, decimal Invested, decimal Intended);

    public sealed record Details(
        Guid Id, string Title, DateTimeOffset StartsAt, string Place, string Theme, int Capacity, string Description,
        RoadshowStatus Status, string StateName, bool HasStarted, bool MayRegister, long Version, string CreatedBy,
        List<Project> Projects, Totals Totals, List<Registration>? Registrations, Registration? Mine);

    public sealed class Handler(AppDbContext db, CurrentUser user, EventParticipants participants, TimeProvider clock)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var staff = user.Has(Permissions.RoadshowsManage);
            var r = await db.Roadshows.AsNoTracking().AsSplitQuery()
                .Include(x => x.Projects).ThenInclude(p => p.Outcomes)
                .Include(x => x.Registrations)
                .FirstOrDefaultAsync(x => x.Id == id && (staff || x.Status != RoadshowStatus.Draft), ct);
            if (r is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var achievementIds = r.Projects.Where(p => p.AchievementId != null).Select(p => p.AchievementId!.Value).ToList();
            var achievements = await db.Achievements.AsNoTracking().Where(a => achievementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
            var projects = r.Projects.OrderBy(p => p.SortOrder).Select(p => new Project(
                p.Id, p.Title, p.Presenter, p.Summary, p.FinancingNeed, p.AchievementId,
                p.AchievementId is { } a ? achievements.GetValueOrDefault(a) : null,
                [.. p.Outcomes.OrderBy(o => o.On).ThenBy(o => o.RecordedAt).Select(o => new Outcome(o.Id, o.Kind, EventTerms.Name(o.Kind), o.Amount, o.Investor, o.Note, o.On, o.RecordedBy))]))
                .ToList();
            var all = projects.SelectMany(p => p.Outcomes).ToList();
            var active = r.Registrations.Where(x => x.CancelledAt == null).ToList();
            var totals = new Totals(
                active.Count, active.Count(x => x.Attended == true), projects.Count, projects.Sum(p => p.FinancingNeed),
                [.. Enum.GetValues<OutcomeKind>().Select(k => new OutcomeCount(k, EventTerms.Name(k), all.Count(o => o.Kind == k), all.Where(o => o.Kind == k).Sum(o => o.Amount ?? 0)))],
                all.Where(o => o.Kind == OutcomeKind.Invested).Sum(o => o.Amount ?? 0),
                all.Where(o => o.Kind == OutcomeKind.IntendedInvestment).Sum(o => o.Amount ?? 0));

            static Registration Row(RoadshowRegistration x) => new(x.Id, x.ParticipantKind, x.ParticipantName, x.Contact, x.RegisteredAt, x.CancelledAt, x.Attended);
            var who = user.IsAuthenticated ? await participants.CurrentAsync(ct) : null;
            var mine = who is null ? null : r.Registrations.FirstOrDefault(x => x.ParticipantKind == who.Kind && x.ParticipantId == who.Id);
            return new Details(
                r.Id, r.Title, r.StartsAt, r.Place, r.Theme, r.Capacity, r.Description, r.Status, EventTerms.State(r.Status, r.StartsAt, now),
                r.HasStarted(now), r.Status == RoadshowStatus.Published && !r.HasStarted(now) && user.Has(Permissions.RoadshowsAttend) && who is not null && mine is not { CancelledAt: null },
                r.Version, r.CreatedBy, projects, totals,
                staff ? [.. r.Registrations.OrderBy(x => x.RegisteredAt).Select(Row)] : null,
                mine is null ? null : Row(mine));
        }
    }
}
