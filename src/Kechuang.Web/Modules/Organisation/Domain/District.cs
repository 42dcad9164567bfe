namespace Kechuang.Web.Modules.Organisation.Domain;

/// <summary>An administrative division identified by its GB/T 2260 six-digit code (行政区划代码).</summary>
public sealed class District
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>The city or province above it; null at the top of what the bureau manages.</summary>
    public string? ParentCode { get; set; }
}
