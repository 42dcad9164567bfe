using Kechuang.Web.Infrastructure.Files;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>The entitled firms of a clause as an .xlsx file, with the same amounts and explanations as the list.</summary>
public static class ExportEntitled
{
    public const string Name = "企业名称";
    public const string CreditCode = "统一社会信用代码";
    public const string District = "区县";
    public const string Amount = "金额（万元）";
    public const string Explanation = "计算说明";
    public const string Version = "规则版本";

    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(EvaluateClause.Handler evaluate)
    {
        /// <returns>Null when there is no such clause.</returns>
        public async Task<File?> Handle(Guid clauseId, string? district, CancellationToken ct)
        {
            var e = await evaluate.EvaluateAsync(clauseId, district, ct);
            if (e is null)
            {
                return null;
            }

            var rows = e.Entitled.Select(r => new Dictionary<string, object?>
            {
                [Name] = r.Name,
                [CreditCode] = r.CreditCode,
                [District] = r.DistrictName,
                [Amount] = r.Amount,
                [Explanation] = r.Explanation,
                [Version] = $"{r.RuleSetId} {r.RuleSetVersion}",
            }).ToList();
            if (rows.Count == 0)
            {
                // MiniExcel writes no header row for an empty list: keep the headers so the file still says what it is.
                rows.Add(new Dictionary<string, object?> { [Name] = null, [CreditCode] = null, [District] = null, [Amount] = null, [Explanation] = null, [Version] = null });
            }

            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, rows, sheetName: "符合条件企业");
            var safeTitle = string.Concat(e.Clause.Title.Where(c => !Path.GetInvalidFileNameChars().Contains(c)));
            return new File($"{safeTitle}-{e.Year}-符合条件企业.xlsx", stream.ToArray());
        }
    }
}
