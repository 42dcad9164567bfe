using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>
/// 认定登记: staff register a submitted contract — it gets the next number of the year (gap-free: the number is taken in
/// the same save as the decision, and a second approval that took the same sequence at the same moment is retried with
/// the next one) — or refuse it with reasons. The firm is notified either way.
/// </summary>
public static class DecideTechContract
{
    public const int Attempts = 5;

    public sealed class Command : IValidatableObject
    {
        public bool Approve { get; set; }

        [StringLength(1000, ErrorMessage = "不予登记的理由不能超过 {1} 个字")]
        public string? Reason { get; set; }

        /// <summary>The version the decider read; a newer save by someone else is a 409.</summary>
        public long? Version { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!Approve && (Reason?.Trim().Length ?? 0) < 4)
            {
                yield return new ValidationResult("不予登记须写明理由（至少 4 个字）", [nameof(Reason)]);
            }
        }
    }

    public sealed record Result(string Status, string? RegistrationNumber);

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier, TimeProvider clock)
    {
        public async Task<Result?> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.TechContractsManage);
            Validation.Throw(command);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryAsync(id, command, ct);
                }
                catch (Exception e) when (command.Approve && attempt < Attempts && ProblemExceptionHandler.IsUniqueViolation(e)
                                          && e is not DbUpdateConcurrencyException)
                {
                    // Another approval took this sequence first: read again and take the next one.
                    db.ChangeTracker.Clear();
                }
            }
        }

        private async Task<Result?> TryAsync(Guid id, Command command, CancellationToken ct)
        {
            var contract = await db.TechContracts.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (contract is null)
            {
                return null;
            }

            if (command.Version is { } v)
            {
                db.Entry(contract).Property(c => c.Version).OriginalValue = v;
            }

            var now = clock.GetUtcNow();
            var today = BeijingTime.Today(clock);
            if (command.Approve)
            {
                var year = today.Year;
                var last = await db.TechContracts.Where(c => c.RegistrationYear == year).MaxAsync(c => c.RegistrationSequence, ct) ?? 0;
                contract.Register(year, last + 1, today, user.Name, now);
                notifier.NotifyEnterprise(contract.SellerEnterpriseId, "技术合同已登记",
                    $"“{contract.ProjectName}”（合同编号 {contract.ContractNumber}）已认定登记，登记编号 {contract.RegistrationNumber}，可下载登记证明。",
                    $"/tech-contracts/{contract.Id}");
            }
            else
            {
                var reason = command.Reason!.Trim();
                contract.Reject(reason, user.Name, now);
                notifier.NotifyEnterprise(contract.SellerEnterpriseId, "技术合同不予登记",
                    $"“{contract.ProjectName}”（合同编号 {contract.ContractNumber}）不予登记：{reason}", $"/tech-contracts/{contract.Id}");
            }

            await db.SaveChangesAsync(ct);
            return new Result(TechContractNames.Status(contract.Status), contract.RegistrationNumber);
        }
    }
}
