using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Vouchers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>
/// 申领: a firm asks a round for a quota, granted at once while the budget lasts (first come first served) and within
/// the firm's yearly cap across rounds. Two firms racing for the last of the budget are serialised by the round's
/// version token: the loser re-reads and is granted or told what is left.
/// </summary>
public static class ApplyForVoucher
{
    public sealed class Command
    {
        [Required(ErrorMessage = "请选择申领批次")]
        public Guid? PolicyId { get; set; }

        [Range(typeof(decimal), "0.01", "1000", ErrorMessage = "申领额度应在 {1}–{2} 万元之间")]
        public decimal Amount { get; set; }
    }

    public sealed record Result(Guid VoucherId, string Code, decimal Amount, DateOnly ExpiresOn);

    private const int Attempts = 5;

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        public async Task<Result?> Handle(Command command, CancellationToken ct)
        {
            user.Demand(Permissions.VouchersApply);
            Validation.Throw(command);
            if (user.EnterpriseId is not { } firmId)
            {
                throw new DomainRuleException("只有企业用户可以申领创新券");
            }

            var firm = (await registry.FindByIdsAsync([firmId], ct)).Single();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryAsync(command, firm, ct);
                }
                catch (Exception e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || Infrastructure.Errors.ProblemExceptionHandler.IsUniqueViolation(e)))
                {
                    // Someone else took budget or the next voucher number between our read and our write: read again.
                    db.ChangeTracker.Clear();
                }
            }
        }

        private async Task<Result?> TryAsync(Command command, EnterpriseRef firm, CancellationToken ct)
        {
            var today = BeijingTime.Today(clock);
            var policy = await db.VoucherPolicies.FirstOrDefaultAsync(p => p.Id == command.PolicyId, ct);
            if (policy is null)
            {
                return null;
            }

            if (policy.WhyNotOpen(today) is { } why)
            {
                throw new DomainRuleException(why);
            }

            var granted = (await db.Vouchers.Where(v => v.EnterpriseId == firm.Id)
                    .Join(db.VoucherPolicies.Where(p => p.Year == policy.Year), v => v.PolicyId, p => p.Id, (v, _) => v.Amount).ToListAsync(ct)).Sum();
            if (granted + command.Amount > policy.CapPerFirmPerYear)
            {
                throw new DomainRuleException($"每家企业 {policy.Year} 年度创新券上限 {policy.CapPerFirmPerYear:0.##} 万元，已获 {granted:0.##} 万元，最多还可申领 {Math.Max(0, policy.CapPerFirmPerYear - granted):0.##} 万元");
            }

            policy.Grant(command.Amount);
            var sequence = await db.Vouchers.CountAsync(v => v.Code.StartsWith($"CXQ{policy.Year}-"), ct) + 1;
            var voucher = Voucher.Issue($"CXQ{policy.Year}-{sequence:000000}", policy, firm.Id, firm.Name, command.Amount, today);
            db.Vouchers.Add(voucher);
            await db.SaveChangesAsync(ct);
            return new Result(voucher.Id, voucher.Code, voucher.Amount, voucher.ExpiresOn);
        }
    }
}
