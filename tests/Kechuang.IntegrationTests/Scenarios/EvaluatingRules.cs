using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Rules.Evaluation;
using Kechuang.Web.Modules.Policies.Features;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Outside systems list the rule sets and evaluate a posted fact set; every verdict explains itself.</summary>
public abstract class EvaluatingRules(ProviderApp app)
{
    private const string Evaluate = "/api/v1/rules/tech-sme/evaluate";

    private static readonly Dictionary<string, object> Standing = new()
    {
        ["resident_enterprise"] = true,
        ["restricted_industry"] = false,
        ["no_major_violation"] = true,
        ["listed_abnormal"] = false,
        ["sound_accounts"] = true,
        ["ip_class1"] = 1,
        ["ip_class2"] = 0,
        ["holds_high_tech"] = false,
        ["national_award_5y"] = false,
        ["provincial_rd_institution"] = false,
        ["led_standard_5y"] = false,
    };

    private static object TechSmeFacts(int stStaff) => new
    {
        evaluationDate = "2026-06-30",
        facts = Standing,
        annual = new Dictionary<string, Dictionary<int, decimal>>
        {
            ["staff"] = new() { [2025] = 120 },
            ["st_staff"] = new() { [2025] = stStaff },
            ["sales"] = new() { [2025] = 5000 },
            ["cost"] = new() { [2025] = 4000 },
            ["total_assets"] = new() { [2025] = 6000 },
            ["rd_expense"] = new() { [2025] = 310 },
        },
    };

    [Fact]
    public async Task Rule_sets_are_listed_publicly_with_version_citation_and_conditions()
    {
        var sets = (await app.Shared.Anonymous().GetAsync("/api/v1/rules")).Is(HttpStatusCode.OK).Json<List<ListRuleSets.RuleSetView>>();

        Assert.Equal(sets.Select(s => s.Id).Order(StringComparer.Ordinal), sets.Select(s => s.Id));
        Assert.Subset(sets.Select(s => s.Id).ToHashSet(), new HashSet<string> { "city-small-tech", "high-tech", "little-giant", "tech-sme" });
        var techSme = sets.Single(s => s.Id == "tech-sme");
        Assert.Contains("国科发政〔2017〕115号", techSme.Citation, StringComparison.Ordinal);
        Assert.Contains(techSme.Parameters, p => p.Key == "max_staff" && p.Values.Single().Value == 500);
        Assert.True(sets.Single(s => s.Id == "city-small-tech").IsEditableDefault);
    }

    [Fact]
    public async Task A_posted_fact_set_gets_each_condition_and_the_score_explained()
    {
        var result = (await (await app.Shared.As("staff")).PostAsync(Evaluate, TechSmeFacts(stStaff: 36))).Is(HttpStatusCode.OK).Json<EvaluationResult>();

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.All(result.Conditions, c => Assert.Equal(Outcome.Passed, c.Outcome));
        // 36/120 = 30% → 20; R&D 310/5000 = 6.2% → 50; one Ⅰ类 IP → 30.
        Assert.Equal((100m, 100m), (result.Score!.Min, result.Score.Max));
        Assert.Equal("tech-sme", result.RuleSetId);
        Assert.Equal(500m, result.Parameters["max_staff"]);
    }

    [Fact]
    public async Task A_missing_year_makes_the_verdict_unknown_and_names_what_is_missing()
    {
        var withoutStaff = new
        {
            evaluationDate = "2026-06-30",
            facts = Standing,
            annual = new Dictionary<string, Dictionary<int, decimal>> { ["sales"] = new() { [2025] = 5000 } },
        };

        var result = (await (await app.Shared.As("staff")).PostAsync(Evaluate, withoutStaff)).Is(HttpStatusCode.OK).Json<EvaluationResult>();

        Assert.NotEqual(Outcome.Passed, result.Outcome);
        var staff = result.Conditions.Single(c => c.Id == "staff_limit");
        Assert.Equal(Outcome.Unknown, staff.Outcome);
        Assert.Contains("2025", staff.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_facts_rule_sets_and_dates_get_clear_messages()
    {
        var staff = await app.Shared.As("staff");

        var unknownFact = (await staff.PostAsync(Evaluate, new { facts = new { revenu = 1 } })).Problem(HttpStatusCode.BadRequest);
        var wrongType = (await staff.PostAsync(Evaluate, new { facts = new { resident_enterprise = 3 } })).Problem(HttpStatusCode.BadRequest);
        var missingSet = (await staff.PostAsync("/api/v1/rules/no-such-rules/evaluate", new { })).Problem(HttpStatusCode.NotFound);
        var tooEarly = (await staff.PostAsync(Evaluate, new { evaluationDate = "2010-01-01" })).Problem(HttpStatusCode.UnprocessableEntity);
        (await app.Shared.Anonymous().PostAsync(Evaluate, new { })).Is(HttpStatusCode.Unauthorized);

        Assert.Contains("未知的事实名称 “revenu”", Assert.Single(unknownFact.ErrorsOf("facts")), StringComparison.Ordinal);
        Assert.Contains("resident_enterprise", Assert.Single(wrongType.ErrorsOf("facts")), StringComparison.Ordinal);
        Assert.Equal("规则集 no-such-rules 不存在", missingSet.Detail);
        Assert.Contains("不适用", tooEarly.Detail, StringComparison.Ordinal);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class EvaluatingRulesOnSqlite(SqliteApp app) : EvaluatingRules(app);
