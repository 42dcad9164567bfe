using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>The contracts the user may see, newest first: a firm its own, staff all (filter by status, year of signing,
/// or a word of the project, seller, buyer, contract or registration number).</summary>
public static class ListTechContracts
{
    public sealed record Query(TechContractStatus? Status = null, int? Year = null, string? Search = null, int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, string ContractNumber, string ProjectName, string KindName, string SellerName, string BuyerName, DateOnly SignedOn,
        decimal TotalAmount, decimal TechnologyAmount, TechContractStatus Status, string StatusName, DateOnly? DueOn, string? RegistrationNumber);

    public sealed record Page(IReadOnlyList<Row> Items, int Total);

    public sealed class Handler(TechContractAccess access)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            var query = access.Visible().AsNoTracking();
            if (q.Status is { } status)
            {
                query = query.Where(c => c.Status == status);
            }

            if (q.Year is { } year)
            {
                var from = new DateOnly(year, 1, 1);
                var to = new DateOnly(year, 12, 31);
                query = query.Where(c => c.SignedOn >= from && c.SignedOn <= to);
            }

            if (q.Search?.Trim() is { Length: > 0 } s)
            {
                query = query.Where(c => c.ProjectName.Contains(s) || c.SellerName.Contains(s) || c.BuyerName.Contains(s)
                                         || c.ContractNumber.Contains(s) || (c.RegistrationNumber != null && c.RegistrationNumber.Contains(s)));
            }

            var size = Math.Clamp(q.PageSize, 1, 200);
            var total = await query.CountAsync(ct);
            var rows = await query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(Paging.Skip(q.Page, size)).Take(size)
                .Select(c => new { c.Id, c.ContractNumber, c.ProjectName, c.Kind, c.SellerName, c.BuyerName, c.SignedOn, c.TotalAmount, c.TechnologyAmount, c.Status, c.DueOn, c.RegistrationNumber })
                .ToListAsync(ct);
            return new Page(
                [.. rows.Select(c => new Row(c.Id, c.ContractNumber, c.ProjectName, TechContractNames.Full(c.Kind), c.SellerName, c.BuyerName, c.SignedOn,
                    c.TotalAmount, c.TechnologyAmount, c.Status, TechContractNames.Status(c.Status), c.DueOn, c.RegistrationNumber))],
                total);
        }
    }
}
