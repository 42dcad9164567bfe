using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Calls;

/// <summary>Calls: every call with its application counts for staff; published ones for the portal and applicants.</summary>
public static class ListCalls
{
    public sealed record Query(int? Year = null, ProgrammeType? Type = null, bool PublishedOnly = false);

    public sealed record Row(
        Guid Id, string Title, string TypeName, int Year, DateOnly OpensOn, DateOnly? ClosesOn, decimal Budget, decimal MaxGrant,
        bool LumpSum, CallStatus Status, string StatusName, bool AcceptingToday, int Applications, int Submitted, decimal Approved);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<List<Row>> Handle(Query q, CancellationToken ct)
        {
            var publishedOnly = q.PublishedOnly || !user.Has(Permissions.ProgrammesManage);
            var calls = db.Calls.AsNoTracking();
            if (publishedOnly)
            {
                calls = calls.Where(c => c.Status != CallStatus.Draft);
            }

            if (q.Year is { } year)
            {
                calls = calls.Where(c => c.Year == year);
            }

            if (q.Type is { } type)
            {
                calls = calls.Where(c => c.Type == type);
            }

            var list = await calls.OrderByDescending(c => c.OpensOn).ThenBy(c => c.Title).ToListAsync(ct);
            var ids = list.Select(c => c.Id).ToList();
            var counts = await db.ProjectApplications.Where(a => ids.Contains(a.CallId))
                .GroupBy(a => a.CallId)
                .Select(g => new { g.Key, All = g.Count(), Submitted = g.Count(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn) })
                .ToDictionaryAsync(x => x.Key, ct);
            var approved = (await db.Projects.Where(p => ids.Contains(p.CallId) && p.Status != ProjectStatus.Revoked)
                    .Select(p => new { p.CallId, p.Grant }).ToListAsync(ct))
                .GroupBy(p => p.CallId).ToDictionary(g => g.Key, g => g.Sum(p => p.Grant));
            var today = BeijingTime.Today(clock);
            return list.Select(c =>
            {
                var n = counts.GetValueOrDefault(c.Id);
                var accepting = c.WhyNotAccepting(today) is null;
                var status = c.Status == CallStatus.Published && !accepting ? (today < c.OpensOn ? "即将受理" : "已截止") : ProgrammeTypes.StatusName(c.Status);
                return new Row(c.Id, c.Title, c.TypeName, c.Year, c.OpensOn, c.ClosesOn, c.Budget, c.MaxGrant, c.LumpSum, c.Status, status,
                    accepting, n?.All ?? 0, n?.Submitted ?? 0, approved.GetValueOrDefault(c.Id));
            }).ToList();
        }
    }
}
