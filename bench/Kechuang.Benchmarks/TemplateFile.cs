using System.Globalization;
using Kechuang.Web.Demo;
using Kechuang.Web.Modules.Enterprises.Domain;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Benchmarks;

/// <summary>
/// Writes an import file in the template layout (<see cref="EnterpriseSheet"/>): one row per enterprise with one
/// year of figures, valid credit codes, grids that belong to their district, and figures that pass
/// <see cref="EnterpriseForm"/> and <see cref="AnnualReportForm"/> validation. The same seed gives the same file
/// (within a calendar year: the report year is last year, since validation refuses future years).
/// Cells are typed as the app's own export types them: text, decimal money, int counts, dates as yyyy-MM-dd text.
/// </summary>
internal static class TemplateFile
{
    /// <summary>Name fragments that occur in the generated names, for the list's search scenario.</summary>
    public static readonly string[] SearchFragments = ["石墨烯", "枸杞", "智能装备", "凤城", "光伏"];

    private static readonly string[] Districts = ["640104", "640105", "640106", "640121", "640122", "640181"];
    private static readonly string[] DistrictNames = ["兴庆区", "西夏区", "金凤区", "永宁县", "贺兰县", "灵武市"];

    private static readonly string[] Brands =
    [
        "塞上", "凤城", "贺兰山", "宁杞", "西部", "金石", "华瑞", "沙湖", "黄河", "六盘", "博远", "天诚", "中科", "宁鑫", "恒通", "瑞丰",
        "鼎盛", "华泰", "嘉禾", "晟达", "昊天", "众合", "新元", "正道", "康泰", "锦程", "力拓", "明德", "启航", "星火", "银湖", "朔方",
    ];

    // Second syllables that make names distinct: 宁夏 + brand + two of these + trade + 有限公司.
    private const string Syllables = "安邦宝昌诚达德丰福冠广国海和恒宏华汇佳建杰金锦晶君凯康坤利联隆茂美明南鹏奇启荣瑞润森盛世顺泰天通伟祥新鑫信兴旭亚阳业益永友宇源远悦长正志众卓";

    private static readonly (string Words, string Industry, string? Field)[] Trades =
    [
        ("新材料科技", "C", "新材料"), ("石墨烯材料", "C", "新材料"), ("生物科技", "C", "生物与新医药"), ("枸杞生物工程", "C", "生物与新医药"),
        ("药业", "C", "生物与新医药"), ("电子信息", "I", "电子信息"), ("软件技术", "I", "电子信息"), ("数据科技", "I", "电子信息"),
        ("智能装备", "C", "先进制造与自动化"), ("机械制造", "C", "先进制造与自动化"), ("自动化技术", "C", "先进制造与自动化"),
        ("新能源", "D", "新能源与节能"), ("光伏科技", "C", "新能源与节能"), ("节能技术", "M", "新能源与节能"), ("环保科技", "N", "资源与环境"),
        ("检测技术", "M", "高技术服务"), ("技术服务", "M", "高技术服务"), ("航空科技", "C", "航空航天"), ("农业科技", "A", null),
        ("商贸", "F", null), ("建设工程", "E", null), ("物流", "G", null), ("食品", "C", null),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "马", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华", "志刚", "海燕", "文博"];

    public static void Write(string path, int rows, int seed)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        MiniExcel.SaveAs(path, Rows(rows, seed), sheetName: EnterpriseSheet.SheetName);
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(int count, int seed)
    {
        var random = new Random(seed);
        var names = new HashSet<string>(count);
        var codes = new HashSet<string>(count);
        var year = DateTime.UtcNow.Year - 1;
        for (var i = 0; i < count; i++)
        {
            var d = random.Next(Districts.Length);
            var district = Districts[d];
            var trade = Trades[random.Next(Trades.Length)];
            string name;
            do
            {
                name = $"宁夏{Brands[random.Next(Brands.Length)]}{Syllables[random.Next(Syllables.Length)]}{Syllables[random.Next(Syllables.Length)]}{trade.Words}有限公司";
            }
            while (!names.Add(name));

            string code;
            do
            {
                code = DemoCity.MakeCreditCode(random, district);
            }
            while (!codes.Add(code));

            // Three sizes of firm, as in the demo city: larger ones with more R&D and staff.
            var size = random.NextDouble();
            var large = size < 0.15;
            var medium = !large && size < 0.6;
            var employees = large ? random.Next(60, 600) : medium ? random.Next(15, 300) : random.Next(3, 80);
            var revenue = Money(large ? 3000 + random.NextDouble() * 40000 : medium ? 500 + random.NextDouble() * 9000 : 50 + random.NextDouble() * 2000);
            var rd = Money((double)revenue * (large ? 0.035 + random.NextDouble() * 0.06 : random.NextDouble() * 0.07));
            var totalAssets = Money((double)revenue * (0.8 + random.NextDouble() * 1.2));
            var row = new Dictionary<string, object?>
            {
                [EnterpriseSheet.Name] = name,
                [EnterpriseSheet.CreditCode] = code,
                [EnterpriseSheet.District] = district,
                [EnterpriseSheet.Grid] = random.Next(10) == 0 ? null : $"{district}-{random.Next(1, 6):00}",
                [EnterpriseSheet.Industry] = trade.Industry,
                [EnterpriseSheet.Field] = trade.Field,
                [EnterpriseSheet.Established] = new DateOnly(1995 + random.Next(0, year - 1995), random.Next(1, 13), random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [EnterpriseSheet.Capital] = random.Next(1, 200) * 50m,
                [EnterpriseSheet.Legal] = Person(random),
                [EnterpriseSheet.Contact] = Person(random),
                [EnterpriseSheet.Phone] = $"0951-{random.Next(5000000, 8999999)}",
                [EnterpriseSheet.Address] = $"{DistrictNames[d]}{Brands[random.Next(Brands.Length)]}路 {random.Next(1, 400)} 号",
                [EnterpriseSheet.Year] = year,
            };
            var figures = new Dictionary<string, object>
            {
                [nameof(AnnualReportForm.Revenue)] = revenue,
                [nameof(AnnualReportForm.HighTechRevenue)] = Money((double)revenue * (large ? 0.6 + random.NextDouble() * 0.35 : random.NextDouble() * 0.7)),
                [nameof(AnnualReportForm.RdExpense)] = rd,
                [nameof(AnnualReportForm.RdExpenseDomestic)] = Money((double)rd * (0.85 + random.NextDouble() * 0.15)),
                [nameof(AnnualReportForm.TotalCost)] = Money((double)revenue * (0.7 + random.NextDouble() * 0.25)),
                [nameof(AnnualReportForm.TotalAssets)] = totalAssets,
                [nameof(AnnualReportForm.NetAssets)] = Money((double)totalAssets * (0.1 + random.NextDouble() * 0.8)),
                [nameof(AnnualReportForm.NetProfit)] = Money((double)revenue * (-0.05 + random.NextDouble() * 0.17)),
                [nameof(AnnualReportForm.TaxPaid)] = Money((double)revenue * (0.01 + random.NextDouble() * 0.05)),
                [nameof(AnnualReportForm.Employees)] = employees,
                [nameof(AnnualReportForm.StStaff)] = (int)(employees * (0.05 + random.NextDouble() * 0.4)),
                [nameof(AnnualReportForm.IpClass1)] = large ? random.Next(1, 8) : random.Next(0, 2),
                [nameof(AnnualReportForm.IpClass2)] = random.Next(0, large ? 25 : 8),
                [nameof(AnnualReportForm.ConvertedResults)] = large ? random.Next(1, 7) : random.Next(0, 3),
            };
            foreach (var (header, property) in EnterpriseSheet.AnnualColumns)
            {
                row[header] = figures[property];
            }

            yield return row;
        }
    }

    // Rounded down so a share of a figure never rounds above the figure itself (validation compares them).
    private static decimal Money(double value) => Math.Floor((decimal)value * 100) / 100;

    private static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
}
