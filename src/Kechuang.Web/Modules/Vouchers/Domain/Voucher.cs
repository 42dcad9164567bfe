using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Vouchers.Domain;

/// <summary>
/// A firm's innovation voucher (创新券): a quota in 万元 drawn down by redemptions. A redemption reserves its amount when
/// it is submitted and gives it back if rejected; the version token and the database's check that
/// <see cref="Remaining"/> ≥ 0 keep two simultaneous redemptions from spending the same money.
/// </summary>
public sealed class Voucher : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>券号, e.g. CXQ2026-000123: what a provider asks the firm for.</summary>
    public required string Code { get; init; }

    public Guid PolicyId { get; init; }

    public Guid EnterpriseId { get; init; }

    public required string EnterpriseName { get; init; }

    public decimal Amount { get; init; }

    public decimal Remaining { get; private set; }

    public DateOnly IssuedOn { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public long Version { get; set; }

    public static Voucher Issue(string code, VoucherPolicy policy, Guid enterpriseId, string enterpriseName, decimal amount, DateOnly today) => new()
    {
        Code = code,
        PolicyId = policy.Id,
        EnterpriseId = enterpriseId,
        EnterpriseName = enterpriseName,
        Amount = amount,
        Remaining = amount,
        IssuedOn = today,
        ExpiresOn = today.AddDays(policy.ValidityDays),
    };

    public bool IsExpired(DateOnly today) => today > ExpiresOn;

    public void Reserve(decimal amount, DateOnly today)
    {
        if (IsExpired(today))
        {
            throw new DomainRuleException($"创新券 {Code} 已于 {ExpiresOn:yyyy-MM-dd} 过期，不能再使用");
        }

        if (amount <= 0)
        {
            throw new DomainRuleException("可兑付金额为 0，请核对服务费用");
        }

        if (amount > Remaining)
        {
            throw new DomainRuleException($"创新券 {Code} 余额 {Remaining:0.##} 万元，不足本次 {amount:0.##} 万元");
        }

        Remaining -= amount;
    }

    public void Release(decimal amount) => Remaining += amount;
}
