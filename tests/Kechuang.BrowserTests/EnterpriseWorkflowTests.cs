using System.Text.RegularExpressions;
using Kechuang.Web.Demo;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace Kechuang.BrowserTests;

public sealed class EnterpriseWorkflowTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_creates_an_enterprise_and_finds_it_in_the_list()
    {
        var page = await app.LoginAsync("staff");
        var code = DemoCity.MakeCreditCode(new Random(101), "640106");
        await page.GotoAsync("/enterprises/new");
        await BrowserApp.WaitInteractiveAsync(page);

        // First a wrong check character: the field says what is wrong and nothing is saved.
        await page.GetByTestId("name").FillAsync("宁夏浏览器测试新材料有限公司");
        await page.GetByTestId("credit-code").FillAsync(code[..17] + (code[17] == '0' ? '1' : '0'));
        await page.GetByTestId("district").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "金凤区（640106）" }).ClickAsync();
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByText("统一社会信用代码校验位错误")).ToBeVisibleAsync();

        await page.GetByTestId("credit-code").FillAsync(code);
        await page.GetByTestId("save").ClickAsync();
        await page.WaitForURLAsync(new Regex("/enterprises/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("credit-code")).ToHaveTextAsync(code);

        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("search").FillAsync("浏览器测试");
        await page.GetByTestId("search-button").ClickAsync();
        var rows = page.GetByTestId("enterprise-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("宁夏浏览器测试新材料有限公司");
        await Expect(rows.First).ToContainTextAsync(code);
    }

    [Fact]
    public async Task Import_with_one_bad_row_reports_it_and_stores_nothing()
    {
        var page = await app.LoginAsync("staff");
        var file = Path.Combine(app.ArtifactsFolder, "导入-一行有误.xlsx");
        var random = new Random(202);
        var good1 = Row("宁夏导入测试甲科技有限公司", DemoCity.MakeCreditCode(random, "640104"), "640104", 2025);
        var good2 = Row("宁夏导入测试乙科技有限公司", DemoCity.MakeCreditCode(random, "640105"), "640105", 2025);
        var bad = Row("宁夏导入测试丙科技有限公司", DemoCity.MakeCreditCode(random, "640106"), "640106", 2025);
        bad["科技人员数"] = 500; // more S&T staff than staff (职工总数 100)
        File.Delete(file);
        MiniExcel.SaveAs(file, new[] { good1, good2, bad });

        await page.GotoAsync("/enterprises/import");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("file").SetInputFilesAsync(file);

        await Expect(page.GetByTestId("import-failed")).ToContainTextAsync("未写入任何数据");
        var errors = page.GetByTestId("error-table").Locator("tbody tr");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors.First).ToContainTextAsync("4");          // row 4 of the sheet: header + two good rows before it
        await Expect(errors.First).ToContainTextAsync("科技人员数");
        await Expect(errors.First).ToContainTextAsync("不能超过职工总数");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-report").ClickAsync());
        var report = Path.Combine(app.ArtifactsFolder, "错误报告.xlsx");
        await download.SaveAsAsync(report);
        var reportRows = MiniExcel.Query(report, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Single(reportRows);
        Assert.Contains("不能超过职工总数", reportRows[0]["错误信息"]?.ToString(), StringComparison.Ordinal);

        // Nothing from the file was stored, not even the two good rows.
        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("search").FillAsync("导入测试");
        await page.GetByTestId("search-button").ClickAsync();
        await Expect(page.GetByText("没有符合条件的企业")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_valid_import_creates_the_firms_with_their_annual_data()
    {
        var page = await app.LoginAsync("staff");
        var file = Path.Combine(app.ArtifactsFolder, "导入-全部正确.xlsx");
        var random = new Random(303);
        var code = DemoCity.MakeCreditCode(random, "640121");
        File.Delete(file);
        MiniExcel.SaveAs(file, new[]
        {
            Row("宁夏成功导入科技有限公司", code, "640121", 2024),
            Row("宁夏成功导入科技有限公司", code, "640121", 2025),
        });

        await page.GotoAsync("/enterprises/import");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("file").SetInputFilesAsync(file);
        await Expect(page.GetByTestId("import-success")).ToContainTextAsync("新增企业 1 家");
        await Expect(page.GetByTestId("import-success")).ToContainTextAsync("写入年度数据 2 条");

        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("search").FillAsync(code);
        await page.GetByTestId("search-button").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "宁夏成功导入科技有限公司" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "年度数据（2）" }).ClickAsync();
        await Expect(page.GetByTestId("annual-table").Locator("tbody tr")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task A_firm_user_adds_a_year_and_is_told_when_st_staff_exceed_staff()
    {
        var page = await app.LoginAsync("qiye2");
        await page.GotoAsync("/enterprises");
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByTestId("enterprise-table").Locator("tbody tr a").First.ClickAsync();
        await BrowserApp.WaitInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "年度数据（3）" }).ClickAsync();
        await page.GetByTestId("add-annual").ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        var year = DateTime.UtcNow.Year - 4;
        await dialog.GetByTestId("year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await dialog.GetByTestId("revenue").FillAsync("1200");
        await dialog.GetByTestId("employees").FillAsync("40");
        await dialog.GetByTestId("st-staff").FillAsync("41");
        await dialog.GetByTestId("save-annual").ClickAsync();
        await Expect(dialog.GetByText("科技人员数（41）不能超过职工总数（40）")).ToBeVisibleAsync();

        await dialog.GetByTestId("st-staff").FillAsync("12");
        await dialog.GetByTestId("save-annual").ClickAsync();
        await Expect(page.GetByText("年度数据已保存")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "年度数据（4）" }).ClickAsync();
        var row = page.GetByTestId("annual-table").Locator("tbody tr").Filter(new() { HasText = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await Expect(row).ToContainTextAsync("1,200.00");
        await Expect(row).ToContainTextAsync("30.0%"); // 科技人员占比 12 / 40
    }

    private static Dictionary<string, object?> Row(string name, string code, string district, int year)
    {
        var row = new Dictionary<string, object?>
        {
            [EnterpriseSheet.Name] = name,
            [EnterpriseSheet.CreditCode] = code,
            [EnterpriseSheet.District] = district,
            [EnterpriseSheet.Grid] = $"{district}-01",
            [EnterpriseSheet.Industry] = "C",
            [EnterpriseSheet.Field] = "新材料",
            [EnterpriseSheet.Established] = "2015-03-01",
            [EnterpriseSheet.Capital] = 300,
            [EnterpriseSheet.Legal] = "张伟",
            [EnterpriseSheet.Contact] = "李娜",
            [EnterpriseSheet.Phone] = "0951-5123456",
            [EnterpriseSheet.Address] = "银川市某路 8 号",
            [EnterpriseSheet.Year] = year,
        };
        var values = new Dictionary<string, object>
        {
            ["营业收入(万元)"] = 3000,
            ["高新技术产品(服务)收入(万元)"] = 2000,
            ["研发费用(万元)"] = 150,
            ["境内研发费用(万元)"] = 150,
            ["成本费用(万元)"] = 2500,
            ["资产总额(万元)"] = 4000,
            ["净资产(万元)"] = 2000,
            ["净利润(万元)"] = 200,
            ["上缴税金(万元)"] = 90,
            ["职工总数"] = 100,
            ["科技人员数"] = 20,
            ["Ⅰ类知识产权数"] = 1,
            ["Ⅱ类知识产权数"] = 4,
            ["科技成果转化数"] = 2,
            ["技术性收入(万元)"] = 1500,
        };
        foreach (var (header, _) in EnterpriseSheet.AnnualColumns)
        {
            row[header] = values[header];
        }

        return row;
    }
}
