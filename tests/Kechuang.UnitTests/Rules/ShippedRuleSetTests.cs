using Kechuang.Rules;

namespace Kechuang.UnitTests.Rules;

public sealed class ShippedRuleSetTests
{
    [Theory]
    [InlineData(ShippedRuleSets.TechSme)]
    [InlineData(ShippedRuleSets.HighTech)]
    [InlineData(ShippedRuleSets.LittleGiant)]
    [InlineData(ShippedRuleSets.CitySmallTech)]
    public void Every_shipped_rule_set_loads_with_citation_and_effective_date(string id)
    {
        var set = ShippedRuleSets.Get(id);
        Assert.False(string.IsNullOrWhiteSpace(set.Citation));
        Assert.True(set.IsEffectiveOn(Firms.On));
        Kechuang.Rules.Evaluation.CompiledRuleSet.Compile(set, Firms.On);
    }

    [Fact]
    public void The_city_rule_set_is_marked_as_an_editable_default() =>
        Assert.True(ShippedRuleSets.Get(ShippedRuleSets.CitySmallTech).IsEditableDefault);
}
