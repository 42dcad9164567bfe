using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>
/// 变更登记: staff register a change the parties agreed to a registered contract — amounts, project name or end of
/// validity. The contract takes the new values (so statistics count the new amounts) and a change record keeps the
/// reason and the figures before and after.
/// </summary>
public static class ChangeTechContract
{
    public sealed class Command : IValidatableObject
    {
        [Required(ErrorMessage = "请写明变更原因")]
        [StringLength(1000, MinimumLength = 4, ErrorMessage = "变更原因应为 {2}–{1} 个字")]
        public string? Reason { get; set; }

        [StringLength(200, ErrorMessage = "项目名称不能超过 {1} 个字")]
        public string? ProjectName { get; set; }

        public DateOnly? ValidTo { get; set; }

        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "成交额应在 {1}–{2} 万元之间")]
        public decimal TotalAmount { get; set; }

        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "技术交易额应在 {1}–{2} 万元之间")]
        public decimal TechnologyAmount { get; set; }

        public long? Version { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (ContractRules.AmountProblem(TotalAmount, TechnologyAmount) is { } amount)
            {
                yield return new ValidationResult(amount, [TotalAmount <= 0 ? nameof(TotalAmount) : nameof(TechnologyAmount)]);
            }
        }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.TechContractsManage);
            Validation.Throw(command);
            var c = await db.TechContracts.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return null;
            }

            c.EnsureRegistered();
            if (command.Version is { } v)
            {
                db.Entry(c).Property(x => x.Version).OriginalValue = v;
            }

            if (command.ValidTo is { } to && to < c.ValidFrom)
            {
                throw new FieldValidationException("validTo", "有效期止不能早于有效期起");
            }

            var parts = new List<string>();
            if (c.TotalAmount != command.TotalAmount)
            {
                parts.Add($"成交额 {Money(c.TotalAmount)} → {Money(command.TotalAmount)} 万元");
            }

            if (c.TechnologyAmount != command.TechnologyAmount)
            {
                parts.Add($"技术交易额 {Money(c.TechnologyAmount)} → {Money(command.TechnologyAmount)} 万元");
            }

            if (command.ProjectName?.Trim() is { Length: > 0 } name && name != c.ProjectName)
            {
                parts.Add($"项目名称“{c.ProjectName}” → “{name}”");
            }

            if (command.ValidTo is { } validTo && validTo != c.ValidTo)
            {
                parts.Add($"有效期止 {c.ValidTo:yyyy-MM-dd} → {validTo:yyyy-MM-dd}");
            }

            if (parts.Count == 0)
            {
                throw new DomainRuleException("没有任何变更内容");
            }

            var change = new TechContractChange
            {
                ContractId = c.Id,
                Kind = ContractChangeKind.Change,
                Reason = command.Reason!.Trim(),
                Summary = string.Join("；", parts),
                TotalBefore = c.TotalAmount,
                TechnologyBefore = c.TechnologyAmount,
                TotalAfter = command.TotalAmount,
                TechnologyAfter = command.TechnologyAmount,
                EffectiveOn = BeijingTime.Today(clock),
                RecordedAt = clock.GetUtcNow(),
                RecordedBy = user.Name,
            };
            c.TotalAmount = command.TotalAmount;
            c.TechnologyAmount = command.TechnologyAmount;
            if (command.ProjectName?.Trim() is { Length: > 0 } newName)
            {
                c.ProjectName = newName;
            }

            c.ValidTo = command.ValidTo ?? c.ValidTo;
            c.RefreshKeys();
            db.TechContractChanges.Add(change);
            await db.SaveChangesAsync(ct);
            return change.Id;
        }

        private static string Money(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);
    }
}

/// <summary>注销登记: staff cancel a registered contract (terminated, rescinded, or registered in error). It leaves the
/// statistics, keeps its number (numbers are never reused), and a cancellation record keeps the reason.</summary>
public static class CancelTechContract
{
    public sealed class Command
    {
        [Required(ErrorMessage = "请写明注销原因")]
        [StringLength(1000, MinimumLength = 4, ErrorMessage = "注销原因应为 {2}–{1} 个字")]
        public string? Reason { get; set; }

        public long? Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.TechContractsManage);
            Validation.Throw(command);
            var c = await db.TechContracts.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return null;
            }

            if (command.Version is { } v)
            {
                db.Entry(c).Property(x => x.Version).OriginalValue = v;
            }

            var today = BeijingTime.Today(clock);
            c.Cancel(today);
            var record = new TechContractChange
            {
                ContractId = c.Id,
                Kind = ContractChangeKind.Cancellation,
                Reason = command.Reason!.Trim(),
                Summary = $"注销登记编号 {c.RegistrationNumber}，不再计入统计",
                TotalBefore = c.TotalAmount,
                TechnologyBefore = c.TechnologyAmount,
                TotalAfter = 0,
                TechnologyAfter = 0,
                EffectiveOn = today,
                RecordedAt = clock.GetUtcNow(),
                RecordedBy = user.Name,
            };
            db.TechContractChanges.Add(record);
            await db.SaveChangesAsync(ct);
            return record.Id;
        }
    }
}
