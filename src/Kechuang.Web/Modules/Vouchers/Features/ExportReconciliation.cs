using Kechuang.Web.Infrastructure.Auth;
using MiniExcelLibs;

namespace Kechuang.Web.Modules.Vouchers.Features;

/// <summary>对账: every redemption with its payout, payee and amounts, and the totals per provider and per payout, as .xlsx.</summary>
public static class ExportReconciliation
{
    public sealed class Handler(CurrentUser user, ListRedemptions.Handler redemptions)
    {
        public async Task<byte[]> Handle(CancellationToken ct)
        {
            user.Demand(Permissions.VouchersManage);
            var rows = await redemptions.Handle(null, ct);
            var detail = rows.Select(r => new Dictionary<string, object?>
            {
                ["拨付批次"] = r.PayoutNumber is { } n ? $"第 {n} 批" : "",
                ["状态"] = r.StatusName,
                ["券号"] = r.VoucherCode,
                ["企业"] = r.EnterpriseName,
                ["服务机构"] = r.ProviderName,
                ["兑付方式"] = r.ModelName,
                ["收款方"] = r.Model == Domain.RedemptionModel.FirmReimbursed ? r.EnterpriseName : r.ProviderName,
                ["合同编号"] = r.ContractNo,
                ["服务类型"] = r.ServiceType,
                ["服务费（万元）"] = r.ServiceFee,
                ["兑付金额（万元）"] = r.Amount,
                ["计算"] = r.Explanation,
            }).ToList();
            var live = rows.Where(r => r.Status != Domain.RedemptionStatus.Rejected).ToList();
            var byProvider = live.GroupBy(r => r.ProviderName).OrderBy(g => g.Key).Select(g => new Dictionary<string, object?>
            {
                ["服务机构"] = g.Key,
                ["笔数"] = g.Count(),
                ["服务费合计（万元）"] = g.Sum(r => r.ServiceFee),
                ["兑付合计（万元）"] = g.Sum(r => r.Amount),
                ["其中已拨付（万元）"] = g.Where(r => r.Status == Domain.RedemptionStatus.Paid).Sum(r => r.Amount),
            }).ToList();
            var byPayout = live.Where(r => r.PayoutNumber is not null).GroupBy(r => r.PayoutNumber!.Value).OrderBy(g => g.Key).Select(g => new Dictionary<string, object?>
            {
                ["拨付批次"] = $"第 {g.Key} 批",
                ["笔数"] = g.Count(),
                ["拨付合计（万元）"] = g.Sum(r => r.Amount),
            }).ToList();
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(new Dictionary<string, object> { ["明细"] = detail, ["按服务机构"] = byProvider, ["按拨付批次"] = byPayout }, cancellationToken: ct);
            return stream.ToArray();
        }
    }
}
