using Kechuang.Review;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;
using R = Kechuang.Review.Model;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>A review batch for staff: every panel with why each expert is on it, progress, declines with the solver's
/// suggested replacement, and — once closed — the ranking.</summary>
public static class GetBatch
{
    public sealed record Member(
        Guid AssignmentId, Guid ExpertId, string ExpertName, string Unit, string Kind, int Affinity, string Explanation, string Source,
        AssignmentState Status, string StatusName, decimal? Total, string? DeclineReason);

    public sealed record Suggestion(Guid DeclinedAssignmentId, Guid ExpertId, string ExpertName, int Affinity, string Explanation);

    public sealed record PanelView(
        Guid ApplicationId, string Title, string ApplicantName, string Field, ApplicationStatus Status, decimal? FinalScore, string? ScoreExplanation,
        int? Rank, decimal RequestedAmount, IReadOnlyList<Member> Members, IReadOnlyList<Suggestion> Suggestions);

    public sealed record Details(
        Guid Id, Guid CallId, string CallTitle, string Name, ReviewBatchStatus Status, string StatusName, DateOnly? DueOn, long TotalAffinity,
        string? AssignmentSummary, int PanelSize, int Scored, int Pending, IReadOnlyList<PanelView> Panels);

    public sealed class Handler(AppDbContext db, CurrentUser user, BatchProblemBuilder builder)
    {
        public async Task<Details?> Handle(Guid batchId, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            var bp = await builder.BuildAsync(batchId, ct);
            if (bp is null)
            {
                return null;
            }

            var seats = await db.ReviewAssignments.AsNoTracking().Where(a => a.BatchId == batchId).OrderBy(a => a.AssignedAt).ToListAsync(ct);
            var names = await db.Experts.AsNoTracking().Where(e => seats.Select(s => s.ExpertId).Contains(e.Id))
                .Select(e => new { e.Id, e.Name, e.UnitName, e.Kind }).ToDictionaryAsync(e => e.Id, ct);
            var panels = bp.Applications.Values.OrderBy(a => a.Rank ?? int.MaxValue).ThenBy(a => a.SubmittedAt).Select(a =>
            {
                var members = seats.Where(s => s.ApplicationId == a.Id).Select(s => new Member(s.Id, s.ExpertId, names[s.ExpertId].Name,
                    names[s.ExpertId].UnitName, BatchProblemBuilder.KindName(names[s.ExpertId].Kind), s.Affinity, s.Explanation, ReviewNames.Of(s.Source),
                    s.Status, ReviewNames.Of(s.Status), s.Total,
                    s.DeclineKind is { } k ? $"{ReviewNames.Of(k)}：{s.DeclineReason}" : null)).ToList();
                var open = seats.Where(s => s.ApplicationId == a.Id && s.Status == AssignmentState.Declined
                    && !seats.Any(r => r.ApplicationId == a.Id && r.Source == AssignmentSource.Replacement && r.AssignedAt > s.AssignedAt && r.IsActive)).ToList();
                var suggestions = bp.Batch.Status == ReviewBatchStatus.Scoring
                    ? open.Take(Math.Max(0, bp.Call.PanelSize - members.Count(m => m.Status is AssignmentState.Assigned or AssignmentState.Scored)))
                        .Select(s => Suggest(bp, s)).OfType<Suggestion>().ToList()
                    : [];
                return new PanelView(a.Id, a.Title, a.ApplicantName, a.Field, a.Status, a.FinalScore, a.ScoreExplanation, a.Rank, a.RequestedAmount, members, suggestions);
            }).ToList();
            var active = seats.Where(s => s.IsActive).ToList();
            return new Details(bp.Batch.Id, bp.Call.Id, bp.Call.Title, bp.Batch.Name, bp.Batch.Status, ReviewNames.Of(bp.Batch.Status), bp.Batch.DueOn,
                bp.Batch.TotalAffinity, bp.Batch.AssignmentSummary, bp.Call.PanelSize, active.Count(s => s.Status == AssignmentState.Scored),
                active.Count(s => s.Status == AssignmentState.Assigned), panels);
        }

        private static Suggestion? Suggest(BatchProblem bp, ReviewAssignment declined)
        {
            var applicationId = declined.ApplicationId.ToString();
            var panels = bp.Panels.Where(p => p.ApplicationId != applicationId).ToList();
            var current = bp.Panels.FirstOrDefault(p => p.ApplicationId == applicationId)?.Members ?? [];
            panels.Add(new R.Panel(applicationId, current.Append(new R.PanelMember(declined.ExpertId.ToString(), declined.Affinity)).ToList()));
            var best = SwapAdvisor.SuggestReplacement(bp.Problem, bp.Request, panels, applicationId, declined.ExpertId.ToString());
            return best is null ? null
                : new Suggestion(declined.Id, Guid.Parse(best.ExpertId), bp.Experts[Guid.Parse(best.ExpertId)].Name, best.Affinity, best.Explanation);
        }
    }
}
