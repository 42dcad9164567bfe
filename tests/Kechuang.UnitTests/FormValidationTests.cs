using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Domain;

namespace Kechuang.UnitTests;

public sealed class FormValidationTests
{
    private static EnterpriseForm ValidEnterprise() => new()
    {
        Name = "宁夏测试科技有限公司",
        CreditCode = "91110108551385082Q",
        DistrictCode = "640106",
        ContactPhone = "0951-5123456",
    };

    private static AnnualReportForm ValidYear() => new()
    {
        Year = 2025,
        Revenue = 1000,
        HighTechRevenue = 700,
        RdExpense = 60,
        RdExpenseDomestic = 50,
        TotalCost = 800,
        TotalAssets = 1200,
        NetAssets = 500,
        NetProfit = 80,
        TaxPaid = 40,
        Employees = 50,
        StStaff = 10,
    };

    [Fact]
    public void A_complete_enterprise_passes() => Assert.Empty(Validation.Validate(ValidEnterprise()));

    [Theory]
    [InlineData("", "请填写企业名称")]
    [InlineData("甲", "企业名称长度应为 2 到 100 个字符")]
    public void Names_must_be_present_and_sensible(string name, string message)
    {
        var form = ValidEnterprise();
        form.Name = name;
        Assert.Contains(message, Validation.Validate(form)["name"]);
    }

    [Fact]
    public void An_over_long_name_is_refused()
    {
        var form = ValidEnterprise();
        form.Name = new string('企', 101);
        Assert.True(Validation.Validate(form).ContainsKey("name"));
    }

    [Fact]
    public void Script_tags_are_just_text_to_the_validator()
    {
        var form = ValidEnterprise();
        form.Name = "<script>alert(1)</script>公司";
        Assert.Empty(Validation.Validate(form));
    }

    [Theory]
    [InlineData("64010")]
    [InlineData("6401060")]
    [InlineData("abcdef")]
    public void District_must_be_six_digits(string code)
    {
        var form = ValidEnterprise();
        form.DistrictCode = code;
        Assert.Contains("所在区县应为 6 位行政区划代码", Validation.Validate(form)["districtCode"]);
    }

    [Fact]
    public void Negative_registered_capital_is_refused()
    {
        var form = ValidEnterprise();
        form.RegisteredCapital = -1;
        Assert.Contains("注册资本应在 0 到 100000000 万元之间", Validation.Validate(form)["registeredCapital"]);
    }

    [Fact]
    public void A_future_founding_date_is_refused()
    {
        var form = ValidEnterprise();
        form.EstablishedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        Assert.True(Validation.Validate(form).ContainsKey("establishedOn"));
    }

    [Fact]
    public void A_complete_year_passes() => Assert.Empty(Validation.Validate(ValidYear()));

    [Fact]
    public void St_staff_may_equal_but_not_exceed_staff()
    {
        var year = ValidYear();
        year.StStaff = year.Employees;
        Assert.Empty(Validation.Validate(year));
        year.StStaff = year.Employees + 1;
        Assert.Contains("科技人员数（51）不能超过职工总数（50）", Validation.Validate(year)["stStaff"]);
    }

    [Fact]
    public void Money_cannot_be_negative_except_net_assets_and_profit()
    {
        var year = ValidYear();
        year.NetAssets = -200;
        year.NetProfit = -50;
        Assert.Empty(Validation.Validate(year));
        year.Revenue = -1;
        Assert.Contains("营业收入应在 0 到 100000000 万元之间", Validation.Validate(year)["revenue"]);
    }

    [Fact]
    public void Absurd_amounts_are_refused()
    {
        var year = ValidYear();
        year.RdExpense = 100_000_001m;
        Assert.True(Validation.Validate(year).ContainsKey("rdExpense"));
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(3000)]
    public void Years_out_of_range_are_refused(int value)
    {
        var year = ValidYear();
        year.Year = value;
        Assert.True(Validation.Validate(year).ContainsKey("year"));
    }

    [Fact]
    public void Parts_cannot_exceed_their_whole()
    {
        var year = ValidYear();
        year.HighTechRevenue = year.Revenue + 1;
        year.RdExpenseDomestic = year.RdExpense + 1;
        var errors = Validation.Validate(year);
        Assert.True(errors.ContainsKey("highTechRevenue"));
        Assert.True(errors.ContainsKey("rdExpenseDomestic"));
    }

    [Fact]
    public void A_high_tech_certificate_needs_its_dates()
    {
        var form = new QualificationForm { Type = QualificationType.HighTech, Number = "GR202364000123" };
        Assert.True(Validation.Validate(form).ContainsKey("issuedOn"));
        form.IssuedOn = new DateOnly(2023, 11, 1);
        form.ExpiresOn = new DateOnly(2023, 10, 1);
        Assert.Contains("有效期应晚于发证日期", Validation.Validate(form)["expiresOn"]);
    }

    [Fact]
    public void A_tech_sme_number_needs_its_year()
    {
        var form = new QualificationForm { Type = QualificationType.TechSme, Number = "20256401040900123" };
        Assert.True(Validation.Validate(form).ContainsKey("year"));
    }
}
