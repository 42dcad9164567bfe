using Kechuang.Review;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Kechuang.Web.Modules.Programmes.Features.Experts;
using Microsoft.EntityFrameworkCore;
using R = Kechuang.Review.Model;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>A review batch as the solver sees it, and the panels it has now.</summary>
public sealed record BatchProblem(
    ReviewBatch Batch, Call Call, ReviewProblem Problem, R.AssignmentRequest Request, IReadOnlyList<R.Panel> Panels,
    IReadOnlyDictionary<Guid, Expert> Experts, IReadOnlyDictionary<Guid, ProjectApplication> Applications);

/// <summary>
/// Builds the solver's problem for a batch from the database: available experts within the age limit, the batch's
/// applications, and 回避 — same unit (by credit code, or by name when the expert's unit has no code), employment in
/// the last three years and kinship or other declared relations with the applicant unit, and experts who declined an
/// application (they are never asked again for it).
/// </summary>
public sealed class BatchProblemBuilder(AppDbContext db, ExpertRules rules, TimeProvider clock)
{
    public const int EmploymentYears = 3;

    public async Task<BatchProblem?> BuildAsync(Guid batchId, CancellationToken ct)
    {
        var batch = await db.ReviewBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null)
        {
            return null;
        }

        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == batch.CallId, ct);
        var applications = await db.ProjectApplications.Where(a => a.BatchId == batchId).OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.BatchId == batchId).ToListAsync(ct);
        var onPanels = assignments.Select(a => a.ExpertId).ToHashSet();

        // Everyone already on a panel stays in the problem even if they became unavailable since, so panels can be checked.
        var experts = (await db.Experts.AsNoTracking().Include(e => e.Conflicts).Where(e => e.IsAvailable || onPanels.Contains(e.Id)).ToListAsync(ct))
            .Where(e => onPanels.Contains(e.Id) || !(rules.AgeOf(e.IdNumber) > rules.AgeLimit))
            .OrderBy(e => e.Id).ToList();

        var conflicts = new R.ConflictSet();
        var since = BeijingTime.Today(clock).AddYears(-EmploymentYears);
        var units = applications.Select(a => (Code: a.ApplicantCreditCode, a.ApplicantName)).Distinct().ToList();
        foreach (var e in experts)
        {
            foreach (var (code, name) in units)
            {
                if (e.UnitCreditCode is null && e.UnitName == name)
                {
                    conflicts.AddEmployment(e.Id.ToString(), code, "与申报单位同单位");
                }

                var relation = e.Conflicts.FirstOrDefault(c => (c.UnitCreditCode == code || c.UnitName == name)
                    && (c.Kind != ConflictKind.FormerEmployment || c.Until is null || c.Until >= since));
                if (relation is not null)
                {
                    conflicts.AddEmployment(e.Id.ToString(), code, ConflictReason(relation));
                }
            }
        }

        foreach (var declined in assignments.Where(a => a.Status == AssignmentState.Declined))
        {
            conflicts.Declare(declined.ExpertId.ToString(), declined.ApplicationId.ToString(), "专家已谢绝：" + ReviewNames.Of(declined.DeclineKind!.Value));
        }

        var problem = ReviewProblem.Build(
            experts.Select(e => new R.Expert(e.Id.ToString(), e.UnitCreditCode ?? e.UnitName, Split(e.Fields), Split(e.Keywords),
                e.Profile ?? "", KindName(e.Kind), e.MaxLoad)).ToList(),
            applications.Select(a => new R.Application(a.Id.ToString(), a.ApplicantCreditCode, a.Field, Split(a.Keywords), $"{a.Title}。{a.Summary}")).ToList(),
            conflicts);
        var request = new R.AssignmentRequest(call.PanelSize, call.RequiredExpertKind is { } kind ? KindName(kind) : null);
        var panels = assignments.Where(a => a.IsActive).GroupBy(a => a.ApplicationId)
            .Select(g => new R.Panel(g.Key.ToString(), g.Select(a => new R.PanelMember(a.ExpertId.ToString(), a.Affinity)).ToList())).ToList();
        return new BatchProblem(batch, call, problem, request, panels, experts.ToDictionary(e => e.Id), applications.ToDictionary(a => a.Id));
    }

    public static string KindName(ExpertKind kind) => kind switch
    {
        ExpertKind.Technical => "技术",
        ExpertKind.Finance => "财务",
        _ => "管理",
    };

    private static string ConflictReason(ExpertConflict c) => c.Kind switch
    {
        ConflictKind.FormerEmployment => $"近{EmploymentYears}年曾在申报单位任职",
        ConflictKind.Kinship => "与申报单位有亲属关系：" + c.Reason,
        _ => "申报的利益关系：" + c.Reason,
    };

    private static List<string> Split(string s) => s.Split(['；', ';', '，', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
