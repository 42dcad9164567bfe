using Kechuang.Web.Infrastructure;

using NetArchTest.Rules;

namespace Kechuang.UnitTests;

/// <summary>A module may use another module only through that module's Contracts (ARCHITECTURE.md).</summary>
public sealed class ArchitectureTests
{
    private const string Root = "Kechuang.Web.Modules";
    private static readonly string[] Internals = ["Domain", "Features", "Data", "Pages"];

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in ModuleNames())
        {
            data.Add(module);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_reaches_other_modules_only_through_their_contracts(string module)
    {
        var forbidden = ModuleNames().Where(m => m != module)
            .SelectMany(other => Internals.Select(part => $"{Root}.{other}.{part}"))
            .ToArray();
        var result = Types.InAssembly(typeof(FeatureHandlers).Assembly)
            .That().ResideInNamespace($"{Root}.{module}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        Assert.True(result.IsSuccessful, $"{module} uses another module's internals: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_rules_engine_depends_on_neither_aspnet_nor_ef_core()
    {
        var result = Types.InAssembly(typeof(Kechuang.Rules.ShippedRuleSets).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Kechuang.Web")
            .GetResult();
        Assert.True(result.IsSuccessful, $"Kechuang.Rules uses web or database types: {string.Join(", ", result.FailingTypeNames ?? [])}");
        var references = typeof(Kechuang.Rules.ShippedRuleSets).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_engine_depends_on_neither_the_web_app_nor_aspnet_nor_ef_core()
    {
        var assembly = typeof(Kechuang.Review.ReviewSolver).Assembly;
        var result = Types.InAssembly(assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Kechuang.Web")
            .GetResult();
        Assert.True(result.IsSuccessful, $"Kechuang.Review uses web or database types: {string.Join(", ", result.FailingTypeNames ?? [])}");
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("Kechuang.Web", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_module_folder_is_checked() => Assert.Contains("Enterprises", ModuleNames());

    private static IEnumerable<string> ModuleNames() =>
        typeof(FeatureHandlers).Assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n[(Root.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order();
}
