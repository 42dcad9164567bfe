using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>
/// What a firm declares about itself for the recognition rules (自评声明): facts no annual report holds, such as
/// "no major violation in the last year". Null means not yet declared, so a rule that needs it says "unknown"
/// with what is missing instead of passing or failing. Property names are the rule engine's fact names.
/// </summary>
public sealed class EnterpriseDeclaration : IAudited, IVersioned
{
    public Guid EnterpriseId { get; init; }

    public bool? ResidentEnterprise { get; set; }

    public bool? RestrictedIndustry { get; set; }

    public bool? NoMajorViolation { get; set; }

    public bool? ListedAbnormal { get; set; }

    public bool? SoundAccounts { get; set; }

    public bool? HasCoreIp { get; set; }

    public bool? HasRdUnit { get; set; }

    public bool? NationalAward5y { get; set; }

    public bool? ProvincialRdInstitution { get; set; }

    public bool? LedStandard5y { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
