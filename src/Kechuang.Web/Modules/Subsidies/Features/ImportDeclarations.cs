using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// Staff import declarations from .xlsx (one row per firm). Every row is checked first; only when all are valid is
/// anything written. Otherwise the answer lists each error by row and column and nothing is saved.
/// </summary>
public static class ImportDeclarations
{
    public const long MaxFileBytes = 10L * 1024 * 1024;
    public const int MaxRows = 20_000;

    public const string CreditCodeColumn = "统一社会信用代码";
    public const string RdColumn = "年度研发费用(万元)";
    public const string PreviousRdColumn = "上年研发费用(万元)";
    public const string SuperDeductionColumn = "加计扣除额(万元)";
    public const string RevenueColumn = "营业收入(万元)";
    public const string TaxColumn = "纳税额(万元)";

    public static readonly string[] Headers = [CreditCodeColumn, RdColumn, PreviousRdColumn, SuperDeductionColumn, RevenueColumn, TaxColumn];

    public sealed record RowError(int Row, string Column, string Message);

    public sealed record Result(bool Succeeded, int Rows, int Imported, IReadOnlyList<RowError> Errors)
    {
        public static Result Failed(params RowError[] errors) => new(false, 0, 0, errors);
    }

    private sealed record Parsed(int Row, string CreditCode, decimal[] Values);

    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { Headers.ToDictionary(h => h, _ => (object?)null) }, sheetName: "研发投入归集");
        return stream.ToArray();
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        /// <summary>Null when the batch does not exist.</summary>
        public async Task<Result?> Handle(Guid batchId, Stream file, string fileName, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            var batch = await db.SubsidyBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return null;
            }

            batch.EnsureNotApproved("再导入申报");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            if (buffer.Length > MaxFileBytes)
            {
                return Result.Failed(new RowError(0, "", $"文件超过 {MaxFileBytes / 1024 / 1024} MB 的大小限制"));
            }

            if (buffer.Length < 4 || !fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || buffer.GetBuffer()[0] != (byte)'P' || buffer.GetBuffer()[1] != (byte)'K')
            {
                return Result.Failed(new RowError(0, "", "只支持 .xlsx 格式的 Excel 文件（文件为空、已损坏或是改了扩展名的其他文件）"));
            }

            buffer.Position = 0;
            List<IDictionary<string, object?>> raw;
            try
            {
                raw = MiniExcel.Query(buffer, useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Result.Failed(new RowError(0, "", "文件无法读取：不是有效的 .xlsx 文件或已损坏"));
            }

            var headers = raw.Count > 0 ? raw[0].Keys.Select(k => k.Trim()).ToList() : [];
            var missing = Headers.Where(h => !headers.Contains(h)).ToList();
            if (raw.Count > 0 && missing.Count > 0)
            {
                return Result.Failed(new RowError(1, string.Join("、", missing), $"缺少列：{string.Join("、", missing)}。请下载模板，不要修改表头"));
            }

            raw = raw.Where(r => r.Values.Any(v => !string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture)))).ToList();
            if (raw.Count == 0)
            {
                return Result.Failed(new RowError(2, "", "文件中没有数据行"));
            }

            if (raw.Count > MaxRows)
            {
                return Result.Failed(new RowError(0, "", $"一次最多导入 {MaxRows} 行"));
            }

            var errors = new List<RowError>();
            var rows = raw.Select((cells, i) => Parse(i + 2, cells.ToDictionary(kv => kv.Key.Trim(), kv => kv.Value), errors)).ToList();

            foreach (var dup in rows.Where(r => r.CreditCode.Length > 0).GroupBy(r => r.CreditCode).Where(g => g.Count() > 1))
            {
                errors.AddRange(dup.Skip(1).Select(d => new RowError(d.Row, CreditCodeColumn, $"统一社会信用代码 {dup.Key} 在第 {dup.First().Row} 行已出现，同一企业只能申报一次")));
            }

            var firms = new Dictionary<string, Guid>();
            foreach (var code in rows.Select(r => r.CreditCode).Where(c => c.Length > 0).Distinct())
            {
                if (await registry.FindByCreditCodeAsync(code, ct) is { } firm)
                {
                    firms[code] = firm.Id;
                }
            }

            var declared = (await db.SubsidyDeclarations.AsNoTracking().Where(d => d.BatchId == batchId).Select(d => d.EnterpriseId).ToListAsync(ct)).ToHashSet();
            foreach (var r in rows.Where(r => r.CreditCode.Length > 0 && CreditCode.IsValid(r.CreditCode)))
            {
                if (!firms.TryGetValue(r.CreditCode, out var id))
                {
                    errors.Add(new RowError(r.Row, CreditCodeColumn, $"统一社会信用代码 {r.CreditCode} 不在企业名录中，请先登记该企业"));
                }
                else if (declared.Contains(id))
                {
                    errors.Add(new RowError(r.Row, CreditCodeColumn, $"统一社会信用代码 {r.CreditCode} 的企业已在本批次申报，同一企业只能申报一次"));
                }
            }

            if (errors.Count > 0)
            {
                return new Result(false, rows.Count, 0, errors.OrderBy(e => e.Row).ThenBy(e => Array.IndexOf(Headers, e.Column)).ToList());
            }

            var now = clock.GetUtcNow();
            batch.DeclarationsChanged();
            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            db.SubsidyDeclarations.AddRange(rows.Select(r => new SubsidyDeclaration
            {
                BatchId = batchId,
                EnterpriseId = firms[r.CreditCode],
                RdExpense = r.Values[0],
                PreviousRdExpense = r.Values[1],
                SuperDeductionAmount = r.Values[2],
                Revenue = r.Values[3],
                TaxPaid = r.Values[4],
                Source = "批量导入",
                AttachmentName = fileName.Length > 200 ? fileName[..200] : fileName,
                DeclaredAt = now,
                DeclaredBy = user.Name,
            }));
            await db.SaveChangesAsync(ct); // one SaveChanges: all rows or none
            return new Result(true, rows.Count, rows.Count, []);
        }

        private static Parsed Parse(int row, Dictionary<string, object?> cells, List<RowError> errors)
        {
            var code = CreditCode.Normalise(Convert.ToString(cells.GetValueOrDefault(CreditCodeColumn), CultureInfo.InvariantCulture));
            if (code.Length == 0)
            {
                errors.Add(new RowError(row, CreditCodeColumn, "请填写统一社会信用代码"));
            }
            else if (CreditCode.Check(code) is { } problem)
            {
                errors.Add(new RowError(row, CreditCodeColumn, problem));
            }

            var values = new decimal[5];
            for (var i = 0; i < 5; i++)
            {
                var column = Headers[i + 1];
                var v = cells.GetValueOrDefault(column);
                var text = Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim().Replace(",", "", StringComparison.Ordinal) ?? "";
                if (text.Length == 0)
                {
                    errors.Add(new RowError(row, column, $"请填写{column}"));
                }
                else if (!decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) || Math.Abs(d) > 100_000_000m)
                {
                    errors.Add(new RowError(row, column, $"“{text}”不是有效的金额"));
                }
                else if (d < 0)
                {
                    errors.Add(new RowError(row, column, $"{column}不能为负数"));
                }
                else
                {
                    values[i] = Math.Round(d, 2);
                }
            }

            if (values[0] > values[3] && values[3] >= 0 && !errors.Any(e => e.Row == row && (e.Column == RdColumn || e.Column == RevenueColumn)))
            {
                errors.Add(new RowError(row, RdColumn, $"年度研发费用 {values[0]} 万元不能大于营业收入 {values[3]} 万元"));
            }

            return new Parsed(row, code, values);
        }
    }
}
