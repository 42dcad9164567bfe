using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Rules.Evaluation;
using Kechuang.Web.Modules.Policies.Domain;
using Kechuang.Web.Modules.Policies.Features;
using Kechuang.Web.Modules.Policies.Features.Rules;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Staff change a rule as data: a draft is checked line by line, tried over every firm (what-if), and published
/// without two versions in force on the same day. Scenarios that publish use rd-increase-subsidy, which no other
/// scenario reads, because the shared app keeps what they publish.
/// </summary>
public abstract class ManagingRuleVersions(ProviderApp app)
{
    private static async Task<(Api Staff, GetRuleSetVersion.Details Draft)> NewDraftAsync(AppFactory factory, string ruleSetId)
    {
        var staff = await factory.As("staff");
        var published = (await staff.GetAsync("/api/v1/rules/versions")).Is(HttpStatusCode.OK).Json<List<ListRuleSetVersions.Row>>()
            .First(v => v.RuleSetId == ruleSetId && v.Status == RuleSetStatus.Published);
        var id = (await staff.PostAsync("/api/v1/rules/versions", new { basedOnId = published.Id })).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;
        return (staff, (await staff.GetAsync($"/api/v1/rules/versions/{id}")).Is(HttpStatusCode.OK).Json<GetRuleSetVersion.Details>());
    }

    [Fact]
    public async Task The_public_list_has_every_rule_set_with_its_versions_and_the_one_in_force()
    {
        var sets = (await app.Untouched.Anonymous().GetAsync("/api/v1/rules")).Is(HttpStatusCode.OK).Json<List<ListRuleSets.RuleSetView>>();

        Assert.Superset(new HashSet<string> { "city-small-tech", "high-tech", "little-giant", "tech-sme", "high-tech-reward", "little-giant-reward", "rd-subsidy-high-tech" },
            sets.Select(s => s.Id).ToHashSet());
        var reward = sets.Single(s => s.Id == "high-tech-reward");
        Assert.Equal("high_tech_reward", reward.Benefit!.Formula);
        Assert.Equal(50m, reward.Parameters.Single().Values.Single().Value);
        Assert.All(sets, s => Assert.Single(s.Versions, v => v.InForce));
    }

    [Fact]
    public async Task A_draft_with_a_mistake_is_refused_with_the_line_and_nothing_is_saved()
    {
        var (staff, draft) = await NewDraftAsync(app.Shared, "high-tech-tax");
        var lines = draft.Yaml.Split('\n').ToList();
        var exprLine = lines.FindIndex(l => l.Contains("expr: holds_high_tech", StringComparison.Ordinal)) + 1;

        var syntax = (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = draft.Yaml.Replace("expr: holds_high_tech", "expr: holds_high_tech and (", StringComparison.Ordinal), version = draft.Version }))
            .Problem(HttpStatusCode.BadRequest);
        var unknown = (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = draft.Yaml.Replace("expr: holds_high_tech", "expr: holds_hightech", StringComparison.Ordinal), version = draft.Version }))
            .Problem(HttpStatusCode.BadRequest);
        var type = (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = draft.Yaml.Replace("expr: holds_high_tech", "expr: holds_high_tech + 1", StringComparison.Ordinal), version = draft.Version }))
            .Problem(HttpStatusCode.BadRequest);
        var renamed = (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = draft.Yaml.Replace("id: high-tech-tax", "id: other-tax", StringComparison.Ordinal), version = draft.Version }))
            .Problem(HttpStatusCode.BadRequest);
        var empty = (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = "", version = draft.Version })).Problem(HttpStatusCode.BadRequest);

        Assert.Contains($"第 {exprLine} 行", Assert.Single(syntax.ErrorsOf("yaml")), StringComparison.Ordinal);
        Assert.Contains("未知的事实名称 “holds_hightech”", Assert.Single(unknown.ErrorsOf("yaml")), StringComparison.Ordinal);
        Assert.Contains($"第 {exprLine} 行", Assert.Single(type.ErrorsOf("yaml")), StringComparison.Ordinal);
        Assert.Contains("不能改变规则集编号", Assert.Single(renamed.ErrorsOf("yaml")), StringComparison.Ordinal);
        Assert.Equal(["请填写规则内容"], empty.ErrorsOf("yaml"));
        var after = (await staff.GetAsync($"/api/v1/rules/versions/{draft.Id}")).Json<GetRuleSetVersion.Details>();
        Assert.Equal((draft.Yaml, draft.Version), (after.Yaml, after.Version));
    }

    [Fact]
    public async Task What_if_a_higher_rate_shows_the_firms_and_money_it_changes_before_publishing()
    {
        var (staff, draft) = await NewDraftAsync(app.Shared, "rd-subsidy-high-tech");
        var firms = await app.Shared.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Enterprises));
        try
        {
            var doubled = draft.Yaml.Replace("value: 5% }", "value: 10% }", StringComparison.Ordinal);
            (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = doubled, version = draft.Version })).Is(HttpStatusCode.OK);

            var w = (await staff.GetAsync($"/api/v1/rules/versions/{draft.Id}/what-if")).Is(HttpStatusCode.OK).Json<WhatIf.Result>();

            Assert.Equal(firms, w.Firms);
            Assert.Equal(w.PassingBefore, w.PassingAfter);
            Assert.True(w.ChangedTotal > 0, "doubling the rate changes some amounts");
            // Under the cap (100 万元) the amount doubles; at the cap it stays, so it is not listed as changed.
            Assert.All(w.Changed, f => Assert.Equal(Math.Min(2 * f.AmountBefore!.Value, 100m), f.AmountAfter));
            Assert.Equal(w.Changed.Sum(f => f.AmountAfter!.Value - f.AmountBefore!.Value), w.AmountChange);
            Assert.Equal(0.05m, Assert.Single(w.Parameters).Before);
        }
        finally
        {
            (await staff.DeleteAsync($"/api/v1/rules/versions/{draft.Id}")).Is(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task What_if_a_higher_reward_costs_ten_more_for_each_firm_first_recognised_this_year()
    {
        var (staff, draft) = await NewDraftAsync(app.Shared, "high-tech-reward");
        try
        {
            (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = draft.Yaml.Replace("value: 50 }", "value: 60 }", StringComparison.Ordinal), version = draft.Version }))
                .Is(HttpStatusCode.OK);
            var year = DateTime.UtcNow.AddHours(8).Year;
            var firstThisYear = await app.Shared.WithDbAsync(async db =>
                (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                    db.Qualifications.Where(q => q.Type == Kechuang.Web.Modules.Enterprises.Domain.QualificationType.HighTech && q.IssuedOn != null)
                        .Where(q => db.Enterprises.Any(e => e.Id == q.EnterpriseId))
                        .Select(q => new { q.EnterpriseId, q.IssuedOn })))
                .GroupBy(q => q.EnterpriseId).Count(g => g.Min(q => q.IssuedOn)!.Value.Year == year));

            var w = (await staff.GetAsync($"/api/v1/rules/versions/{draft.Id}/what-if")).Is(HttpStatusCode.OK).Json<WhatIf.Result>();

            Assert.True(firstThisYear > 0, "the demo city has firms first recognised this year");
            Assert.Equal((firstThisYear, firstThisYear), (w.PassingBefore, w.PassingAfter));
            Assert.Equal((50m * firstThisYear, 60m * firstThisYear), (w.AmountBefore, w.AmountAfter));
            Assert.Equal(firstThisYear, w.ChangedTotal);
        }
        finally
        {
            (await staff.DeleteAsync($"/api/v1/rules/versions/{draft.Id}")).Is(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Publishing_refuses_an_overlap_unless_the_predecessor_is_closed_and_then_the_new_rate_applies_from_its_date()
    {
        var (staff, draft) = await NewDraftAsync(app.Shared, "rd-increase-subsidy");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var fromToday = System.Text.RegularExpressions.Regex.Replace(draft.Yaml, @"(effective:\s*\n\s*)from: \S+", $"${{1}}from: {today}")
            .Replace("value: 10% }", "value: 20% }", StringComparison.Ordinal);
        var saved = (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = fromToday, version = draft.Version })).Is(HttpStatusCode.OK).Json<VersionBody>();

        var overlap = (await staff.PostAsync($"/api/v1/rules/versions/{draft.Id}/publish", new { version = saved.Version })).Problem(HttpStatusCode.Conflict);
        (await staff.PostAsync($"/api/v1/rules/versions/{draft.Id}/publish", new { version = saved.Version, closePrevious = true })).Is(HttpStatusCode.NoContent);
        (await staff.PostAsync($"/api/v1/rules/versions/{draft.Id}/publish", new { version = saved.Version + 1, closePrevious = true })).Problem(HttpStatusCode.Conflict);
        (await staff.PutAsync($"/api/v1/rules/versions/{draft.Id}", new { yaml = fromToday, version = saved.Version + 1 })).Problem(HttpStatusCode.UnprocessableEntity);
        (await staff.DeleteAsync($"/api/v1/rules/versions/{draft.Id}")).Problem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("重叠", overlap.Detail, StringComparison.Ordinal);
        var set = (await app.Shared.Anonymous().GetAsync("/api/v1/rules")).Json<List<ListRuleSets.RuleSetView>>().Single(s => s.Id == "rd-increase-subsidy");
        Assert.Equal(draft.VersionLabel, set.Version);
        Assert.Equal(0.20m, set.Parameters.Single(p => p.Key == "rate").Values.Single().Value);
        var previous = set.Versions.Single(v => !v.InForce);
        Assert.Equal(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1), previous.To);

        var firm = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        var evaluated = (await staff.GetAsync($"/api/v1/rules/rd-increase-subsidy/enterprises/{firm}")).Is(HttpStatusCode.OK).Json<EvaluationResult>();
        Assert.Equal(draft.VersionLabel, evaluated.Version);
        Assert.Equal(0.20m, evaluated.Parameters["rate"]);
        Assert.Contains("增量补助比例 0.2", evaluated.Benefit!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_staff_who_maintain_rules_see_drafts_and_an_enterprise_is_evaluated_only_within_scope()
    {
        (await (await app.Shared.As("grid01")).GetAsync("/api/v1/rules/versions")).Is(HttpStatusCode.Forbidden);
        (await app.Shared.Anonymous().GetAsync("/api/v1/rules/versions")).Is(HttpStatusCode.Unauthorized);
        var other = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        (await (await app.Shared.As("qiye")).GetAsync($"/api/v1/rules/tech-sme/enterprises/{other}")).Problem(HttpStatusCode.NotFound);
        (await (await app.Shared.As("staff")).GetAsync($"/api/v1/rules/no-such-rules/enterprises/{other}")).Problem(HttpStatusCode.NotFound);
        (await (await app.Shared.As("staff")).GetAsync($"/api/v1/rules/versions/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
    }

    private sealed record VersionBody(long Version);
}

[Collection(SqliteScenarios.Name)]
public sealed class ManagingRuleVersionsOnSqlite(SqliteApp app) : ManagingRuleVersions(app);

[Collection(PostgresScenarios.Name)]
public sealed class ManagingRuleVersionsOnPostgres(PostgresApp app) : ManagingRuleVersions(app);
