using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>Who may read an application: staff who manage programmes, the applicant firm's users, and an expert
/// currently on its panel. Anyone else gets "not found", so the existence of an application is not revealed.</summary>
public sealed class ApplicationAccess(AppDbContext db, CurrentUser user)
{
    public bool IsStaff => user.Has(Permissions.ProgrammesManage);

    public bool IsApplicant(ProjectApplication application) => user.EnterpriseId is { } own && own == application.EnterpriseId;

    public async Task<ProjectApplication?> FindReadableAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.ProjectApplications : db.ProjectApplications.AsNoTracking();
        var application = await query.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return null;
        }

        if (IsStaff || IsApplicant(application))
        {
            return application;
        }

        return await IsOnPanelAsync(id, ct) ? application : null;
    }

    /// <summary>The application for the applicant firm to change, or null when it is not theirs.</summary>
    public async Task<ProjectApplication?> FindOwnAsync(Guid id, CancellationToken ct)
    {
        user.Demand(Permissions.ProgrammesApply);
        var application = await db.ProjectApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
        return application is not null && user.EnterpriseId == application.EnterpriseId ? application : null;
    }

    private async Task<bool> IsOnPanelAsync(Guid applicationId, CancellationToken ct) =>
        user.Id is { } userId && user.Has(Permissions.ReviewsScore)
        && await db.ReviewAssignments.AnyAsync(a => a.ApplicationId == applicationId
            && (a.Status == AssignmentState.Assigned || a.Status == AssignmentState.Scored)
            && db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == userId), ct);
}
