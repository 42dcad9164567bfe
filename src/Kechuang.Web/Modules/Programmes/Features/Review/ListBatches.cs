using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>The review batches of a call with their progress.</summary>
public static class ListBatches
{
    public sealed record Row(Guid Id, string Name, ReviewBatchStatus Status, string StatusName, int Applications, DateOnly? DueOn, long TotalAffinity);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<List<Row>> Handle(Guid callId, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            var batches = await db.ReviewBatches.AsNoTracking().Where(b => b.CallId == callId).OrderBy(b => b.Number).ToListAsync(ct);
            var counts = await db.ProjectApplications.Where(a => a.CallId == callId && a.BatchId != null)
                .GroupBy(a => a.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count, ct);
            return batches.Select(b => new Row(b.Id, b.Name, b.Status, ReviewNames.Of(b.Status), counts.GetValueOrDefault(b.Id), b.DueOn, b.TotalAffinity)).ToList();
        }
    }
}
