using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>One project with its reports and conclusions.</summary>
public static class GetProject
{
    public sealed record Report(Guid Id, ReportKind Kind, string KindName, string Content, DateTimeOffset SubmittedAt, string SubmittedBy,
        bool? Passed, string? Conclusion, string? ReviewedBy);

    public sealed record Details(
        Guid Id, string ProjectNo, string Title, Guid ApplicationId, Guid CallId, string CallTitle, string TypeName, string ApplicantName,
        string ApplicantCreditCode, decimal Grant, bool LumpSum, ProjectStatus Status, string StatusName, DateOnly PublicityFrom,
        DateOnly PublicityTo, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? MidTermDueOn, EvaluationMode EvaluationMode, string EvaluationName,
        bool? Passed, string? Conclusion, string? StatusReason, decimal? Score, int? Rank, IReadOnlyList<Report> Reports, bool IsStaff, long Version);

    public sealed class Handler(AppDbContext db, ProjectAccess access)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var p = await access.FindAsync(id, ct);
            if (p is null)
            {
                return null;
            }

            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == p.CallId, ct);
            var application = await db.ProjectApplications.AsNoTracking().FirstAsync(a => a.Id == p.ApplicationId, ct);
            var reports = (await db.ProjectReports.AsNoTracking().Where(r => r.ProjectId == id).ToListAsync(ct)).OrderBy(r => r.SubmittedAt)
                .Select(r => new Report(r.Id, r.Kind, r.Kind == ReportKind.MidTerm ? "中期报告" : $"{ProjectStatuses.Name(p.EvaluationMode)}报告", r.Content,
                    r.SubmittedAt, r.SubmittedBy, r.Passed, r.Conclusion, r.ReviewedBy)).ToList();
            return new Details(p.Id, p.ProjectNo, p.Title, p.ApplicationId, p.CallId, call.Title, call.TypeName, p.ApplicantName, p.ApplicantCreditCode,
                p.Grant, p.LumpSum, p.Status, ProjectStatuses.Name(p.Status), p.PublicityFrom, p.PublicityTo, p.StartsOn, p.EndsOn, p.MidTermDueOn,
                p.EvaluationMode, ProjectStatuses.Name(p.EvaluationMode), p.Passed, p.Conclusion, p.StatusReason, application.FinalScore, application.Rank,
                reports, access.IsStaff, p.Version);
        }
    }
}
