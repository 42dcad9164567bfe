using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;

namespace Kechuang.Web.Modules.Vouchers.Domain;

/// <summary>Who receives the money: the firm after paying the provider in full, or the provider after the firm paid its share.</summary>
public enum RedemptionModel
{
    FirmReimbursed = 1,   // 企业先付后补
    ProviderRedeems = 2,  // 服务机构兑付
}

public enum RedemptionStatus
{
    Submitted = 1, // 待审核（额度已预留）
    Approved = 2,  // 已审核，待拨付
    Paid = 3,      // 已拨付
    Rejected = 4,  // 已退回（额度已退还）
}

/// <summary>
/// One use of a voucher on one service contract with a registered provider. The amount is fixed at submission:
/// fee × cover share, capped per redemption and by the voucher's remaining balance, and explained.
/// </summary>
public sealed class Redemption : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid VoucherId { get; init; }

    public Guid ProviderId { get; init; }

    public RedemptionModel Model { get; init; }

    public required string ContractNo { get; init; }

    public required string ServiceType { get; init; }

    /// <summary>服务合同金额, 万元.</summary>
    public decimal ServiceFee { get; init; }

    public decimal Amount { get; init; }

    public required string Explanation { get; init; }

    public RedemptionStatus Status { get; private set; } = RedemptionStatus.Submitted;

    public string? RejectReason { get; private set; }

    public Guid? PayoutId { get; private set; }

    public DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    public string? DecidedBy { get; private set; }

    public long Version { get; set; }

    public void Approve(string by)
    {
        Require(RedemptionStatus.Submitted, "审核");
        Status = RedemptionStatus.Approved;
        DecidedBy = by;
    }

    public void Reject(string reason, string by)
    {
        Require(RedemptionStatus.Submitted, "退回");
        Status = RedemptionStatus.Rejected;
        RejectReason = reason;
        DecidedBy = by;
    }

    public void Pay(Guid payoutId)
    {
        Require(RedemptionStatus.Approved, "拨付");
        Status = RedemptionStatus.Paid;
        PayoutId = payoutId;
    }

    private void Require(RedemptionStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new ConflictException($"兑付申请当前为“{VoucherNames.Of(Status)}”，不能{action}");
        }
    }
}

/// <summary>A service body registered to accept vouchers, for the service types it is approved for.</summary>
public sealed class VoucherProvider : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public string? CreditCode { get; set; }

    /// <summary>The Organisation unit whose users act for this provider.</summary>
    public Guid? UnitId { get; set; }

    public string ServiceTypes { get; set; } = "";

    public bool Active { get; set; } = true;

    public IReadOnlyList<string> ServiceTypeList => ServiceTypes.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A payout run (拨付批次): the approved redemptions paid together, reconciled per provider and per firm.</summary>
public sealed class VoucherPayout : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public int Number { get; init; }

    public decimal Total { get; init; }

    public int Count { get; init; }

    public DateTimeOffset PaidAt { get; init; }

    public required string PaidBy { get; init; }
}

public static class VoucherNames
{
    public static string Of(RedemptionStatus s) => s switch
    {
        RedemptionStatus.Submitted => "待审核",
        RedemptionStatus.Approved => "待拨付",
        RedemptionStatus.Paid => "已拨付",
        _ => "已退回",
    };

    public static string Of(RedemptionModel m) => m == RedemptionModel.FirmReimbursed ? "企业先付后补" : "服务机构兑付";
}
