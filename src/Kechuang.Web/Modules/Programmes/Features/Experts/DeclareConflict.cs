using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Experts;

/// <summary>Records a conflict (回避) of an expert with a unit: former employment in the last 3 years, kinship, or another declared relation.</summary>
public static class DeclareConflict
{
    public sealed class Command : IValidatableObject
    {
        public ConflictKind Kind { get; set; } = ConflictKind.Declared;

        [Display(Name = "回避单位")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字")]
        public string UnitName { get; set; } = "";

        public string? UnitCreditCode { get; set; }

        [Display(Name = "回避原因")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(500, ErrorMessage = "{0}不能超过 {1} 个字")]
        public string Reason { get; set; } = "";

        public DateOnly? Until { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (UnitCreditCode is { Length: > 0 } code && CreditCode.Check(CreditCode.Normalise(code)) is { } problem)
            {
                yield return new ValidationResult(problem, [nameof(UnitCreditCode)]);
            }
        }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid expertId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ExpertsManage);
            Validation.Throw(command);
            if (!await db.Experts.AnyAsync(e => e.Id == expertId, ct))
            {
                return null;
            }

            // Former employment counts for three years (DOMAIN.md); default the lapse date when none is given.
            var until = command.Until ?? (command.Kind == ConflictKind.FormerEmployment
                ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(3)
                : null);
            var conflict = new ExpertConflict
            {
                ExpertId = expertId,
                Kind = command.Kind,
                UnitName = command.UnitName.Trim(),
                UnitCreditCode = command.UnitCreditCode is { Length: > 0 } c ? CreditCode.Normalise(c) : null,
                Reason = command.Reason.Trim(),
                Until = until,
            };
            db.ExpertConflicts.Add(conflict);
            await db.SaveChangesAsync(ct);
            return conflict.Id;
        }
    }
}
