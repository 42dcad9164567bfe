using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>The status changes that need no form beyond a reason: end the public notice, revoke during it, archive,
/// and reopen a closed project (reason required, audited). The project entity guards which change is allowed when.</summary>
public static class ChangeProjectStatus
{
    public enum Action
    {
        EndPublicity = 1,
        Revoke = 2,
        Archive = 3,
        Reopen = 4,
    }

    public sealed class Command
    {
        [Required(ErrorMessage = "请选择操作")]
        public Action? Do { get; set; }

        [StringLength(1000, ErrorMessage = "理由不能超过 {1} 个字")]
        public string? Reason { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, ProjectAccess access, TimeProvider clock)
    {
        public async Task<ProjectStatus?> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(command);
            var project = await access.FindAsync(id, ct);
            if (project is null)
            {
                return null;
            }

            switch (command.Do!.Value)
            {
                case Action.EndPublicity:
                    project.EndPublicity(BeijingTime.Today(clock));
                    break;
                case Action.Revoke:
                    project.Revoke(RequireReason(command.Reason, "撤销立项"));
                    break;
                case Action.Archive:
                    project.Archive();
                    break;
                default:
                    project.Reopen(command.Reason ?? "");
                    break;
            }

            await db.SaveChangesAsync(ct);
            return project.Status;
        }

        private static string RequireReason(string? reason, string action) =>
            reason?.Trim() is { Length: >= 4 } r ? r : throw new FieldValidationException("reason", $"{action}须写明理由（至少 4 个字）");
    }
}
