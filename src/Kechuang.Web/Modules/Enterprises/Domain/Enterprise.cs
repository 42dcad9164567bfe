using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>An enterprise in the registry. Money is in 万元 throughout the registry.</summary>
public sealed class Enterprise : IAudited, IVersioned, ISoftDeletable
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public required string CreditCode { get; set; }

    /// <summary>GB/T 2260 code of the district where it is registered.</summary>
    public required string DistrictCode { get; set; }

    public Guid? GridId { get; set; }

    /// <summary>门类 letter of GB/T 4754.</summary>
    public string? IndustryCode { get; set; }

    public HighTechField? HighTechField { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    /// <summary>注册资本, 万元.</summary>
    public decimal? RegisteredCapital { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? Address { get; set; }

    public string? MainBusiness { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<Qualification> Qualifications { get; } = [];

    public List<AnnualReport> AnnualReports { get; } = [];
}
