using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>An expert fills the scoring sheet: a score per criterion within its range and a comment. They may revise
/// it until the batch closes. Anyone but the assigned expert gets 403.</summary>
public static class ScoreApplication
{
    public sealed class Command
    {
        public Dictionary<string, decimal> Scores { get; set; } = [];

        public string? Comment { get; set; }

        public long Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, ExpertSeat seats, TimeProvider clock)
    {
        public async Task<decimal?> Handle(Guid assignmentId, Command command, CancellationToken ct)
        {
            var seat = await seats.FindOwnAsync(assignmentId, ct);
            if (seat is null)
            {
                return null;
            }

            var batch = await db.ReviewBatches.AsNoTracking().FirstAsync(b => b.Id == seat.BatchId, ct);
            batch.EnsureScoring();
            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == batch.CallId, ct);
            var (total, problem) = PanelScore.Weighted(call.Settings.Criteria, command.Scores);
            if (problem is not null)
            {
                throw new FieldValidationException("scores", problem);
            }

            var comment = command.Comment?.Trim() ?? "";
            if (comment.Length is < 10 or > 2000)
            {
                throw new FieldValidationException("comment", "请填写评审意见（10–2000 字）");
            }

            db.Entry(seat).Property(s => s.Version).OriginalValue = command.Version;
            seat.Score(CallSettings.Write(command.Scores), total!.Value, comment, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return total;
        }
    }
}
