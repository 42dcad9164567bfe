using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>A qualification (资质) an enterprise holds: a rung of the cultivation ladder.</summary>
public sealed class Qualification : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EnterpriseId { get; init; }

    public QualificationType Type { get; set; }

    /// <summary>入库登记编号 for 科技型中小企业, 证书编号 for 高新技术企业, 认定文号 otherwise.</summary>
    public required string Number { get; set; }

    /// <summary>The year a 科技型中小企业 registration number is valid for (it is valid for that year only).</summary>
    public int? Year { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public long Version { get; set; }

    public bool IsValidOn(DateOnly day) => Type == QualificationType.TechSme
        ? Year == day.Year
        : (IssuedOn is null || IssuedOn <= day) && (ExpiresOn is null || day <= ExpiresOn);
}

/// <summary>The rungs of the ladder, from the lowest. The order matters: a firm's tier is the highest valid one.</summary>
public enum QualificationType
{
    MicroTech = 1,
    TechSme = 2,
    LittleGiant = 3,
    HighTech = 4,
}

public static class QualificationTypes
{
    public static string DisplayName(QualificationType type) => type switch
    {
        QualificationType.MicroTech => "市级科技型小微企业",
        QualificationType.TechSme => "科技型中小企业",
        QualificationType.LittleGiant => "科技小巨人",
        QualificationType.HighTech => "高新技术企业",
    };

    public static string NumberLabel(QualificationType type) => type switch
    {
        QualificationType.TechSme => "入库登记编号",
        QualificationType.HighTech => "证书编号",
        QualificationType.MicroTech or QualificationType.LittleGiant => "认定文号",
    };
}
