using Kechuang.Web.Modules.Enterprises.Domain;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

/// <summary>The eight 高新技术领域 names, for other modules that classify by them (experts, calls).</summary>
public static class HighTechFieldNames
{
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<HighTechField>().Select(HighTechFields.DisplayName).ToList();
}
