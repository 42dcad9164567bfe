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

    public const string HighTechReward = "high-tech-reward";
    public const string LittleGiantReward = "little-giant-reward";

    private static readonly Lazy<IReadOnlyDictionary<string, (RuleSet Rules, string Yaml)>> All = new(LoadAll);

    public static RuleSet Get(string id) => All.Value[id].Rules;

    /// <summary>The file's text, so an app can store it as the first version staff later edit.</summary>
    public static string YamlOf(string id) => All.Value[id].Yaml;

    public static IEnumerable<RuleSet> List() => All.Value.Values.Select(v => v.Rules);

    private static Dictionary<string, (RuleSet, string)> LoadAll()
    {
        var assembly = typeof(ShippedRuleSets).Assembly;
        var result = new Dictionary<string, (RuleSet, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("RuleSets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var yaml = reader.ReadToEnd();
            var set = RuleSetLoader.Load(name, yaml);
            result[set.Id] = (set, yaml);
        }

        return result;
    }
}
