using System.Globalization;
using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Policies.Features.Catalogue;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// The public catalogue states each clause's department, procedure and time limit; staff find the firms entitled
/// to a 免申即享 clause with the amount computed from their data, confirm them once, and the firm is told.
/// </summary>
public abstract class FulfillingPolicies(ProviderApp app)
{
    private const string RdSubsidy = "高新技术企业研发费用后补助";
    private const string Policies = "/api/v1/policies";

    private static int ThisYear => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

    [Fact]
    public async Task The_public_catalogue_lists_clauses_with_department_procedure_and_time_limit()
    {
        var anonymous = app.Shared.Anonymous();

        var catalogue = (await anonymous.GetAsync(Policies)).Is(HttpStatusCode.OK).Json<ListPolicies.Result>();
        var clause = catalogue.Policies.SelectMany(p => p.Clauses).Single(c => c.Title == RdSubsidy);
        Assert.Equal("市科技局 高新技术科", clause.LeadDepartment);
        Assert.Contains("公示 5 个工作日", clause.Procedure, StringComparison.Ordinal);
        Assert.Equal("每年 6 月底前核定，公示后 15 个工作日内拨付", clause.TimeLimit);
        Assert.True(clause.NoApplication);

        var byWords = (await anonymous.GetAsync($"{Policies}?search={Uri.EscapeDataString("所得税 税率")}")).Is(HttpStatusCode.OK).Json<ListPolicies.Result>();
        Assert.Equal(["高新技术企业减按 15% 税率征收企业所得税"], byWords.Policies.SelectMany(p => p.Clauses).Select(c => c.Title));
        var applied = (await anonymous.GetAsync($"{Policies}?noApplication=false")).Is(HttpStatusCode.OK).Json<ListPolicies.Result>();
        Assert.DoesNotContain(applied.Policies.SelectMany(p => p.Clauses), c => c.NoApplication);
        Assert.Contains(applied.Policies.SelectMany(p => p.Clauses), c => c.Title == "研发投入增量奖补");

        var policyId = catalogue.Policies.Single(p => p.Clauses.Any(c => c.Title == RdSubsidy)).Id;
        var details = (await anonymous.GetAsync($"{Policies}/{policyId}")).Is(HttpStatusCode.OK).Json<GetPolicy.Details>();
        var rules = details.Clauses.Single(c => c.Title == RdSubsidy).Rules!;
        Assert.Equal("rd-subsidy-high-tech", rules.RuleSetId);
        Assert.Contains("持有有效的高新技术企业证书", rules.Conditions.Select(c => c.Name));
        Assert.Equal("5%", rules.Parameters.Single(p => p.Key == "rate").Display);
        Assert.Equal(100m, rules.Parameters.Single(p => p.Key == "cap").Value);
        Assert.Equal("min(rd_expense[y-1] * rate, cap)", rules.BenefitFormula);
        Assert.Equal(new DateOnly(2020, 1, 1), rules.EffectiveFrom);

        (await anonymous.PostAsync(Policies, new PolicyForm())).Is(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Entitled_firms_get_five_percent_of_last_years_rd_capped_at_100()
    {
        var staff = await app.Shared.As("staff");
        var clauseId = await ClauseIdAsync(RdSubsidy);

        var entitled = await AllAsync(staff, $"{Policies}/clauses/{clauseId}/entitled?pageSize=200");

        Assert.NotEmpty(entitled.Items);
        var ids = entitled.Items.Select(r => r.EnterpriseId).ToList();
        var lastYear = ThisYear - 1;
        var rd = await app.Shared.WithDbAsync(db => db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId) && r.Year == lastYear)
            .ToDictionaryAsync(r => r.EnterpriseId, r => r.RdExpense));
        foreach (var row in entitled.Items)
        {
            var expected = Math.Round(Math.Min(rd[row.EnterpriseId] * 0.05m, 100m), 2, MidpointRounding.AwayFromZero);
            Assert.True(expected == row.Amount, $"{row.Name}: expected {expected} 万元 from R&D {rd[row.EnterpriseId]} 万元, got {row.Amount}");
            Assert.Contains("补助金额", row.Explanation, StringComparison.Ordinal);
            Assert.Contains("持有有效的高新技术企业证书", row.Explanation, StringComparison.Ordinal);
            Assert.Equal("0.1-default", row.RuleSetVersion);
        }

        Assert.Equal(entitled.Items.Sum(r => r.Amount), entitled.Page.TotalAmount);
        Assert.Equal(entitled.Items.Count, entitled.Page.EntitledCount);

        var nearly = await AllAsync(staff, $"{Policies}/clauses/{clauseId}/entitled?outcome=nearly&pageSize=200");
        Assert.All(nearly.Items, r => Assert.False(string.IsNullOrWhiteSpace(r.Gap)));
        Assert.Empty(nearly.Items.Select(r => r.EnterpriseId).Intersect(ids));
    }

    [Fact]
    public async Task Confirming_notifies_the_firm_and_a_second_confirmation_is_refused()
    {
        var staff = await app.Shared.As("staff");
        var clauseId = await ClauseIdAsync(RdSubsidy);
        var (firmId, form) = await EntitledFirmAsync(rd: 80m); // 80 × 5% = 4 万元
        var firmUser = await FirmUserAsync(firmId);

        var listed = (await AllAsync(staff, $"{Policies}/clauses/{clauseId}/entitled?district={form.DistrictCode}&pageSize=200")).Items
            .Single(r => r.EnterpriseId == firmId);
        Assert.Equal(4.00m, listed.Amount);
        Assert.False(listed.Confirmed);

        var confirmed = (await staff.PostAsync($"{Policies}/clauses/{clauseId}/confirm", new { enterpriseIds = new[] { firmId } }))
            .Is(HttpStatusCode.OK).Json<ConfirmFulfilment.Result>();
        Assert.Equal((ThisYear, 1, 4.00m), (confirmed.Year, confirmed.Confirmed, confirmed.TotalAmount));

        var inbox = (await firmUser.GetAsync("/api/v1/notifications")).Is(HttpStatusCode.OK).Json<InboxPage>();
        var message = Assert.Single(inbox.Items);
        Assert.Equal(1, inbox.Unread);
        Assert.Contains(RdSubsidy, message.Title, StringComparison.Ordinal);
        Assert.Contains("核定金额 4 万元", message.Body, StringComparison.Ordinal);

        var mine = (await firmUser.GetAsync($"/api/v1/enterprises/{firmId}/policies")).Is(HttpStatusCode.OK).Json<FirmPolicies.Result>();
        var record = Assert.Single(mine.Fulfilments);
        Assert.Equal((RdSubsidy, ThisYear, 4.00m, "rd-subsidy-high-tech"), (record.ClauseTitle, record.Year, record.Amount, record.RuleSetId));
        Assert.True(mine.Entitled.Single(c => c.Title == RdSubsidy).Confirmed);

        var again = (await staff.PostAsync($"{Policies}/clauses/{clauseId}/confirm", new { enterpriseIds = new[] { firmId } })).Problem(HttpStatusCode.Conflict);
        Assert.Contains("不能重复确认", again.Detail, StringComparison.Ordinal);
        Assert.Contains(form.Name, again.Detail, StringComparison.Ordinal);
        Assert.Equal((1, 1), await app.Shared.WithDbAsync(async db => (
            await db.Fulfilments.CountAsync(f => f.EnterpriseId == firmId),
            await db.Notifications.CountAsync(n => n.EnterpriseId == firmId))));

        (await firmUser.PostAsync($"/api/v1/notifications/{message.Id}/read", new { })).Is(HttpStatusCode.NoContent);
        Assert.Equal(0, (await firmUser.GetAsync("/api/v1/notifications")).Json<InboxPage>().Unread);
        var relisted = (await AllAsync(staff, $"{Policies}/clauses/{clauseId}/entitled?district={form.DistrictCode}&pageSize=200")).Items;
        Assert.True(relisted.Single(r => r.EnterpriseId == firmId).Confirmed);
    }

    [Fact]
    public async Task A_firm_sees_only_its_own_policies_and_a_grid_officer_cannot_confirm()
    {
        var clauseId = await ClauseIdAsync(RdSubsidy);
        var (firmId, _) = await EntitledFirmAsync(rd: 80m);
        var grid = await app.Shared.As("grid01");

        (await grid.PostAsync($"{Policies}/clauses/{clauseId}/confirm", new { enterpriseIds = new[] { firmId } })).Problem(HttpStatusCode.Forbidden);
        (await grid.GetAsync($"{Policies}/clauses/{clauseId}/entitled")).Is(HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Fulfilments.CountAsync(f => f.EnterpriseId == firmId)));

        var qiye = await app.Shared.As("qiye");
        (await qiye.GetAsync($"/api/v1/enterprises/{firmId}/policies")).Problem(HttpStatusCode.NotFound);
        var own = (await qiye.GetAsync($"/api/v1/enterprises/{await app.Shared.EnterpriseIdOfUserAsync("qiye")}/policies")).Is(HttpStatusCode.OK).Json<FirmPolicies.Result>();
        Assert.All(own.Nearly, c => Assert.False(string.IsNullOrWhiteSpace(c.Gap)));
    }

    [Fact]
    public async Task The_entitled_list_exports_to_xlsx_with_the_same_rows()
    {
        var staff = await app.Shared.As("staff");
        var clauseId = await ClauseIdAsync(RdSubsidy);
        await EntitledFirmAsync(rd: 2500m, district: TestData.Xingqing); // capped: 125 → 100 万元

        var list = (await AllAsync(staff, $"{Policies}/clauses/{clauseId}/entitled?district={TestData.Xingqing}&pageSize=200")).Items;
        var file = (await staff.GetAsync($"{Policies}/clauses/{clauseId}/entitled.xlsx?district={TestData.Xingqing}")).Is(HttpStatusCode.OK);
        var rows = Sheets.Read(file.Bytes);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        Assert.Equal(["企业名称", "统一社会信用代码", "区县", "金额（万元）", "计算说明", "规则版本"], rows[0].Keys);
        Assert.Equal(
            list.Select(r => (r.Name, r.CreditCode, "兴庆区", r.Amount)),
            rows.Select(r => (Sheets.Text(r, "企业名称")!, Sheets.Text(r, "统一社会信用代码")!, Sheets.Text(r, "区县")!,
                (decimal?)decimal.Parse(Sheets.Text(r, "金额（万元）")!, CultureInfo.InvariantCulture))));
        Assert.Contains(list, r => r.Amount == 100m);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_writes_nothing()
    {
        var staff = await app.Shared.As("staff");
        var clauseId = await ClauseIdAsync(RdSubsidy);
        var unknown = Guid.NewGuid();
        var (notEntitled, _) = await EntitledFirmAsync(rd: 10m); // below the 50 万元 threshold

        (await staff.GetAsync($"{Policies}/clauses/{unknown}/entitled")).Problem(HttpStatusCode.NotFound);
        (await staff.GetAsync($"{Policies}/clauses/{unknown}/entitled.xlsx")).Problem(HttpStatusCode.NotFound);
        (await staff.PostAsync($"{Policies}/clauses/{unknown}/confirm", new { enterpriseIds = new[] { notEntitled } })).Problem(HttpStatusCode.NotFound);
        (await staff.GetAsync($"{Policies}/{unknown}")).Problem(HttpStatusCode.NotFound);
        var empty = (await staff.PostAsync($"{Policies}/clauses/{clauseId}/confirm", new { enterpriseIds = Array.Empty<Guid>() })).Problem(HttpStatusCode.BadRequest);
        Assert.Equal(["请至少选择一家企业"], empty.ErrorsOf("enterpriseIds"));
        (await staff.SendRawAsync(HttpMethod.Post, $"{Policies}/clauses/{clauseId}/confirm", "{\"enterpriseIds\": \"全部\"}")).Problem(HttpStatusCode.BadRequest);
        (await staff.GetAsync($"{Policies}/clauses/{clauseId}/entitled?outcome=maybe")).Problem(HttpStatusCode.BadRequest);
        (await staff.GetAsync($"{Policies}/clauses/{clauseId}/entitled?page=abc")).Problem(HttpStatusCode.BadRequest);

        var refused = (await staff.PostAsync($"{Policies}/clauses/{clauseId}/confirm", new { enterpriseIds = new[] { notEntitled } })).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不符合", refused.Detail, StringComparison.Ordinal);
        var stranger = (await staff.PostAsync($"{Policies}/clauses/{clauseId}/confirm", new { enterpriseIds = new[] { unknown } })).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不存在或不在您的数据范围内", stranger.Detail, StringComparison.Ordinal);
        var reward = (await staff.GetAsync($"{Policies}/clauses/{await ClauseIdAsync("新认定高新技术企业奖励")}/entitled")).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("认定奖励", reward.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Fulfilments.CountAsync(f => f.EnterpriseId == notEntitled)));
    }

    [Fact]
    public async Task Staff_maintain_policies_with_chinese_validation_and_conflict_detection()
    {
        var staff = await app.Shared.As("staff");
        var bad = new PolicyForm { Title = "", DocumentNumber = "银科发〔2026〕1号", Issuer = "银川市科学技术局", IssuedOn = new DateOnly(2026, 1, 5), Clauses = [Clause("no-such-rules")] };

        var problem = (await staff.PostAsync(Policies, bad)).Problem(HttpStatusCode.BadRequest);
        Assert.Equal(["请填写政策名称"], problem.ErrorsOf("title"));
        Assert.Equal(["规则集 “no-such-rules” 不存在或尚未发布"], problem.ErrorsOf("clauses[0].ruleSetId"));
        (await (await app.Shared.As("grid01")).PostAsync(Policies, bad)).Problem(HttpStatusCode.Forbidden);

        var form = new PolicyForm
        {
            Title = TestData.UniqueName("测试政策"),
            DocumentNumber = "银科发〔2026〕1号",
            Issuer = "银川市科学技术局",
            IssuedOn = new DateOnly(2026, 1, 5),
            IsPublished = true,
            Clauses = [Clause("rd-subsidy-other")],
        };
        var created = (await staff.PostAsync(Policies, form)).Is(HttpStatusCode.Created).Json<SavePolicy.Saved>();
        var read = (await app.Shared.Anonymous().GetAsync($"{Policies}/{created.Id}")).Is(HttpStatusCode.OK).Json<GetPolicy.Details>();
        Assert.Equal("第一条", Assert.Single(read.Clauses).Number);

        var first = Edit(read, "第一条（修订）");
        var stale = Edit(read, "第一条（另一人）");
        var saved = (await staff.PutAsync($"{Policies}/{created.Id}", first)).Is(HttpStatusCode.OK).Json<SavePolicy.Saved>();
        Assert.True(saved.Version > read.Version);
        var conflict = (await staff.PutAsync($"{Policies}/{created.Id}", stale)).Problem(HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", conflict.Detail, StringComparison.Ordinal);
        Assert.Equal("第一条（修订）", (await app.Shared.Anonymous().GetAsync($"{Policies}/{created.Id}")).Json<GetPolicy.Details>().Clauses.Single().Number);

        (await staff.DeleteAsync($"{Policies}/{created.Id}")).Is(HttpStatusCode.NoContent);
        (await app.Shared.Anonymous().GetAsync($"{Policies}/{created.Id}")).Problem(HttpStatusCode.NotFound);
    }

    private static ClauseForm Clause(string ruleSetId) => new()
    {
        Number = "第一条",
        Title = "测试补助",
        Text = "按上年度研发费用的 3% 给予补助。",
        RuleSetId = ruleSetId,
        BenefitText = "3%，最高 50 万元",
        LeadDepartment = "市科技局 测试科",
        Procedure = "企业无需申请。",
        TimeLimit = "15 个工作日",
        SourceDocument = "测试文件 第一条",
        NoApplication = true,
    };

    private static PolicyForm Edit(GetPolicy.Details d, string number) => new()
    {
        Title = d.Title,
        DocumentNumber = d.DocumentNumber,
        Issuer = d.Issuer,
        IssuedOn = d.IssuedOn,
        Summary = d.Summary,
        IsPublished = d.IsPublished,
        Version = d.Version,
        Clauses = d.Clauses.Select(c => new ClauseForm
        {
            Id = c.Id,
            Version = c.Version,
            Number = number,
            Title = c.Title,
            Text = c.Text,
            RuleSetId = c.RuleSetId,
            BenefitText = c.BenefitText,
            LeadDepartment = c.LeadDepartment,
            Procedure = c.Procedure,
            TimeLimit = c.TimeLimit,
            SourceDocument = c.SourceDocument,
            NoApplication = c.NoApplication,
            IsRecognitionReward = c.IsRecognitionReward,
            SortOrder = c.SortOrder,
        }).ToList(),
    };

    private Task<Guid> ClauseIdAsync(string title) =>
        app.Shared.WithDbAsync(db => db.PolicyClauses.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());

    private sealed record All(EvaluateClause.Page Page, List<EvaluateClause.FirmVerdict> Items);

    /// <summary>Every page of an entitled (or nearly) list.</summary>
    private static async Task<All> AllAsync(Api api, string url)
    {
        var items = new List<EvaluateClause.FirmVerdict>();
        EvaluateClause.Page page;
        var number = 1;
        do
        {
            page = (await api.GetAsync($"{url}&page={number++}")).Is(HttpStatusCode.OK).Json<EvaluateClause.Page>();
            items.AddRange(page.Items);
        }
        while (page.Items.Count > 0 && items.Count < page.Total);

        Assert.Equal(page.Total, items.Count);
        return new All(page, items);
    }

    /// <summary>A new 高企 with last year's R&amp;D of <paramref name="rd"/> 万元 on sales of 1000 万元.</summary>
    private async Task<(Guid Id, EnterpriseForm Form)> EntitledFirmAsync(decimal rd, string district = TestData.Jinfeng)
    {
        var staff = await app.Shared.As("staff");
        var (id, form) = await app.Shared.NewEnterpriseAsync(district);
        var annual = TestData.Annual();
        annual.RdExpense = rd;
        annual.RdExpenseDomestic = rd;
        annual.Revenue = Math.Max(1000m, rd * 2);
        annual.HighTechRevenue = annual.Revenue / 2;
        (await staff.PutAsync($"/api/v1/enterprises/{id}/annual-reports/{ThisYear - 1}", annual)).Is(HttpStatusCode.OK);
        var issued = new DateOnly(ThisYear - 1, 11, 20);
        (await staff.PostAsync($"/api/v1/enterprises/{id}/qualifications", new QualificationForm
        {
            Type = QualificationType.HighTech,
            Number = "GR" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            IssuedOn = issued,
            ExpiresOn = issued.AddYears(3).AddDays(-1),
        })).Is(HttpStatusCode.Created);
        return (id, form);
    }

    /// <summary>An enterprise user of the firm (created as an administrator would), signed in.</summary>
    private async Task<Api> FirmUserAsync(Guid enterpriseId)
    {
        var userName = "qy" + Guid.NewGuid().ToString("N")[..10];
        await using (var scope = app.Shared.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = userName, DisplayName = "测试企业用户", EnterpriseId = enterpriseId, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, AppFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Enterprise)).Succeeded);
        }

        return await app.Shared.As(userName);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class FulfillingPoliciesOnSqlite(SqliteApp app) : FulfillingPolicies(app);

[Collection(PostgresScenarios.Name)]
public sealed class FulfillingPoliciesOnPostgres(PostgresApp app) : FulfillingPolicies(app);
