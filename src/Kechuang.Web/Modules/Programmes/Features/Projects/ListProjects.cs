using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>Projects: all for staff (by call, status), the firm's own; and the public notice list (公示中, anyone).</summary>
public static class ListProjects
{
    public sealed record Query(Guid? CallId = null, ProjectStatus? Status = null, bool PublicityOnly = false);

    public sealed record Row(
        Guid Id, string ProjectNo, string Title, string ApplicantName, string CallTitle, string TypeName, decimal Grant, bool LumpSum,
        ProjectStatus Status, string StatusName, DateOnly PublicityFrom, DateOnly PublicityTo, DateOnly? MidTermDueOn, DateOnly? EndsOn,
        decimal? Score);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<List<Row>> Handle(Query q, CancellationToken ct)
        {
            var projects = db.Projects.AsNoTracking();
            if (q.PublicityOnly)
            {
                projects = projects.Where(p => p.Status == ProjectStatus.Publicising);
            }
            else if (!user.Has(Permissions.ProgrammesManage))
            {
                user.Demand(Permissions.ProgrammesApply);
                var own = user.EnterpriseId ?? Guid.Empty;
                projects = projects.Where(p => p.EnterpriseId == own);
            }

            if (q.CallId is { } callId)
            {
                projects = projects.Where(p => p.CallId == callId);
            }

            if (q.Status is { } status)
            {
                projects = projects.Where(p => p.Status == status);
            }

            var rows = await (from p in projects
                              join c in db.Calls on p.CallId equals c.Id
                              join a in db.ProjectApplications on p.ApplicationId equals a.Id
                              orderby p.ApprovedAt descending, p.ProjectNo
                              select new { p, c, a.FinalScore }).Take(1000).ToListAsync(ct);
            return rows.Select(r => new Row(r.p.Id, r.p.ProjectNo, r.p.Title, r.p.ApplicantName, r.c.Title, r.c.TypeName, r.p.Grant, r.p.LumpSum,
                r.p.Status, ProjectStatuses.Name(r.p.Status), r.p.PublicityFrom, r.p.PublicityTo, r.p.MidTermDueOn, r.p.EndsOn, r.FinalScore)).ToList();
        }
    }
}
