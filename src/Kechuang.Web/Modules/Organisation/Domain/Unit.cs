using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Organisation.Domain;

/// <summary>An organisation outside the bureau that works with it: a university, institute, bank, service body, or another government body.</summary>
public sealed class Unit : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public string? CreditCode { get; set; }

    public string? DistrictCode { get; set; }
}

public enum UnitKind
{
    University,
    ResearchInstitute,
    ServiceBody,
    FinancialInstitution,
    GovernmentBody,
    Other,
}

public static class UnitKinds
{
    public static string DisplayName(UnitKind kind) => kind switch
    {
        UnitKind.University => "高等院校",
        UnitKind.ResearchInstitute => "科研院所",
        UnitKind.ServiceBody => "服务机构",
        UnitKind.FinancialInstitution => "金融机构",
        UnitKind.GovernmentBody => "政府部门",
        UnitKind.Other => "其他",
    };
}
