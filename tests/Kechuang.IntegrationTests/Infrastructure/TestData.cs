using Kechuang.Web.Demo;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;

namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>Fresh, valid inputs: each test makes its own firms so tests never depend on each other.</summary>
public static class TestData
{
    /// <summary>The district of grid 640104-01, grid01's grid.</summary>
    public const string Xingqing = "640104";

    /// <summary>灵武市: outside grid01's grid, where qiye2's firm is.</summary>
    public const string Lingwu = "640181";

    public const string Jinfeng = "640106";

    /// <summary>Last year: annual data may not be for a future year.</summary>
    public static int LastYear => DateTime.UtcNow.Year - 1;

    public static string NewCreditCode(string districtCode = Jinfeng) => DemoCity.MakeCreditCode(Random.Shared, districtCode);

    /// <summary>The same code with a check character that is not the right one.</summary>
    public static string WithWrongCheckCharacter(string code)
    {
        var right = CreditCode.CheckCharacter(code.AsSpan(0, 17));
        var wrong = right == '0' ? '1' : '0';
        return code[..17] + wrong;
    }

    public static string UniqueName(string prefix = "测试科技") => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}有限公司";

    public static EnterpriseForm Enterprise(string districtCode = Jinfeng, string? name = null) => new()
    {
        Name = name ?? UniqueName(),
        CreditCode = NewCreditCode(districtCode),
        DistrictCode = districtCode,
        IndustryCode = "C",
        HighTechField = HighTechField.NewMaterials,
        EstablishedOn = new DateOnly(2015, 3, 1),
        RegisteredCapital = 500m,
        LegalRepresentative = "张三",
        ContactPerson = "李四",
        ContactPhone = "0951-1234567",
        Address = "金凤区测试路 1 号",
    };

    public static AnnualReportForm Annual(int employees = 50, int stStaff = 10, decimal revenue = 1000m) => new()
    {
        Revenue = revenue,
        HighTechRevenue = revenue / 2,
        RdExpense = 80m,
        RdExpenseDomestic = 80m,
        TotalCost = 700m,
        TotalAssets = 2000m,
        NetAssets = 900m,
        NetProfit = 100m,
        TaxPaid = 30m,
        Employees = employees,
        StStaff = stStaff,
        IpClass1 = 1,
        IpClass2 = 5,
        ConvertedResults = 2,
    };

    /// <summary>A copy of a form, as a second editor would send it.</summary>
    public static EnterpriseForm Copy(EnterpriseForm f) => new()
    {
        Name = f.Name,
        CreditCode = f.CreditCode,
        DistrictCode = f.DistrictCode,
        GridId = f.GridId,
        IndustryCode = f.IndustryCode,
        HighTechField = f.HighTechField,
        EstablishedOn = f.EstablishedOn,
        RegisteredCapital = f.RegisteredCapital,
        LegalRepresentative = f.LegalRepresentative,
        ContactPerson = f.ContactPerson,
        ContactPhone = f.ContactPhone,
        Address = f.Address,
        MainBusiness = f.MainBusiness,
        Version = f.Version,
    };
}

/// <summary>Request bodies built from what the API returned, as an editing client would.</summary>
public static class Forms
{
    public static EnterpriseForm Of(GetEnterprise.Details d) => new()
    {
        Name = d.Name,
        CreditCode = d.CreditCode.Trim(),
        DistrictCode = d.DistrictCode,
        GridId = d.GridId,
        IndustryCode = d.IndustryCode,
        HighTechField = d.HighTechField,
        EstablishedOn = d.EstablishedOn,
        RegisteredCapital = d.RegisteredCapital,
        LegalRepresentative = d.LegalRepresentative,
        ContactPerson = d.ContactPerson,
        ContactPhone = d.ContactPhone,
        Address = d.Address,
        MainBusiness = d.MainBusiness,
        Version = d.Version,
    };
}
