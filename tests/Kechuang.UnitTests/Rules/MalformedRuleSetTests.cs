using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;
using Kechuang.Rules.Loading;

namespace Kechuang.UnitTests.Rules;

/// <summary>A malformed rule set is refused with the file's line and the problem in Chinese.</summary>
public sealed class MalformedRuleSetTests
{
    // Line numbers below count from the first line of this text.
    private const string Valid = """
        id: sample
        name: 示例规则
        version: "1"
        citation: 国科发火〔2016〕32号
        effective:
          from: 2016-01-01
        parameters:
          min_share:
            name: 比例下限
            values:
              - { from: 2016-01-01, value: 10% }
        derived:
          share:
            name: 科技人员占比
            expr: st_staff[y-1] / staff[y-1]
        conditions:
          - id: share
            name: 科技人员占比
            expr: share >= min_share
        """;

    private static RuleSetError Refused(string yaml)
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load("sample.yaml", yaml));
        return Assert.Single(e.Errors);
    }

    private static void AssertRefused(string yaml, int line, string problem)
    {
        var error = Refused(yaml);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"sample.yaml 第 {line} 行：", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_sample_loads() => Assert.Equal("sample", RuleSetLoader.Load("sample.yaml", Valid).Id);

    [Fact]
    public void A_syntax_error_is_refused_with_its_line() =>
        AssertRefused(Valid.Replace("share >= min_share", "share >= (min_share", StringComparison.Ordinal), 19, "语法错误");

    [Fact]
    public void An_unknown_fact_is_refused_with_its_line() =>
        AssertRefused(Valid.Replace("st_staff[y-1] /", "st_stuff[y-1] /", StringComparison.Ordinal), 15, "未知的事实名称 “st_stuff”");

    [Fact]
    public void An_unknown_parameter_is_refused_with_its_line() =>
        AssertRefused(Valid.Replace("share >= min_share", "share >= min_shar", StringComparison.Ordinal), 19, "未知的事实名称 “min_shar”");

    [Fact]
    public void Comparing_a_number_with_a_boolean_is_refused() =>
        AssertRefused(Valid.Replace("share >= min_share", "share >= no_major_violation", StringComparison.Ordinal), 19, "类型不匹配");

    [Fact]
    public void A_condition_that_is_not_a_yes_or_no_is_refused() =>
        AssertRefused(Valid.Replace("share >= min_share", "share + 1", StringComparison.Ordinal), 19, "应为布尔值");

    [Fact]
    public void A_cycle_between_derived_values_is_refused()
    {
        var yaml = Valid.Replace("expr: st_staff[y-1] / staff[y-1]", "expr: other + 1\n  other:\n    name: 另一个\n    expr: share * 2", StringComparison.Ordinal);
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load("sample.yaml", yaml));
        Assert.Contains(e.Errors, x => x.Problem.Contains("循环引用：share → other → share", StringComparison.Ordinal) && x.Line is 15 or 18);
    }

    [Fact]
    public void Overlapping_parameter_dates_are_refused()
    {
        var yaml = Valid.Replace("      - { from: 2016-01-01, value: 10% }",
            "      - { from: 2016-01-01, to: 2020-12-31, value: 10% }\n      - { from: 2020-06-01, value: 8% }", StringComparison.Ordinal);
        AssertRefused(yaml, 12, "有效期重叠");
    }

    [Fact]
    public void Consecutive_parameter_values_are_accepted_and_chosen_by_date()
    {
        var yaml = Valid.Replace("      - { from: 2016-01-01, value: 10% }",
            "      - { from: 2016-01-01, to: 2020-12-31, value: 10% }\n      - { from: 2021-01-01, value: 8% }", StringComparison.Ordinal);
        var set = RuleSetLoader.Load("sample.yaml", yaml);
        Assert.Equal(0.10m, CompiledRuleSet.Compile(set, new DateOnly(2020, 12, 31)).Parameters["min_share"]);
        Assert.Equal(0.08m, CompiledRuleSet.Compile(set, new DateOnly(2021, 1, 1)).Parameters["min_share"]);
    }

    [Fact]
    public void A_missing_citation_is_refused() =>
        AssertRefused(Valid.Replace("citation: 国科发火〔2016〕32号\n", "", StringComparison.Ordinal), 1, "缺少政策文号（citation）");

    [Fact]
    public void A_missing_effective_date_is_refused() =>
        AssertRefused(Valid.Replace("effective:\n  from: 2016-01-01\n", "", StringComparison.Ordinal), 1, "缺少生效日期");

    [Fact]
    public void A_misspelt_field_is_refused()
    {
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load("sample.yaml", Valid.Replace("    expr: share >= min_share", "    expresion: share >= min_share", StringComparison.Ordinal)));
        Assert.Contains(e.Errors, x => x.Line == 19 && x.Problem.StartsWith("未知的字段 “expresion”", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 17 && x.Problem == "缺少条件表达式（expr）");
    }

    [Fact]
    public void Broken_yaml_is_refused_with_its_line() =>
        AssertRefused(Valid.Replace("version: \"1\"", "version: \"1", StringComparison.Ordinal), 3, "YAML 格式错误");

    [Theory]
    [InlineData("")]
    [InlineData("- a\n- b")]
    [InlineData("id: a\nname: b\nversion: 1\ncitation: c\neffective: {from: 2020-01-01}\nparameters: [1, 2]")]
    [InlineData("id: a\nname: b\nversion: 1\ncitation: c\neffective: {from: 2020-01-01}\nparameters: {? [a] : 1}")]
    [InlineData("id: a\nname: b\nversion: 1\ncitation: c\neffective: {from: 2020-01-01}\nconditions: [{id: a, name: b, expr: 'sales[y-99999999999] > 1'}]")]
    [InlineData("id: a\nname: b\nversion: 1\ncitation: c\neffective: {from: 2020-01-01}\nscore: {name: s, pass_above: 1, parts: [{id: p, name: n, max: 5, expert: [1]}]}")]
    public void Garbage_is_refused_with_a_message_never_a_crash(string yaml) =>
        Assert.NotEmpty(Assert.Throws<RuleSetException>(() => RuleSetLoader.Load("garbage.yaml", yaml)).Errors);

    [Fact]
    public void A_score_part_that_reads_itself_is_refused()
    {
        var yaml = Valid + "\nscore:\n  name: 得分\n  pass_at_least: 1\n  parts:\n    - { id: p, name: 自身, max: 10, points: p + 1 }\n";
        AssertRefused(yaml, 24, "只能在它之后的评分项");
    }

    [Fact]
    public void Division_by_zero_at_evaluation_makes_the_condition_unknown_with_a_reason()
    {
        var rules = CompiledRuleSet.Compile(RuleSetLoader.Load("sample.yaml", Valid), new DateOnly(2026, 5, 1));
        var result = rules.Evaluate(new FactSheet(2026).SetYear("st_staff", 2025, 0).SetYear("staff", 2025, 0));
        var c = Assert.Single(result.Conditions);
        Assert.Equal(Outcome.Unknown, c.Outcome);
        Assert.Contains("除数为零：st_staff[y-1] / staff[y-1]", c.Explanation, StringComparison.Ordinal);
    }
}
