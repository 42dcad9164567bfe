using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Policies.Domain;

/// <summary>A policy document in the catalogue (政策库), e.g. 银川市关于支持科技创新的若干政策措施.</summary>
public sealed class Policy : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Title { get; set; }

    /// <summary>文号, e.g. 银政发〔2019〕12号.</summary>
    public required string DocumentNumber { get; set; }

    public required string Issuer { get; set; }

    public DateOnly IssuedOn { get; set; }

    public string? Summary { get; set; }

    public bool IsPublished { get; set; }

    public long Version { get; set; }

    public List<PolicyClause> Clauses { get; } = [];
}
