using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>For a firm's user: the batches it can declare for or has declared in, with its declaration and award.</summary>
public static class ListMyDeclarations
{
    /// <summary>The firm's declaration in a batch; <see cref="Version"/> is what a revision or withdrawal sends back.</summary>
    public sealed record Declared(Guid Id, long Version, decimal RdExpense, decimal PreviousRdExpense, decimal SuperDeductionAmount, decimal Revenue, decimal TaxPaid,
        string? AttachmentName, DateTimeOffset DeclaredAt);

    /// <summary>CanChange: the firm may still revise or withdraw its declaration (not approved, deadline not passed).</summary>
    public sealed record Row(Guid BatchId, int Year, string Title, string StatusName, DateOnly DeclarationDeadline, bool CanDeclare, bool CanChange,
        decimal? RdExpense, DateTimeOffset? DeclaredAt, decimal? Amount, string? Explanation, Declared? Declaration);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            if (!SubsidyBatches.IsFirmUser(user))
            {
                throw new UnauthorizedAccessException(Permissions.EnterprisesEdit);
            }

            var firm = user.EnterpriseId!.Value;
            var today = BeijingTime.Today(clock);
            var batches = await db.SubsidyBatches.AsNoTracking().ToListAsync(ct);
            var mine = (await db.SubsidyDeclarations.AsNoTracking().Where(d => d.EnterpriseId == firm)
                    .Select(d => new { d.Id, d.BatchId, d.RdExpense, d.PreviousRdExpense, d.SuperDeductionAmount, d.Revenue, d.TaxPaid, d.AttachmentName, d.DeclaredAt })
                    .ToListAsync(ct))
                .ToDictionary(d => d.BatchId, d => new Declared(d.Id, SubsidyDeclaration.VersionOf(d.DeclaredAt), d.RdExpense, d.PreviousRdExpense, d.SuperDeductionAmount,
                    d.Revenue, d.TaxPaid, d.AttachmentName, d.DeclaredAt));
            var awards = await db.SubsidyAwards.AsNoTracking().Where(a => a.EnterpriseId == firm)
                .Select(a => new { a.BatchId, a.Amount, a.Explanation }).ToDictionaryAsync(a => a.BatchId, ct);
            return batches
                .Where(b => mine.ContainsKey(b.Id) || (b.Status != SubsidyBatchStatus.Approved && b.DeclarationDeadline >= today))
                .OrderByDescending(b => b.Year).ThenByDescending(b => b.CreatedAt)
                .Select(b =>
                {
                    var d = mine.GetValueOrDefault(b.Id);
                    var open = b.Status != SubsidyBatchStatus.Approved && b.DeclarationDeadline >= today;
                    // A firm sees its award once the batch is approved.
                    var a = b.Status == SubsidyBatchStatus.Approved ? awards.GetValueOrDefault(b.Id) : null;
                    return new Row(b.Id, b.Year, b.Title, SubsidyBatches.StatusName(b.Status), b.DeclarationDeadline, d is null && open, d is not null && open,
                        d?.RdExpense, d?.DeclaredAt, a?.Amount, a?.Explanation, d);
                }).ToList();
        }
    }
}
