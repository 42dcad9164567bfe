using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>Applications: of a call for staff (filter by status, search by title or applicant, paged, ranked when
/// scored); a firm's own across calls.</summary>
public static class ListApplications
{
    public sealed record Query(Guid? CallId = null, ApplicationStatus? Status = null, string? Search = null, int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, Guid CallId, string CallTitle, string Title, string ApplicantName, string Field, decimal RequestedAmount,
        ApplicationStatus Status, string StatusName, int Revision, DateTimeOffset? SubmittedAt, decimal? FinalScore, int? Rank, Guid? BatchId);

    public sealed record Page(IReadOnlyList<Row> Items, int Total, int PageNumber, int PageSize);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            var applications = db.ProjectApplications.AsNoTracking();
            if (!user.Has(Permissions.ProgrammesManage))
            {
                user.Demand(Permissions.ProgrammesApply);
                var own = user.EnterpriseId ?? Guid.Empty;
                applications = applications.Where(a => a.EnterpriseId == own);
            }

            if (q.CallId is { } callId)
            {
                applications = applications.Where(a => a.CallId == callId);
            }

            if (q.Status is { } status)
            {
                applications = applications.Where(a => a.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(q.Search))
            {
                var s = q.Search.Trim();
                applications = applications.Where(a => a.Title.Contains(s) || a.ApplicantName.Contains(s));
            }

            var page = Math.Max(1, q.Page);
            var size = Math.Clamp(q.PageSize, 1, 200);
            var total = await applications.CountAsync(ct);
            var rows = await applications
                .OrderBy(a => a.Rank == null).ThenBy(a => a.Rank).ThenByDescending(a => a.SubmittedAt).ThenBy(a => a.Title)
                .Skip(Paging.Skip(page, size)).Take(size)
                .Join(db.Calls, a => a.CallId, c => c.Id, (a, c) => new { a, CallTitle = c.Title })
                .ToListAsync(ct);
            return new Page(rows.Select(x => new Row(x.a.Id, x.a.CallId, x.CallTitle, x.a.Title, x.a.ApplicantName, x.a.Field,
                x.a.RequestedAmount, x.a.Status, ApplicationStatuses.Name(x.a.Status), x.a.Revision, x.a.SubmittedAt, x.a.FinalScore, x.a.Rank,
                x.a.BatchId)).ToList(), total, page, size);
        }
    }
}
