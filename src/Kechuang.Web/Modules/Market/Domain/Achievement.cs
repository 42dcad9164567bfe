using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>A scientific or technological achievement (科技成果) offered for transfer by a university, institute, firm or service body.</summary>
public sealed class Achievement : IAudited, IVersioned, ISoftDeletable
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The user who published it and may change it.</summary>
    public Guid? OwnerUserId { get; init; }

    /// <summary>The firm, when a firm published it.</summary>
    public Guid? EnterpriseId { get; init; }

    /// <summary>成果持有单位.</summary>
    public required string OwnerName { get; set; }

    public OwnerKind OwnerKind { get; set; }

    public string? DistrictCode { get; set; }

    public required string Title { get; set; }

    public required string Abstract { get; set; }

    public required string Field { get; set; }

    public string Keywords { get; set; } = "";

    public Maturity Maturity { get; set; }

    /// <summary>专利号, "；"-separated.</summary>
    public string PatentNumbers { get; set; } = "";

    public TransferMode TransferMode { get; set; }

    /// <summary>价格参考, free text ("面议", "50–80 万元").</summary>
    public string? PriceGuidance { get; set; }

    public required string ContactName { get; set; }

    public required string ContactPhone { get; set; }

    public bool IsPublished { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public long Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}

/// <summary>A service body's offer (检验检测, 研发设计, 技术咨询).</summary>
public sealed class ServiceOffer : IAudited, IVersioned, ISoftDeletable
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid? OwnerUserId { get; init; }

    public required string ProviderName { get; set; }

    public ServiceKind Kind { get; set; }

    public string? DistrictCode { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Field { get; set; }

    public string Keywords { get; set; } = "";

    public string? PriceGuidance { get; set; }

    public required string ContactName { get; set; }

    public required string ContactPhone { get; set; }

    public bool IsPublished { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public long Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}
