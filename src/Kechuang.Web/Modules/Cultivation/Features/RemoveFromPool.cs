using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Cultivation.Domain;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>Ends a firm's stay in a pool with a reason and a date; the stay stays on record.</summary>
public static class RemoveFromPool
{
    public sealed class Command
    {
        [Display(Name = "出库理由")]
        [Required(ErrorMessage = "请填写出库理由")]
        [StringLength(PoolMembership.ReasonMaxLength, ErrorMessage = "出库理由不能超过 {1} 个字")]
        public string Reason { get; set; } = "";

        public DateOnly? RemovedOn { get; set; }

        /// <summary>The stay's row version as read.</summary>
        public long Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, LadderAssessor assessor)
    {
        public async Task<bool> Handle(Guid membershipId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.CultivationManage);
            Validation.Throw(command);
            var stay = await db.PoolMemberships.FirstOrDefaultAsync(m => m.Id == membershipId, ct);
            if (stay is null || (await registry.FindVisibleByIdsAsync([stay.EnterpriseId], ct)).Count == 0)
            {
                return false;
            }

            if (stay.RemovedOn is not null)
            {
                throw new ConflictException($"该企业已于 {stay.RemovedOn:yyyy-MM-dd} 出库");
            }

            if (stay.Version != command.Version)
            {
                throw new ConflictException("该入库记录已被他人修改，请刷新后重试");
            }

            var on = command.RemovedOn ?? assessor.Today;
            if (on > assessor.Today || on < stay.AdmittedOn)
            {
                throw new FieldValidationException(new Dictionary<string, string[]>
                {
                    [nameof(Command.RemovedOn)] = [$"出库日期应在入库日期（{stay.AdmittedOn:yyyy-MM-dd}）与今天之间"],
                });
            }

            stay.RemovedOn = on;
            stay.RemovalReason = command.Reason.Trim();
            stay.RemovedBy = user.Id;
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
