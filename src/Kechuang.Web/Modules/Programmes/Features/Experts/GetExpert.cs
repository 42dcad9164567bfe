using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Experts;

public static class GetExpert
{
    public sealed record ConflictView(Guid Id, ConflictKind Kind, string UnitName, string? UnitCreditCode, string Reason, DateOnly? Until);

    public sealed record Details(Guid Id, ExpertForm Form, int? Age, bool OverAge, IReadOnlyList<ConflictView> Conflicts);

    public sealed class Handler(AppDbContext db, CurrentUser user, ExpertRules rules)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            user.Demand(Permissions.ExpertsManage);
            var e = await db.Experts.AsNoTracking().Include(x => x.Conflicts).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (e is null)
            {
                return null;
            }

            var age = rules.AgeOf(e.IdNumber);
            return new Details(e.Id, ExpertForm.From(e), age, age > rules.AgeLimit,
                e.Conflicts.Select(c => new ConflictView(c.Id, c.Kind, c.UnitName, c.UnitCreditCode, c.Reason, c.Until)).ToList());
        }
    }
}
