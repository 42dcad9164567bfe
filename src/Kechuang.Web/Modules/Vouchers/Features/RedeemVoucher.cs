using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Vouchers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>
/// 兑付申请 in either model: the firm after paying a registered provider in full (企业先付后补), or the provider after
/// the firm paid its share (服务机构兑付, the firm gives the provider its voucher code). The amount asked may not exceed
/// fee × cover share, the per-redemption cap, or the voucher's balance; it is reserved on the voucher at once, so two
/// requests arriving together cannot both spend it (version token + CHECK Remaining ≥ 0), and a contract is redeemed
/// once per voucher (unique index).
/// </summary>
public static class RedeemVoucher
{
    public sealed class Command
    {
        [Required(ErrorMessage = "请填写创新券券号")]
        public string? VoucherCode { get; set; }

        /// <summary>The provider; for the provider model it is the signed-in provider's own and may be left empty.</summary>
        public Guid? ProviderId { get; set; }

        [Required(ErrorMessage = "请填写服务合同编号")]
        [StringLength(50, ErrorMessage = "合同编号不能超过 {1} 个字符")]
        public string? ContractNo { get; set; }

        [Required(ErrorMessage = "请选择服务类型")]
        public string? ServiceType { get; set; }

        [Range(typeof(decimal), "0.01", "100000", ErrorMessage = "服务合同金额应在 {1}–{2} 万元之间")]
        public decimal ServiceFee { get; set; }

        [Range(typeof(decimal), "0.01", "1000", ErrorMessage = "申请兑付金额应在 {1}–{2} 万元之间")]
        public decimal Amount { get; set; }
    }

    public sealed record Result(Guid RedemptionId, decimal Amount, decimal VoucherRemaining, string Explanation);

    public sealed class Handler(AppDbContext db, CurrentUser user, UserDirectory users, TimeProvider clock)
    {
        public async Task<Result?> Handle(Command command, CancellationToken ct)
        {
            Validation.Throw(command);
            var firmUser = user.Has(Permissions.VouchersApply) && user.EnterpriseId is not null;
            if (!firmUser)
            {
                user.Demand(Permissions.VouchersRedeem);
            }

            var voucher = await db.Vouchers.FirstOrDefaultAsync(v => v.Code == command.VoucherCode!.Trim(), ct);
            if (voucher is null || (firmUser && voucher.EnterpriseId != user.EnterpriseId))
            {
                throw new FieldValidationException("voucherCode", "券号不存在或不属于本企业");
            }

            var provider = await ProviderAsync(command, firmUser, ct);
            var policy = await db.VoucherPolicies.AsNoTracking().FirstAsync(p => p.Id == voucher.PolicyId, ct);
            var type = command.ServiceType!.Trim();
            if (!policy.ServiceTypeList.Contains(type))
            {
                throw new FieldValidationException("serviceType", $"本批次创新券只能用于：{string.Join("、", policy.ServiceTypeList)}");
            }

            if (!provider.ServiceTypeList.Contains(type))
            {
                throw new FieldValidationException("serviceType", $"“{provider.Name}”未登记提供“{type}”服务");
            }

            var byShare = Math.Round(command.ServiceFee * policy.CoverPercent / 100, 2);
            var most = Math.Min(Math.Min(byShare, policy.CapPerRedemption), voucher.Remaining);
            if (command.Amount > most)
            {
                throw new FieldValidationException("amount",
                    $"本次最多可兑付 {most:0.##} 万元：服务费 {command.ServiceFee:0.##} 万元 × {policy.CoverPercent:0.##}% = {byShare:0.##} 万元，单次上限 {policy.CapPerRedemption:0.##} 万元，券余额 {voucher.Remaining:0.##} 万元");
            }

            voucher.Reserve(command.Amount, BeijingTime.Today(clock));
            var redemption = new Redemption
            {
                VoucherId = voucher.Id,
                ProviderId = provider.Id,
                Model = firmUser ? RedemptionModel.FirmReimbursed : RedemptionModel.ProviderRedeems,
                ContractNo = command.ContractNo!.Trim(),
                ServiceType = type,
                ServiceFee = command.ServiceFee,
                Amount = command.Amount,
                Explanation = $"服务费 {command.ServiceFee:0.##} 万元 × {policy.CoverPercent:0.##}% = {byShare:0.##} 万元；单次上限 {policy.CapPerRedemption:0.##} 万元；申请 {command.Amount:0.##} 万元（{policy.Name}）",
                SubmittedAt = clock.GetUtcNow(),
                SubmittedBy = user.Name,
            };
            db.Redemptions.Add(redemption);
            await db.SaveChangesAsync(ct);
            return new Result(redemption.Id, redemption.Amount, voucher.Remaining, redemption.Explanation);
        }

        private async Task<VoucherProvider> ProviderAsync(Command command, bool firmUser, CancellationToken ct)
        {
            if (firmUser)
            {
                return await db.VoucherProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.ProviderId && p.Active, ct)
                    ?? throw new FieldValidationException("providerId", "请选择已登记的创新券服务机构（未登记的机构不能兑付）");
            }

            var unit = await users.UnitOfAsync(user.Id ?? Guid.Empty, ct);
            return await db.VoucherProviders.AsNoTracking().FirstOrDefaultAsync(p => unit != null && p.UnitId == unit && p.Active, ct)
                ?? throw new DomainRuleException("本机构尚未登记为创新券服务机构，不能兑付创新券");
        }
    }
}
