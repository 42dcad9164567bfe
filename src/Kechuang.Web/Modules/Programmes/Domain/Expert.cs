using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Programmes.Domain;

public enum ExpertTitle
{
    Senior = 1,          // 正高级
    AssociateSenior = 2, // 副高级
    Intermediate = 3,    // 中级
    Other = 4,
}

public enum ExpertKind
{
    Technical = 1, // 技术专家
    Finance = 2,   // 财务专家
    Management = 3, // 管理专家
}

/// <summary>
/// An expert of the pool (专家库). The unit is kept by name and, when known, credit code, because experts come
/// from universities, institutes and firms alike; the same unit as an applicant is an automatic conflict (回避).
/// </summary>
public sealed class Expert : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    /// <summary>居民身份证号码 (GB 11643); its birth date gives the age.</summary>
    public required string IdNumber { get; set; }

    public ExpertTitle Title { get; set; }

    public ExpertKind Kind { get; set; }

    public required string UnitName { get; set; }

    public string? UnitCreditCode { get; set; }

    /// <summary>高新技术领域 names, "；"-separated, as chosen from the fixed list.</summary>
    public string Fields { get; set; } = "";

    /// <summary>Keywords, "；"-separated: what the solver matches against applications.</summary>
    public string Keywords { get; set; } = "";

    public string? Profile { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>How many applications one review batch may give this expert.</summary>
    public int MaxLoad { get; set; } = 8;

    public bool IsAvailable { get; set; } = true;

    /// <summary>The expert's login, when they have one (role 评审专家).</summary>
    public Guid? UserId { get; set; }

    public long Version { get; set; }

    public List<ExpertConflict> Conflicts { get; } = [];
}

public enum ConflictKind
{
    Declared = 1,          // 本人申报的其他利益关系
    FormerEmployment = 2,  // 近三年在该单位任职
    Kinship = 3,           // 亲属关系
}

/// <summary>A declared conflict of an expert with an applicant unit (by credit code or name), until a date if it lapses.</summary>
public sealed class ExpertConflict : IAudited
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ExpertId { get; init; }

    public ConflictKind Kind { get; set; }

    public required string UnitName { get; set; }

    public string? UnitCreditCode { get; set; }

    public required string Reason { get; set; }

    public DateOnly? Until { get; set; }
}
