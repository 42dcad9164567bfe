using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Cultivation.Domain;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>Admits one or more firms to a pool with a reason and a date, all or none; a firm already in the pool is refused by name.</summary>
public static class AdmitToPool
{
    public const int MaxFirms = 500;

    public sealed class Command : IValidatableObject
    {
        public List<Guid> EnterpriseIds { get; set; } = [];

        [Display(Name = "入库理由")]
        [Required(ErrorMessage = "请填写入库理由")]
        [StringLength(PoolMembership.ReasonMaxLength, ErrorMessage = "入库理由不能超过 {1} 个字")]
        public string Reason { get; set; } = "";

        /// <summary>Defaults to today.</summary>
        public DateOnly? AdmittedOn { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (EnterpriseIds.Count == 0)
            {
                yield return new ValidationResult("请至少选择一家企业", [nameof(EnterpriseIds)]);
            }
            else if (EnterpriseIds.Count > MaxFirms)
            {
                yield return new ValidationResult($"一次最多入库 {MaxFirms} 家企业", [nameof(EnterpriseIds)]);
            }

            if (AdmittedOn is { Year: < 2000 })
            {
                yield return new ValidationResult("入库日期不能早于 2000 年", [nameof(AdmittedOn)]);
            }
        }
    }

    public sealed record Result(int Admitted);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, LadderAssessor assessor)
    {
        /// <summary>Null when the pool does not exist or a firm is not visible to the user.</summary>
        public async Task<Result?> Handle(string code, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationManage);
            Validation.Throw(command);
            var on = command.AdmittedOn ?? assessor.Today;
            if (on > assessor.Today)
            {
                throw new FieldValidationException(new Dictionary<string, string[]> { [nameof(Command.AdmittedOn)] = ["入库日期不能晚于今天"] });
            }

            var pool = await db.CultivationPools.FirstOrDefaultAsync(p => p.Code == code, ct);
            var ids = command.EnterpriseIds.Distinct().ToList();
            var firms = await registry.FindVisibleByIdsAsync(ids, ct);
            if (pool is null || firms.Count != ids.Count)
            {
                return null;
            }

            var already = await db.PoolMemberships.Where(m => m.PoolId == pool.Id && m.RemovedOn == null && ids.Contains(m.EnterpriseId))
                .Select(m => m.EnterpriseId).ToListAsync(ct);
            if (already.Count > 0)
            {
                var names = string.Join("、", firms.Where(f => already.Contains(f.Id)).Select(f => f.Name).Take(5));
                throw new ConflictException($"{names}{(already.Count > 5 ? $" 等 {already.Count} 家企业" : "")}已在{pool.Name}中，未做任何入库");
            }

            db.PoolMemberships.AddRange(ids.Select(id => new PoolMembership
            {
                PoolId = pool.Id,
                EnterpriseId = id,
                AdmittedOn = on,
                AdmissionReason = command.Reason.Trim(),
                AdmittedBy = user.Id,
            }));
            await db.SaveChangesAsync(ct);
            return new Result(ids.Count);
        }
    }
}
