using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>The firm reports on its project: the mid-term report while it runs (once, unless the last was not passed),
/// and the final report, which applies for 验收 / 综合绩效评价.</summary>
public static class SubmitReport
{
    public sealed class Command
    {
        [Required(ErrorMessage = "请选择报告类型")]
        public ReportKind? Kind { get; set; }

        [Required(ErrorMessage = "请填写报告内容")]
        [StringLength(8000, MinimumLength = 20, ErrorMessage = "报告内容应为 {2}–{1} 字")]
        public string? Content { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, ProjectAccess access, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid projectId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesApply);
            Validation.Throw(command);
            var project = await access.FindAsync(projectId, ct);
            if (project is null || user.EnterpriseId != project.EnterpriseId)
            {
                return null;
            }

            var kind = command.Kind!.Value;
            var reports = await db.ProjectReports.Where(r => r.ProjectId == projectId).ToListAsync(ct);
            if (kind == ReportKind.MidTerm)
            {
                project.EnsureInProgress("提交中期报告");
                if (reports.Any(r => r.Kind == ReportKind.MidTerm && r.Passed != false))
                {
                    throw new ConflictException("中期报告已提交；未通过时才能重新提交");
                }
            }
            else
            {
                if (!reports.Any(r => r.Kind == ReportKind.MidTerm && r.Passed == true))
                {
                    throw new DomainRuleException("中期检查通过后才能申请验收");
                }

                project.ApplyForAcceptance();
            }

            var report = new ProjectReport { ProjectId = projectId, Kind = kind, Content = command.Content!.Trim(), SubmittedAt = clock.GetUtcNow(), SubmittedBy = user.Name };
            db.ProjectReports.Add(report);
            await db.SaveChangesAsync(ct);
            return report.Id;
        }
    }
}
