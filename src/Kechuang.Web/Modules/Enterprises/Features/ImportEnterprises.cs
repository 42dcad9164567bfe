using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Enterprises.Features;

/// <summary>
/// Imports enterprises with their annual data from the template. Every row is checked first; only when
/// all are valid is anything written, in one transaction. Otherwise the user gets a row-by-row report.
/// </summary>
public static class ImportEnterprises
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const int MaxRows = 300_000;
    private const int ChunkSize = 2_000;

    public sealed record RowError(int Row, string Column, string Message);

    public sealed record Progress(string Phase, int Done, int Total);

    public sealed record Result(bool Succeeded, int Rows, int Created, int Updated, int YearsSaved, IReadOnlyList<RowError> Errors)
    {
        public static Result Failed(params RowError[] errors) => new(false, 0, 0, 0, 0, errors);
    }

    private sealed record ParsedRow(int Row, EnterpriseForm Enterprise, string? GridCode, AnnualReportForm? Annual);

    public sealed class Handler(AppDbContext db, EnterpriseAccess access, OrganisationDirectory organisation, TimeProvider clock)
    {
        public async Task<Result> Handle(Stream file, string fileName, IProgress<Progress>? progress, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesImport);
            using var buffer = await ReadBoundedAsync(file, ct);
            if (buffer is null)
            {
                return Result.Failed(new RowError(0, "", $"文件超过 {MaxFileBytes / 1024 / 1024} MB 的大小限制，请拆分后分批导入"));
            }

            if (FileProblem(buffer, fileName) is { } problem)
            {
                return Result.Failed(new RowError(0, "", problem));
            }

            List<IDictionary<string, object?>> raw;
            try
            {
                raw = MiniExcel.Query(buffer, useHeaderRow: true).Cast<IDictionary<string, object?>>()
                    .Take(MaxRows + 1).ToList();

                // The headers are the keys of any row; only a file without data rows needs the (slow, whole-sheet) column scan.
                buffer.Position = 0;
                var headers = raw.Count > 0 ? [.. raw[0].Keys] : MiniExcel.GetColumns(buffer, useHeaderRow: true)?.ToList() ?? [];
                var missing = EnterpriseSheet.Headers.Except(headers.Select(h => h?.Trim() ?? "")).ToList();
                if (missing.Count > 0)
                {
                    return Result.Failed(new RowError(1, string.Join("、", missing), $"缺少模板列：{string.Join("、", missing)}。请下载最新模板，不要修改或删除表头"));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Result.Failed(new RowError(0, "", "文件无法读取：不是有效的 .xlsx 文件或已损坏"));
            }

            raw = raw.Where(r => r.Values.Any(v => !string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture)))).ToList();
            if (raw.Count == 0)
            {
                return Result.Failed(new RowError(2, "", "文件中没有数据行"));
            }

            if (raw.Count > MaxRows)
            {
                return Result.Failed(new RowError(0, "", $"一次最多导入 {MaxRows} 行，请拆分后分批导入"));
            }

            var errors = new List<RowError>();
            var rows = new List<ParsedRow>(raw.Count);
            for (var i = 0; i < raw.Count; i++)
            {
                rows.Add(ParseRow(i + 2, raw[i], errors));
                if (i % 5_000 == 0)
                {
                    progress?.Report(new Progress("校验", i, raw.Count));
                }
            }

            await CheckAgainstRegistryAsync(rows, errors, ct);
            progress?.Report(new Progress("校验", raw.Count, raw.Count));
            if (errors.Count > 0)
            {
                return new Result(false, raw.Count, 0, 0, 0, errors.OrderBy(e => e.Row).ToList());
            }

            return await WriteAsync(rows, progress, ct);
        }

        private static ParsedRow ParseRow(int row, IDictionary<string, object?> cells, List<RowError> errors)
        {
            string Text(string column) => Convert.ToString(cells.TryGetValue(column, out var v) ? v : null, CultureInfo.InvariantCulture)?.Trim() ?? "";
            void Error(string column, string message) => errors.Add(new RowError(row, column, message));

            var form = new EnterpriseForm
            {
                Name = Text(EnterpriseSheet.Name),
                CreditCode = Kechuang.Web.Infrastructure.Identifiers.CreditCode.Normalise(Text(EnterpriseSheet.CreditCode)),
                DistrictCode = Text(EnterpriseSheet.District),
                LegalRepresentative = Text(EnterpriseSheet.Legal),
                ContactPerson = Text(EnterpriseSheet.Contact),
                ContactPhone = NullIfEmpty(Text(EnterpriseSheet.Phone)),
                Address = Text(EnterpriseSheet.Address),
            };
            var industry = Text(EnterpriseSheet.Industry);
            if (industry.Length > 0)
            {
                form.IndustryCode = Industries.Parse(industry) ?? "?";
            }

            var field = Text(EnterpriseSheet.Field);
            if (field.Length > 0)
            {
                form.HighTechField = HighTechFields.Parse(field);
                if (form.HighTechField is null)
                {
                    Error(EnterpriseSheet.Field, $"“{field}”不是八大高新技术领域之一");
                }
            }

            if (Cell.Date(cells, EnterpriseSheet.Established, out var established) is { } dateError)
            {
                Error(EnterpriseSheet.Established, dateError);
            }

            form.EstablishedOn = established;
            if (Cell.Decimal(cells, EnterpriseSheet.Capital, out var capital) is { } capitalError)
            {
                Error(EnterpriseSheet.Capital, capitalError);
            }

            form.RegisteredCapital = capital;
            Report(row, form, errors);

            AnnualReportForm? annual = null;
            if (Text(EnterpriseSheet.Year).Length > 0)
            {
                annual = new AnnualReportForm();
                if (Cell.Int(cells, EnterpriseSheet.Year, out var year) is { } yearError)
                {
                    Error(EnterpriseSheet.Year, yearError);
                }

                annual.Year = year ?? 0;
                foreach (var (header, prop) in EnterpriseSheet.AnnualProperties)
                {
                    if (prop.PropertyType == typeof(int))
                    {
                        if (Cell.Int(cells, header, out var n) is { } e)
                        {
                            Error(header, e);
                        }

                        prop.SetValue(annual, n ?? 0);
                    }
                    else
                    {
                        if (Cell.Decimal(cells, header, out var m) is { } e)
                        {
                            Error(header, e);
                        }

                        // An optional figure (技术性收入) stays empty when the cell is empty; a required one reads as 0.
                        prop.SetValue(annual, prop.PropertyType == typeof(decimal?) ? m : m ?? 0m);
                    }
                }

                Report(row, annual, errors);
            }

            return new ParsedRow(row, form, NullIfEmpty(Text(EnterpriseSheet.Grid)), annual);
        }

        /// <summary>Validates a form and reports each message against its spreadsheet column.</summary>
        private static void Report(int row, object form, List<RowError> errors)
        {
            foreach (var (member, messages) in Validation.Validate(form))
            {
                var column = EnterpriseSheet.HeaderOfProperty.GetValueOrDefault(member, member);
                errors.AddRange(messages.Select(m => new RowError(row, column, m)));
            }
        }

        private async Task CheckAgainstRegistryAsync(List<ParsedRow> rows, List<RowError> errors, CancellationToken ct)
        {
            var districts = (await organisation.DistrictsAsync(ct)).Select(d => d.Code).ToHashSet();
            var grids = (await organisation.GridsAsync(ct)).ToDictionary(g => g.Code);
            foreach (var r in rows)
            {
                if (r.Enterprise.DistrictCode.Length == 6 && !districts.Contains(r.Enterprise.DistrictCode))
                {
                    errors.Add(new RowError(r.Row, EnterpriseSheet.District, $"区县代码 {r.Enterprise.DistrictCode} 不在本市管辖范围内"));
                }

                if (r.GridCode is { } code)
                {
                    if (!grids.TryGetValue(code, out var grid))
                    {
                        errors.Add(new RowError(r.Row, EnterpriseSheet.Grid, $"网格编号 {code} 不存在"));
                    }
                    else if (grid.DistrictCode != r.Enterprise.DistrictCode)
                    {
                        errors.Add(new RowError(r.Row, EnterpriseSheet.Grid, $"网格 {code} 不属于区县 {r.Enterprise.DistrictCode}"));
                    }
                    else
                    {
                        r.Enterprise.GridId = grid.Id;
                    }
                }
            }

            // Rows of one enterprise must agree with each other, and each year may appear once.
            foreach (var group in rows.GroupBy(r => r.Enterprise.CreditCode).Where(g => g.Count() > 1))
            {
                var first = group.First();
                foreach (var other in group.Skip(1).Where(o => o.Enterprise.Name.Trim() != first.Enterprise.Name.Trim()))
                {
                    errors.Add(new RowError(other.Row, EnterpriseSheet.Name, $"同一统一社会信用代码在第 {first.Row} 行的企业名称为“{first.Enterprise.Name}”，两行不一致"));
                }

                foreach (var dup in group.Where(r => r.Annual is not null).GroupBy(r => r.Annual!.Year).Where(y => y.Count() > 1))
                {
                    errors.AddRange(dup.Skip(1).Select(d => new RowError(d.Row, EnterpriseSheet.Year, $"该企业 {dup.Key} 年度在第 {dup.First().Row} 行已出现")));
                }
            }

            // An existing credit code updates that enterprise, provided the importer may see it.
            var visible = (await access.VisibleAsync(ct)).Select(e => e.CreditCode);
            var codes = rows.Select(r => r.Enterprise.CreditCode).Distinct().ToList();
            var known = await db.Enterprises.AsNoTracking().Select(e => e.CreditCode).ToListAsync(ct);
            var mine = (await visible.ToListAsync(ct)).ToHashSet();
            foreach (var code in codes.Intersect(known).Where(c => !mine.Contains(c)))
            {
                var row = rows.First(r => r.Enterprise.CreditCode == code).Row;
                errors.Add(new RowError(row, EnterpriseSheet.CreditCode, $"统一社会信用代码 {code} 已由其他单位登记，您无权修改该企业"));
            }
        }

        private async Task<Result> WriteAsync(List<ParsedRow> rows, IProgress<Progress>? progress, CancellationToken ct)
        {
            var existing = await db.Enterprises.AsNoTracking().Select(e => new { e.CreditCode, e.Id }).ToDictionaryAsync(e => e.CreditCode, e => e.Id, ct);
            var groups = rows.GroupBy(r => r.Enterprise.CreditCode).ToList();
            int created = 0, updated = 0, years = 0;
            var now = clock.GetUtcNow();

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            for (var start = 0; start < groups.Count; start += ChunkSize)
            {
                var chunk = groups.Skip(start).Take(ChunkSize).ToList();
                var updateIds = chunk.Where(g => existing.ContainsKey(g.Key)).Select(g => existing[g.Key]).ToList();
                var tracked = await db.Enterprises.Where(e => updateIds.Contains(e.Id)).Include(e => e.AnnualReports).ToDictionaryAsync(e => e.Id, ct);
                foreach (var group in chunk)
                {
                    var form = group.First().Enterprise;
                    Enterprise enterprise;
                    if (existing.TryGetValue(group.Key, out var id))
                    {
                        enterprise = tracked[id];
                        form.ApplyTo(enterprise);
                        updated++;
                    }
                    else
                    {
                        enterprise = new Enterprise { Name = "", CreditCode = "", DistrictCode = "", CreatedAt = now };
                        form.ApplyTo(enterprise);
                        db.Enterprises.Add(enterprise);
                        created++;
                    }

                    foreach (var annual in group.Select(r => r.Annual).OfType<AnnualReportForm>())
                    {
                        var report = enterprise.AnnualReports.FirstOrDefault(a => a.Year == annual.Year);
                        if (report is null)
                        {
                            report = new AnnualReport { EnterpriseId = enterprise.Id, Year = annual.Year };
                            db.AnnualReports.Add(report);
                        }

                        annual.ApplyTo(report);
                        years++;
                    }
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                progress?.Report(new Progress("写入", Math.Min(start + ChunkSize, groups.Count), groups.Count));
            }

            await tx.CommitAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await db.RefreshStatisticsAsync(ct); // a large import changes the list queries' best plans
            return new Result(true, rows.Count, created, updated, years, []);
        }

        private static async Task<MemoryStream?> ReadBoundedAsync(Stream file, CancellationToken ct)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await file.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            return buffer;
        }

        private static string? FileProblem(MemoryStream buffer, string fileName)
        {
            if (buffer.Length == 0)
            {
                return "文件为空";
            }

            if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                return "只支持 .xlsx 格式的 Excel 文件，请使用下载的模板";
            }

            // An .xlsx is a zip archive: it starts with "PK".
            var head = buffer.GetBuffer();
            return buffer.Length < 4 || head[0] != (byte)'P' || head[1] != (byte)'K' ? "文件不是有效的 .xlsx 文件（可能已损坏或是改了扩展名的其他文件）" : null;
        }

        private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
    }

    /// <summary>Reads typed values from spreadsheet cells, which arrive as text, numbers or dates depending on how they were typed.</summary>
    private static class Cell
    {
        public static string? Decimal(IDictionary<string, object?> cells, string column, out decimal? value)
        {
            value = null;
            switch (cells.TryGetValue(column, out var v) ? v : null)
            {
                case null:
                    return null;
                case double d when double.IsFinite(d) && Math.Abs(d) < 1e15:
                    value = (decimal)d;
                    return null;
                case decimal m:
                    value = m;
                    return null;
                case int or long:
                    value = Convert.ToDecimal(v, CultureInfo.InvariantCulture);
                    return null;
                case var other:
                    var text = Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim().Replace(",", "", StringComparison.Ordinal) ?? "";
                    if (text.Length == 0)
                    {
                        return null;
                    }

                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                    {
                        value = parsed;
                        return null;
                    }

                    return $"“{text}”不是有效的数字";
            }
        }

        public static string? Int(IDictionary<string, object?> cells, string column, out int? value)
        {
            value = null;
            var error = Decimal(cells, column, out var d);
            if (error is not null || d is null)
            {
                return error;
            }

            if (d != Math.Floor(d.Value) || d < int.MinValue || d > int.MaxValue)
            {
                return $"“{d}”应为整数";
            }

            value = (int)d.Value;
            return null;
        }

        public static string? Date(IDictionary<string, object?> cells, string column, out DateOnly? value)
        {
            value = null;
            switch (cells.TryGetValue(column, out var v) ? v : null)
            {
                case null:
                    return null;
                case DateTime dt:
                    value = DateOnly.FromDateTime(dt);
                    return null;
                case double serial when serial is > 1 and < 2958466:
                    value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                    return null;
                case var other:
                    var text = Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() ?? "";
                    if (text.Length == 0)
                    {
                        return null;
                    }

                    string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
                    if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        value = parsed;
                        return null;
                    }

                    return $"“{text}”不是有效的日期，请按 yyyy-MM-dd 填写";
            }
        }
    }
}

public static class ImportReport
{
    /// <summary>The row-by-row error report a user downloads after a failed import.</summary>
    public static byte[] ToXlsx(IEnumerable<ImportEnterprises.RowError> errors)
    {
        var rows = errors.Select(e => new Dictionary<string, object?>
        {
            ["行号"] = e.Row == 0 ? "文件" : e.Row,
            ["列"] = e.Column,
            ["错误信息"] = e.Message,
        });
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: "错误报告");
        return stream.ToArray();
    }
}
