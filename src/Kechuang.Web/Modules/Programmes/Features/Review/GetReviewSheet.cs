using System.Text.Json;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>The scoring sheet of one assignment: the call's criteria and this expert's own scores. Other experts'
/// scores are not part of it until the batch closes, and then only as the panel result.</summary>
public static class GetReviewSheet
{
    public sealed record Sheet(
        Guid AssignmentId, Guid ApplicationId, string CallTitle, string Title, IReadOnlyList<Criterion> Criteria,
        Dictionary<string, decimal> Scores, string? Comment, decimal? Total, AssignmentState Status, bool Open, DateOnly? DueOn,
        string Explanation, long Version, decimal? PanelResult, string? PanelExplanation);

    public sealed class Handler(AppDbContext db, ExpertSeat seats)
    {
        public async Task<Sheet?> Handle(Guid assignmentId, CancellationToken ct)
        {
            var seat = await seats.FindOwnAsync(assignmentId, ct);
            if (seat is null)
            {
                return null;
            }

            var batch = await db.ReviewBatches.AsNoTracking().FirstAsync(b => b.Id == seat.BatchId, ct);
            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == batch.CallId, ct);
            var application = await db.ProjectApplications.AsNoTracking().FirstAsync(a => a.Id == seat.ApplicationId, ct);
            var scores = seat.ScoresJson is null ? [] : JsonSerializer.Deserialize<Dictionary<string, decimal>>(seat.ScoresJson) ?? [];
            var closed = batch.Status == ReviewBatchStatus.Closed;
            return new Sheet(seat.Id, seat.ApplicationId, call.Title, application.Title, call.Settings.Criteria, scores, seat.Comment, seat.Total,
                seat.Status, batch.Status == ReviewBatchStatus.Scoring && seat.IsActive, batch.DueOn, seat.Explanation, seat.Version,
                closed ? application.FinalScore : null, closed ? application.ScoreExplanation : null);
        }
    }
}
