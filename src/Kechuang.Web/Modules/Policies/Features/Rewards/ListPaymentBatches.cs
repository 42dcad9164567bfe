using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

public static class ListPaymentBatches
{
    public sealed record Row(
        Guid Id, string Number, string Title, BatchStatus Status, string StatusName, int Count, decimal TotalAmount,
        DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? ApprovedAt, string? ApprovedBy);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <summary>Every batch, newest first, with its number of rewards and total (万元).</summary>
        public async Task<List<Row>> Handle(BatchStatus? status, CancellationToken ct)
        {
            PaymentBatches.DemandRead(user);
            var batches = db.PaymentBatches.AsNoTracking();
            if (status is { } s)
            {
                batches = batches.Where(b => b.Status == s);
            }

            var list = await batches.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Number).ToListAsync(ct);
            var ids = list.Select(b => b.Id).ToList();
            var amounts = (await db.RecognitionRewards.AsNoTracking().Where(r => r.BatchId != null && ids.Contains(r.BatchId.Value))
                    .Select(r => new { BatchId = r.BatchId!.Value, r.Amount }).ToListAsync(ct))
                .ToLookup(r => r.BatchId, r => r.Amount);
            return list.Select(b => new Row(
                b.Id, b.Number, b.Title, b.Status, PaymentBatches.StatusName(b.Status), amounts[b.Id].Count(), amounts[b.Id].Sum(),
                b.CreatedAt, b.CreatedBy, b.ApprovedAt, b.ApprovedBy)).ToList();
        }
    }
}
