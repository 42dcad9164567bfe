using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Policies.Domain;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Policies.Features.Rewards;

/// <summary>The payment list (拨付名单) of a batch as .xlsx: one row per reward and a total row. A draft's file says 草稿.</summary>
public static class ExportPaymentList
{
    public static readonly string[] Headers = ["序号", "企业名称", "统一社会信用代码", "奖励事项", "证书编号", "认定日期", "金额（万元）", "计算依据", "规则版本"];

    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(GetPaymentBatch.Handler get, CurrentUser user)
    {
        public async Task<File?> Handle(Guid batchId, CancellationToken ct)
        {
            PaymentBatches.DemandRead(user);
            if (await get.Handle(batchId, ct) is not { } batch)
            {
                return null;
            }

            var rows = batch.Rewards.Select((r, i) => Row(i + 1, r.EnterpriseName, r.CreditCode, r.TypeName, r.CertificateNumber,
                r.RecognizedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Amount, r.Explanation, $"{r.RuleSetId} {r.RuleSetVersion}")).ToList();
            rows.Add(Row("合计", $"共 {batch.Count} 项", null, null, null, null, batch.TotalAmount, null, null));
            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, rows, sheetName: "拨付名单");
            var draft = batch.Status == BatchStatus.Draft ? "（草稿）" : "";
            return new File($"{batch.Number}-拨付名单{draft}.xlsx", stream.ToArray());
        }

        private static Dictionary<string, object?> Row(params object?[] values) =>
            Headers.Zip(values).ToDictionary(x => x.First, x => x.Second);
    }
}
