namespace Kechuang.RulesBenchmarks;

/// <summary>
/// One generated firm as plain C# data: the input the RulesEngine peer and the oracle read. Money in 万元.
/// <see cref="HasLastYear"/> false means the firm filed no figures for y-1 (the annual facts are missing).
/// </summary>
public sealed class Firm
{
    public bool HasLastYear { get; set; }

    public int Staff { get; set; }

    public int StStaff { get; set; }

    public decimal Sales { get; set; }

    public decimal Cost { get; set; }

    public decimal RdExpense { get; set; }

    public decimal TotalAssets { get; set; }

    public int IpClass1 { get; set; }

    public int IpClass2 { get; set; }

    public bool ResidentEnterprise { get; set; }

    public bool RestrictedIndustry { get; set; }

    public bool NoMajorViolation { get; set; }

    public bool ListedAbnormal { get; set; }

    public bool SoundAccounts { get; set; }

    public bool HoldsHighTech { get; set; }

    public bool NationalAward5y { get; set; }

    public bool ProvincialRdInstitution { get; set; }

    public bool LedStandard5y { get; set; }
}
