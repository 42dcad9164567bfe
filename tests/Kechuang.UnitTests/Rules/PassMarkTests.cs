using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Loading;

namespace Kechuang.UnitTests.Rules;

/// <summary>
/// 高新技术企业 innovation capability must be above 70 (国科发火〔2016〕32号 第十一条（七）; 195号: 70 分以上不含 70):
/// checked with a rule set whose parts are all data-driven so the total is exact.
/// </summary>
public sealed class PassMarkTests
{
    private const string ExactScore = """
        id: exact
        name: 创新能力（全部数据计分）
        version: "1"
        citation: 国科发火〔2016〕32号
        effective:
          from: 2016-01-01
        score:
          name: 创新能力评价
          pass_above: 70
          parts:
            - id: all
              name: 全部
              max: 100
              points: ip_class2
        """;

    private static Outcome Decide(decimal points)
    {
        var rules = CompiledRuleSet.Compile(RuleSetLoader.Load("exact.yaml", ExactScore), new DateOnly(2026, 5, 1));
        return rules.Decide(new FactSheet(2026).Set("ip_class2", points));
    }

    [Fact]
    public void Innovation_score_70_fails() => Assert.Equal(Outcome.Failed, Decide(70));

    [Fact]
    public void Innovation_score_71_passes() => Assert.Equal(Outcome.Passed, Decide(71));
}
