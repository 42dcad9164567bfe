using Kechuang.Web.Modules.TechContracts.Domain;
using Kechuang.Web.Modules.TechContracts.Features;

namespace Kechuang.UnitTests.TechContracts;

/// <summary>The registry's time limits in working days, the amount rule, the registration number and the file checks.</summary>
public sealed class TechContractRulesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public void Fifteen_working_days_skip_weekends_and_do_not_count_the_day_of_submission()
    {
        var calendar = new WorkingCalendar();

        Assert.Equal(new DateOnly(2026, 3, 3), calendar.AddWorkingDays(Monday, 1));
        Assert.Equal(new DateOnly(2026, 3, 9), calendar.AddWorkingDays(Monday, 5)); // Tuesday to Friday, then Monday
        Assert.Equal(new DateOnly(2026, 3, 23), calendar.AddWorkingDays(Monday, 15));
        Assert.Equal(new DateOnly(2026, 4, 13), calendar.AddWorkingDays(Monday, 30));
        Assert.Equal(new DateOnly(2026, 3, 9), calendar.AddWorkingDays(new DateOnly(2026, 3, 7), 1)); // Saturday → Monday
    }

    [Fact]
    public void Configured_holidays_are_skipped_and_weekend_workdays_count()
    {
        // 国庆: 1–7 October rest, Saturday 10 October worked (an example arrangement, configured as data).
        var holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d));
        var calendar = new WorkingCalendar(holidays, [new DateOnly(2026, 10, 10)]);

        Assert.Equal(new DateOnly(2026, 10, 8), calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 1));
        Assert.Equal(new DateOnly(2026, 10, 10), calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
        Assert.Equal(3, calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 10)));
        Assert.Equal(0, calendar.WorkingDaysBetween(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 9)));
    }

    [Fact]
    public void A_contract_of_500_wan_or_more_goes_to_expert_review_with_30_working_days()
    {
        var options = new TechContractOptions();
        var small = Contract(499.99m);
        var large = Contract(500m);

        small.Submit(DateTimeOffset.UtcNow, Monday, options);
        large.Submit(DateTimeOffset.UtcNow, Monday, options);

        Assert.False(small.ExpertReview);
        Assert.Equal(new DateOnly(2026, 3, 23), small.DueOn);
        Assert.True(large.ExpertReview);
        Assert.Equal(new DateOnly(2026, 4, 13), large.DueOn);
    }

    [Theory]
    [InlineData(100, 100, null)]
    [InlineData(100, 0, null)]
    [InlineData(100, 100.0001, "技术交易额（100.0001 万元）不能大于成交额（100 万元）")]
    [InlineData(0, 0, "成交额必须大于 0 万元")]
    [InlineData(10, -1, "技术交易额不能为负数")]
    public void Technology_amount_may_not_exceed_the_total(double total, double technology, string? problem) =>
        Assert.Equal(problem, ContractRules.AmountProblem((decimal)total, (decimal)technology));

    [Fact]
    public void The_form_reports_the_amount_rule_on_the_technology_amount()
    {
        var form = new TechContractForm
        {
            ContractNumber = "HT-1",
            ProjectName = "测试",
            Kind = TechContractKind.Consulting,
            SignedOn = Monday,
            ValidFrom = Monday,
            ValidTo = Monday.AddYears(1),
            Field = "新材料",
            TotalAmount = 10,
            TechnologyAmount = 12,
            BuyerName = "买方",
            BuyerCountry = "中国",
            BuyerDistrictCode = "110108",
        };

        var errors = Kechuang.Web.Infrastructure.Errors.Validation.Validate(form);

        Assert.Equal(["技术交易额（12 万元）不能大于成交额（10 万元）"], errors["technologyAmount"]);
        Assert.Single(errors);
    }

    [Fact]
    public void The_registration_number_is_district_year_and_a_six_digit_sequence()
    {
        Assert.Equal("6401042026000123", ContractRules.RegistrationNumber("640104", 2026, 123));
        Assert.Equal("6401812027000001", ContractRules.RegistrationNumber("640181", 2027, 1));
        Assert.Equal(16, ContractRules.RegistrationNumber("640106", 2026, 999_999).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractRules.RegistrationNumber("640104", 2026, 1_000_000));
        Assert.Throws<ArgumentException>(() => ContractRules.RegistrationNumber("64010", 2026, 1));
    }

    [Theory]
    [InlineData("640104", true)]
    [InlineData("110108", true)]
    [InlineData("820001", true)]
    [InlineData("640100", false)] // a city, not a county
    [InlineData("990101", false)] // no such province
    [InlineData("64010A", false)]
    [InlineData("6401041", false)]
    public void District_codes_are_six_digit_county_codes_of_a_real_province(string code, bool valid) =>
        Assert.Equal(valid, ContractRules.IsCountyCode(code));

    [Fact]
    public void Contract_numbers_compare_without_spaces_case_or_full_width_characters() =>
        Assert.Equal(ContractRules.NormaliseNumber("ht-2026 001"), ContractRules.NormaliseNumber("ＨＴ－２０２６００１"));

    [Fact]
    public void Files_are_checked_for_size_extension_and_content()
    {
        var pdf = "%PDF-1.4\n"u8.ToArray();
        Assert.Null(ContractFileRules.Problem(AttachmentKind.ContractText, "合同.pdf", pdf));
        Assert.Contains("只接受 PDF、JPG、JPEG、PNG 格式", ContractFileRules.Problem(AttachmentKind.ContractText, "合同.docx", "PK.."u8.ToArray()), StringComparison.Ordinal);
        Assert.Contains("文件内容与扩展名 .pdf 不符", ContractFileRules.Problem(AttachmentKind.ContractText, "合同.pdf", "MZ"u8.ToArray()), StringComparison.Ordinal);
        var large = new byte[(ContractFileRules.MaxMegabytes * 1024 * 1024) + 1];
        pdf.CopyTo(large, 0);
        Assert.Contains("不能超过 10 MB", ContractFileRules.Problem(AttachmentKind.ContractText, "合同.pdf", large), StringComparison.Ordinal);
    }

    private static TechContract Contract(decimal total) => new()
    {
        ContractNumber = "HT-1",
        ProjectName = "测试",
        Field = "新材料",
        SellerName = "卖方",
        SellerCountry = "中国",
        BuyerName = "买方",
        BuyerCountry = "中国",
        CreatedBy = "测试",
        TotalAmount = total,
        TechnologyAmount = total,
    };
}
