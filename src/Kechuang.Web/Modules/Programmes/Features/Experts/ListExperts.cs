using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Experts;

/// <summary>The expert pool with filters and paging; each row says whether the expert may review now (available, within the age limit).</summary>
public static class ListExperts
{
    public const int MaxPageSize = 200;

    public sealed record Query(string? Search = null, string? Field = null, ExpertKind? Kind = null, bool? Available = null, int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, string Name, ExpertTitle Title, ExpertKind Kind, string UnitName, string Fields, string Keywords, int? Age, bool OverAge,
        bool IsAvailable, int MaxLoad, int Conflicts);

    public sealed record Page(IReadOnlyList<Row> Items, int Total, int PageNumber, int PageSize, int AgeLimit);

    public sealed class Handler(AppDbContext db, CurrentUser user, ExpertRules rules)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            user.Demand(Permissions.ExpertsManage);
            var query = db.Experts.AsNoTracking();
            if (q.Search?.Trim() is { Length: > 0 } s)
            {
                query = query.Where(e => e.Name.Contains(s) || e.UnitName.Contains(s) || e.Keywords.Contains(s));
            }

            if (q.Field is { Length: > 0 } field)
            {
                query = query.Where(e => e.Fields.Contains(field));
            }

            if (q.Kind is { } kind)
            {
                query = query.Where(e => e.Kind == kind);
            }

            if (q.Available is { } available)
            {
                query = query.Where(e => e.IsAvailable == available);
            }

            var page = Math.Max(1, q.Page);
            var size = Math.Clamp(q.PageSize, 1, MaxPageSize);
            var total = await query.CountAsync(ct);
            var rows = await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip(Paging.Skip(page, size)).Take(size)
                .Select(e => new { e.Id, e.Name, e.Title, e.Kind, e.UnitName, e.Fields, e.Keywords, e.IdNumber, e.IsAvailable, e.MaxLoad, Conflicts = e.Conflicts.Count })
                .ToListAsync(ct);
            return new Page(rows.Select(e =>
            {
                var age = rules.AgeOf(e.IdNumber);
                return new Row(e.Id, e.Name, e.Title, e.Kind, e.UnitName, e.Fields, e.Keywords, age, age > rules.AgeLimit, e.IsAvailable, e.MaxLoad, e.Conflicts);
            }).ToList(), total, page, size, rules.AgeLimit);
        }
    }
}

/// <summary>The pool's configurable rules: the age limit (Programmes:ExpertAgeLimit, default 65, DOMAIN.md).</summary>
public sealed class ExpertRules(IConfiguration config, TimeProvider clock)
{
    public int AgeLimit => config.GetValue("Programmes:ExpertAgeLimit", 65);

    public int? AgeOf(string idNumber)
    {
        if (ResidentId.BirthDate(idNumber) is not { } born)
        {
            return null;
        }

        var today = BeijingTime.Today(clock);
        var age = today.Year - born.Year;
        return born.AddYears(age) > today ? age - 1 : age;
    }
}
