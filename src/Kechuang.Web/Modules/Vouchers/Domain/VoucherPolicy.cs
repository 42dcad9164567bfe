using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Vouchers.Domain;

/// <summary>
/// A voucher policy round (创新券申领批次): what share of a service fee a voucher covers, the caps, the eligible service
/// types, how long an issued voucher stays valid, and the round's budget, handed out first come first served.
/// <see cref="Issued"/> is the running total of quotas; the version token makes two simultaneous applications for the
/// last of the budget take turns instead of both succeeding.
/// </summary>
public sealed class VoucherPolicy : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public int Year { get; set; }

    /// <summary>Share of the service fee the voucher pays, percent (e.g. 50).</summary>
    public decimal CoverPercent { get; set; }

    /// <summary>Most one redemption (one service contract) may draw, 万元.</summary>
    public decimal CapPerRedemption { get; set; }

    /// <summary>Most one firm may be granted in this year across rounds, 万元.</summary>
    public decimal CapPerFirmPerYear { get; set; }

    /// <summary>Eligible service types, "；"-separated (检验检测；研发设计；技术咨询 …).</summary>
    public string ServiceTypes { get; set; } = "";

    /// <summary>Days an issued voucher may be used.</summary>
    public int ValidityDays { get; set; } = 365;

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    /// <summary>预算, 万元.</summary>
    public decimal Budget { get; set; }

    /// <summary>Quotas granted so far, 万元; never above <see cref="Budget"/>.</summary>
    public decimal Issued { get; private set; }

    public long Version { get; set; }

    public IReadOnlyList<string> ServiceTypeList => ServiceTypes.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public decimal Remaining => Budget - Issued;

    public string? WhyNotOpen(DateOnly today) =>
        today < OpensOn ? $"本批次自 {OpensOn:yyyy-MM-dd} 起受理申领"
        : today > ClosesOn ? $"本批次已于 {ClosesOn:yyyy-MM-dd} 截止申领"
        : Remaining <= 0 ? "本批次创新券额度已发放完毕"
        : null;

    /// <summary>Takes <paramref name="amount"/> from the budget, or refuses with what is left.</summary>
    public void Grant(decimal amount)
    {
        if (amount > Remaining)
        {
            throw new DomainRuleException($"本批次剩余额度 {Remaining:0.##} 万元，不足申请的 {amount:0.##} 万元（先到先得）");
        }

        Issued += amount;
    }
}
