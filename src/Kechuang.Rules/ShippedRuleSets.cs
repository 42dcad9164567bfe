using Kechuang.Rules.Loading;
using Kechuang.Rules.Model;

namespace Kechuang.Rules;

/// <summary>The rule sets shipped with Kechuang as embedded YAML (src/Kechuang.Rules/RuleSets/); each is checked on load.</summary>
public static class ShippedRuleSets
{
    public const string TechSme = "tech-sme";
    public const string HighTech = "high-tech";
    public const string LittleGiant = "little-giant";
    public const string CitySmallTech = "city-small-tech";

    private static readonly Lazy<IReadOnlyDictionary<string, RuleSet>> All = new(LoadAll);

    public static RuleSet Get(string id) => All.Value[id];

    public static IEnumerable<RuleSet> List() => All.Value.Values;

    private static Dictionary<string, RuleSet> LoadAll()
    {
        var assembly = typeof(ShippedRuleSets).Assembly;
        var result = new Dictionary<string, RuleSet>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("RuleSets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var set = RuleSetLoader.Load(name, reader.ReadToEnd());
            result[set.Id] = set;
        }

        return result;
    }
}
