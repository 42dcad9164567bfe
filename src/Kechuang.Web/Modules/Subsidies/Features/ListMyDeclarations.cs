using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>For a firm's user: the batches it can declare for or has declared in, with its declaration and award.</summary>
public static class ListMyDeclarations
{
    public sealed record Row(Guid BatchId, int Year, string Title, string StatusName, DateOnly DeclarationDeadline, bool CanDeclare,
        decimal? RdExpense, DateTimeOffset? DeclaredAt, decimal? Amount, string? Explanation);

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
            var mine = await db.SubsidyDeclarations.AsNoTracking().Where(d => d.EnterpriseId == firm)
                .Select(d => new { d.BatchId, d.RdExpense, d.DeclaredAt }).ToDictionaryAsync(d => d.BatchId, ct);
            var awards = await db.SubsidyAwards.AsNoTracking().Where(a => a.EnterpriseId == firm)
                .Select(a => new { a.BatchId, a.Amount, a.Explanation }).ToDictionaryAsync(a => a.BatchId, ct);
            return batches
                .Where(b => mine.ContainsKey(b.Id) || (b.Status != SubsidyBatchStatus.Approved && b.DeclarationDeadline >= today))
                .OrderByDescending(b => b.Year).ThenByDescending(b => b.CreatedAt)
                .Select(b =>
                {
                    var d = mine.GetValueOrDefault(b.Id);
                    // A firm sees its award once the batch is approved.
                    var a = b.Status == SubsidyBatchStatus.Approved ? awards.GetValueOrDefault(b.Id) : null;
                    return new Row(b.Id, b.Year, b.Title, SubsidyBatches.StatusName(b.Status), b.DeclarationDeadline,
                        d is null && b.Status != SubsidyBatchStatus.Approved && b.DeclarationDeadline >= today,
                        d?.RdExpense, d?.DeclaredAt, a?.Amount, a?.Explanation);
                }).ToList();
        }
    }
}
