using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>评审任务: the signed-in expert's assignments, and nothing else.</summary>
public static class ListMyAssignments
{
    public sealed record Row(
        Guid AssignmentId, Guid ApplicationId, string CallTitle, string BatchName, string Title, string Field, DateOnly? DueOn,
        AssignmentState Status, string StatusName, decimal? Total, string Explanation, bool BatchOpen);

    public sealed class Handler(AppDbContext db, ExpertSeat seats)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            if (await seats.ExpertIdAsync(ct) is not { } expertId)
            {
                return [];
            }

            var rows = await (
                from a in db.ReviewAssignments.AsNoTracking()
                where a.ExpertId == expertId && (a.Status == AssignmentState.Assigned || a.Status == AssignmentState.Scored)
                join b in db.ReviewBatches on a.BatchId equals b.Id
                join p in db.ProjectApplications on a.ApplicationId equals p.Id
                join c in db.Calls on b.CallId equals c.Id
                select new { a, b.Number, b.DueOn, BatchStatus = b.Status, p.Title, p.Field, CallTitle = c.Title }).ToListAsync(ct);
            return rows.OrderBy(r => r.a.Status).ThenBy(r => r.DueOn).ThenBy(r => r.Title)
                .Select(r => new Row(r.a.Id, r.a.ApplicationId, r.CallTitle, $"第 {r.Number} 批", r.Title, r.Field, r.DueOn, r.a.Status,
                    ReviewNames.Of(r.a.Status), r.a.Total, r.a.Explanation, r.BatchStatus == ReviewBatchStatus.Scoring)).ToList();
        }
    }
}
