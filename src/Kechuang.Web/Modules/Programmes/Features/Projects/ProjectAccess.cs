using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>Projects are read by staff and by the firm that carries them out.</summary>
public sealed class ProjectAccess(AppDbContext db, CurrentUser user)
{
    public bool IsStaff => user.Has(Permissions.ProgrammesManage);

    public async Task<Project?> FindAsync(Guid id, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        return project is not null && (IsStaff || (user.EnterpriseId is { } own && own == project.EnterpriseId)) ? project : null;
    }
}
