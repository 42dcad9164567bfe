using System.Net;
using System.Text;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Enterprises;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Importing real .xlsx files: all rows valid → everything is written; any error → nothing is written and
/// the user gets row, column and message, also as a downloadable report. Export reads back and imports back.
/// </summary>
public abstract class ImportingEnterprises(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";
    private const string Import = "/api/v1/enterprises/import";

    [Fact]
    public async Task Valid_file_creates_firms_with_their_annual_data()
    {
        var a = TestData.Enterprise(TestData.Jinfeng);
        var b = TestData.Enterprise(TestData.Xingqing);
        var year = TestData.LastYear;
        var file = Sheets.Xlsx(
        [
            Sheets.Row(a, "640106-01", year - 1, TestData.Annual(revenue: 800m)),
            Sheets.Row(a, "640106-01", year, TestData.Annual(revenue: 1200m)),
            Sheets.Row(b, null, year, TestData.Annual(employees: 30, stStaff: 30, revenue: 55.5m)),
        ]);
        var staff = await app.Shared.As("staff");

        var result = (await staff.UploadAsync(Import, file, "企业名录.xlsx")).Is(HttpStatusCode.OK).Json<ImportEnterprises.Result>();

        Assert.Equal((true, 3, 2, 0, 3), (result.Succeeded, result.Rows, result.Created, result.Updated, result.YearsSaved));
        var firmA = await DetailsByCodeAsync(staff, a.CreditCode);
        Assert.Equal((a.Name, "640106", await app.Shared.GridIdAsync("640106-01")), (firmA.Name, firmA.DistrictCode, firmA.GridId));
        Assert.Equal(HighTechField.NewMaterials, firmA.HighTechField);
        Assert.Equal(a.EstablishedOn, firmA.EstablishedOn);
        Assert.Equal([(year, 1200m), (year - 1, 800m)], firmA.AnnualReports.Select(r => (r.Year, r.Revenue)));
        var firmB = await DetailsByCodeAsync(staff, b.CreditCode);
        var report = Assert.Single(firmB.AnnualReports);
        Assert.Equal((year, 55.5m, 30, 30), (report.Year, report.Revenue, report.Employees, report.StStaff));
    }

    [Fact]
    public async Task File_with_one_bad_row_is_refused_whole_with_its_row_column_and_message()
    {
        var firms = new[] { TestData.Enterprise(), TestData.Enterprise(), TestData.Enterprise() };
        var year = TestData.LastYear;
        var file = Sheets.Xlsx(
        [
            Sheets.Row(firms[0], null, year, TestData.Annual()),
            Sheets.Row(firms[1], null, year, TestData.Annual(employees: 50, stStaff: 60)), // sheet row 3
            Sheets.Row(firms[2], null, year, TestData.Annual()),
        ]);
        var staff = await app.Shared.As("staff");

        var reply = await staff.UploadAsync(Import, file, "企业名录.xlsx");

        var failure = reply.Is(HttpStatusCode.UnprocessableEntity).Json<EnterprisesModule.ImportFailure>();
        Assert.Equal("导入失败：文件中有错误，未写入任何数据", failure.Detail);
        Assert.Equal(1, failure.ErrorCount);
        Assert.Equal(new ImportEnterprises.RowError(3, "科技人员数", "科技人员数（60）不能超过职工总数（50）"), Assert.Single(failure.Errors));
        var codes = firms.Select(f => f.CreditCode).ToList();
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Enterprises.IgnoreQueryFilters().CountAsync(e => codes.Contains(e.CreditCode))));
        foreach (var code in codes)
        {
            Assert.Equal(0, (await staff.GetAsync($"{Base}?search={code}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>().Total);
        }
    }

    [Fact]
    public async Task Error_report_download_lists_each_error()
    {
        var bad = TestData.Enterprise();
        bad.CreditCode = TestData.WithWrongCheckCharacter(bad.CreditCode);
        var file = Sheets.Xlsx(
        [
            Sheets.Row(TestData.Enterprise(), null, TestData.LastYear, TestData.Annual(employees: 5, stStaff: 9)),
            Sheets.Row(bad),
        ]);
        var staff = await app.Shared.As("staff");
        var failure = (await staff.UploadAsync(Import, file, "企业名录.xlsx")).Is(HttpStatusCode.UnprocessableEntity).Json<EnterprisesModule.ImportFailure>();

        var download = (await staff.GetAsync(failure.ReportUrl)).Is(HttpStatusCode.OK);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.ContentType);
        var rows = Sheets.Read(download.Bytes).Select(r => (Sheets.Text(r, "行号"), Sheets.Text(r, "列"), Sheets.Text(r, "错误信息"))).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(("2", "科技人员数", "科技人员数（9）不能超过职工总数（5）"), rows);
        Assert.Contains(rows, r => r is ("3", "统一社会信用代码", { } m) && m.Contains("校验位错误", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> UnreadableFiles => new()
    {
        { "text renamed .xlsx", "文件不是有效的 .xlsx 文件（可能已损坏或是改了扩展名的其他文件）" },
        { "corrupt zip", "文件无法读取：不是有效的 .xlsx 文件或已损坏" },
        { "truncated xlsx", "文件无法读取：不是有效的 .xlsx 文件或已损坏" },
        { "empty", "文件为空" },
        { "renamed header", "缺少模板列：企业名称。请下载最新模板，不要修改或删除表头" },
        { "xls extension", "只支持 .xlsx 格式的 Excel 文件，请使用下载的模板" },
        { "over the size limit", "文件超过 50 MB 的大小限制，请拆分后分批导入" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task Refuses_an_unreadable_file_with_a_clear_message(string kind, string message)
    {
        var firm = TestData.Enterprise();
        var valid = Sheets.Xlsx([Sheets.Row(firm, null, TestData.LastYear, TestData.Annual())]);
        var (bytes, name) = kind switch
        {
            "text renamed .xlsx" => (Encoding.UTF8.GetBytes($"企业名称,统一社会信用代码\n{firm.Name},{firm.CreditCode}\n"), "企业名录.xlsx"),
            "corrupt zip" => ([(byte)'P', (byte)'K', 3, 4, .. Enumerable.Range(0, 500).Select(i => (byte)(i * 7))], "企业名录.xlsx"),
            "truncated xlsx" => (valid[..(valid.Length / 2)], "企业名录.xlsx"),
            "empty" => ([], "企业名录.xlsx"),
            "renamed header" => (Sheets.Xlsx([Renamed(Sheets.Row(firm, null, TestData.LastYear, TestData.Annual()), EnterpriseSheet.Name, "公司名称")]), "企业名录.xlsx"),
            "xls extension" => (valid, "企业名录.xls"),
            "over the size limit" => ([.. valid, .. new byte[ImportEnterprises.MaxFileBytes + 1 - valid.Length]], "企业名录.xlsx"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var reply = await (await app.Shared.As("staff")).UploadAsync(Import, bytes, name);

        var failure = reply.Is(HttpStatusCode.UnprocessableEntity).Json<EnterprisesModule.ImportFailure>();
        reply.Check(failure.Errors.Count == 1 && failure.Errors[0].Message == message, $"the one error “{message}”");
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Enterprises.IgnoreQueryFilters().CountAsync(e => e.CreditCode == firm.CreditCode)));
    }

    [Fact]
    public async Task Export_reads_back_and_imports_back_as_an_update()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync(TestData.Lingwu, "640181-02");
        var staff = await app.Shared.As("staff");
        var year = TestData.LastYear;
        (await staff.PutAsync($"{Base}/{id}/annual-reports/{year - 1}", TestData.Annual(revenue: 321.5m))).Is(HttpStatusCode.OK);
        (await staff.PutAsync($"{Base}/{id}/annual-reports/{year}", TestData.Annual(employees: 80, stStaff: 12, revenue: 654m))).Is(HttpStatusCode.OK);

        var export = (await staff.GetAsync($"{Base}/export?search={form.CreditCode}")).Is(HttpStatusCode.OK);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.ContentType);
        var rows = Sheets.Read(export.Bytes);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(form.Name, Sheets.Text(r, EnterpriseSheet.Name));
            Assert.Equal(form.CreditCode, Sheets.Text(r, EnterpriseSheet.CreditCode));
            Assert.Equal(TestData.Lingwu, Sheets.Text(r, EnterpriseSheet.District));
            Assert.Equal("640181-02", Sheets.Text(r, EnterpriseSheet.Grid));
            Assert.Equal("新材料", Sheets.Text(r, EnterpriseSheet.Field));
        });
        Assert.Equal(
            [($"{year - 1}", "321.5", "10"), ($"{year}", "654", "12")],
            rows.Select(r => (Sheets.Text(r, EnterpriseSheet.Year), Sheets.Text(r, "营业收入(万元)"), Sheets.Text(r, "科技人员数"))));

        var again = (await staff.UploadAsync(Import, export.Bytes, "企业名录.xlsx")).Is(HttpStatusCode.OK).Json<ImportEnterprises.Result>();
        Assert.Equal((0, 1, 2), (again.Created, again.Updated, again.YearsSaved));
        var details = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        Assert.Equal((form.Name, 654m), (details.Name, details.AnnualReports[0].Revenue));
    }

    [Fact]
    public async Task Template_download_has_every_column_the_import_needs()
    {
        var template = (await (await app.Shared.As("staff")).GetAsync($"{Base}/import-template")).Is(HttpStatusCode.OK);

        var headers = Sheets.Read(template.Bytes)[0].Keys.ToList();
        Assert.Equal(EnterpriseSheet.Headers, headers);
    }

    private static Dictionary<string, object?> Renamed(Dictionary<string, object?> row, string from, string to) =>
        row.ToDictionary(kv => kv.Key == from ? to : kv.Key, kv => kv.Value);

    private static async Task<GetEnterprise.Details> DetailsByCodeAsync(Api api, string code)
    {
        var page = (await api.GetAsync($"{Base}?search={code}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>();
        Assert.True(page.Total == 1, $"expected one firm with credit code {code}, found {page.Total}");
        return (await api.GetAsync($"{Base}/{page.Items[0].Id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class ImportingEnterprisesOnSqlite(SqliteApp app) : ImportingEnterprises(app);

[Collection(PostgresScenarios.Name)]
public sealed class ImportingEnterprisesOnPostgres(PostgresApp app) : ImportingEnterprises(app);
