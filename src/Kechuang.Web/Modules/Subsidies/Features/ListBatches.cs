using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>Every batch with its declaration count and totals (staff).</summary>
public static class ListBatches
{
    public sealed record Row(Guid Id, int Year, string Title, SubsidyBatchStatus Status, string StatusName, decimal Budget, int FormulaVersion, DateOnly DeclarationDeadline,
        int Declarations, decimal TotalAmount, string? CreatedBy, DateTimeOffset CreatedAt);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<List<Row>> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            var batches = await db.SubsidyBatches.AsNoTracking()
                .Select(b => new
                {
                    b.Id,
                    b.Year,
                    b.Title,
                    b.Status,
                    b.Budget,
                    b.FormulaVersion,
                    b.DeclarationDeadline,
                    b.CreatedBy,
                    b.CreatedAt,
                    Declarations = db.SubsidyDeclarations.Count(d => d.BatchId == b.Id),
                })
                .ToListAsync(ct);

            // Summed in memory: SQLite cannot SUM decimals in SQL.
            var amounts = (await db.SubsidyAwards.AsNoTracking().Select(a => new { a.BatchId, a.Amount }).ToListAsync(ct))
                .GroupBy(a => a.BatchId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
            return batches.OrderByDescending(b => b.Year).ThenByDescending(b => b.CreatedAt)
                .Select(b => new Row(b.Id, b.Year, b.Title, b.Status, SubsidyBatches.StatusName(b.Status), b.Budget, b.FormulaVersion, b.DeclarationDeadline,
                    b.Declarations, amounts.GetValueOrDefault(b.Id), b.CreatedBy, b.CreatedAt)).ToList();
        }
    }
}
