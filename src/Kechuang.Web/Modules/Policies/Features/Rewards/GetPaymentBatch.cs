using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

public static class GetPaymentBatch
{
    /// <param name="CanApprove">Whether the current user may approve it now (a draft with rows, compiled by someone else).</param>
    public sealed record Details(
        Guid Id, string Number, string Title, BatchStatus Status, string StatusName, DateTimeOffset CreatedAt, Guid? CreatedById, string? CreatedBy,
        DateTimeOffset? ApprovedAt, string? ApprovedBy, string? ApprovalNote, IReadOnlyList<ListRewards.Row> Rewards, int Count, decimal TotalAmount,
        bool IsReadOnly, bool CanApprove, long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            PaymentBatches.DemandRead(user);
            var b = await db.PaymentBatches.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (b is null)
            {
                return null;
            }

            var rewards = await db.RecognitionRewards.AsNoTracking().Where(r => r.BatchId == id).ToListAsync(ct);
            var rows = (await ListRewards.RowsAsync(db, registry, rewards, ct))
                .OrderBy(r => r.RecognizedOn).ThenBy(r => r.EnterpriseName, StringComparer.Ordinal).ThenBy(r => r.CertificateNumber, StringComparer.Ordinal).ToList();
            var draft = b.Status == BatchStatus.Draft;
            return new Details(
                b.Id, b.Number, b.Title, b.Status, PaymentBatches.StatusName(b.Status), b.CreatedAt, b.CreatedById, b.CreatedBy,
                b.ApprovedAt, b.ApprovedBy, b.ApprovalNote, rows, rows.Count, rows.Sum(r => r.Amount), !draft,
                draft && rows.Count > 0 && user.Has(Permissions.RewardsApprove) && (b.CreatedById is null || b.CreatedById != user.Id), b.Version);
        }
    }
}
