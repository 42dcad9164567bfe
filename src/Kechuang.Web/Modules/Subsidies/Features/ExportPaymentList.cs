using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Subsidies.Domain;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>The payment list (拨付名单) as .xlsx: one row per firm with an amount, and a total row. Before approval the file says 草稿.</summary>
public static class ExportPaymentList
{
    public static readonly string[] Headers = ["序号", "企业名称", "统一社会信用代码", "核定金额（万元）", "补助金额（万元）", "计算依据", "公式版本"];

    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(GetBatch.Handler get)
    {
        public async Task<File?> Handle(Guid batchId, CancellationToken ct)
        {
            if (await get.Handle(batchId, ct) is not { } batch)
            {
                return null;
            }

            var paid = batch.Awards.Where(a => a.Amount > 0).ToList();
            var rows = paid.Select((a, i) => Row(i + 1, a.EnterpriseName, a.CreditCode, a.EligibleAmount, a.Amount, a.Explanation, $"v{a.FormulaVersion}")).ToList();
            rows.Add(Row("合计", $"共 {paid.Count} 家", null, paid.Sum(a => a.EligibleAmount), paid.Sum(a => a.Amount), $"预算 {batch.Formula.Budget:0.##} 万元", null));
            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, rows, sheetName: "拨付名单");
            var draft = batch.Status == SubsidyBatchStatus.Approved ? "" : "（草稿）";
            return new File($"{batch.Year}年研发后补助-拨付名单{draft}.xlsx", stream.ToArray());
        }

        private static Dictionary<string, object?> Row(params object?[] values) => Headers.Zip(values).ToDictionary(x => x.First, x => x.Second);
    }
}
