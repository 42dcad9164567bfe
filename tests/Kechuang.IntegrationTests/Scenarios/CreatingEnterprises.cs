using System.Net;
using System.Text.RegularExpressions;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Creating and editing a firm: every rule answers 400 with a Chinese message on the field it concerns.</summary>
public abstract class CreatingEnterprises(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";

    [Fact]
    public async Task Creates_a_firm_and_stores_a_lower_case_credit_code_in_upper_case()
    {
        var form = TestData.Enterprise();
        var typed = form.CreditCode.ToLowerInvariant();
        form.CreditCode = typed;
        var staff = await app.Shared.As("staff");

        var id = (await staff.PostAsync(Base, form)).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;

        var details = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        Assert.Equal(typed.ToUpperInvariant(), details.CreditCode);
        Assert.Equal(form.Name, details.Name);
        Assert.Equal(1, details.Version);
    }

    [Theory]
    [InlineData("123", "应为 18 位")]
    [InlineData("91640100MA76XXXXXXX", "应为 18 位")]
    [InlineData("9164010IMA76XXXXX1", "不是允许的字符")]
    [InlineData("", "请填写统一社会信用代码")]
    public async Task Rejects_malformed_credit_code(string code, string message)
    {
        var form = TestData.Enterprise();
        form.CreditCode = code;

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Contains(problem.ErrorsOf("creditCode"), m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejects_credit_code_with_wrong_check_character()
    {
        var form = TestData.Enterprise();
        var right = form.CreditCode;
        form.CreditCode = TestData.WithWrongCheckCharacter(right);

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        var message = Assert.Single(problem.ErrorsOf("creditCode"));
        Assert.Equal($"统一社会信用代码校验位错误：第 18 位应为“{right[17]}”，实际为“{form.CreditCode[17]}”", message);
    }

    [Fact]
    public async Task Rejects_duplicate_credit_code_even_when_typed_in_lower_case()
    {
        var (_, first) = await app.Shared.NewEnterpriseAsync();
        var second = TestData.Enterprise();
        second.CreditCode = first.CreditCode.ToLowerInvariant();

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, second)).Problem(HttpStatusCode.BadRequest);

        var message = Assert.Single(problem.ErrorsOf("creditCode"));
        Assert.Contains("已被", message, StringComparison.Ordinal);
        Assert.Contains(first.Name, message, StringComparison.Ordinal);
        Assert.Contains("不能重复", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "请填写企业名称")]
    [InlineData("   ", "请填写企业名称")]
    [InlineData("甲", "企业名称长度应为 2 到 100 个字符")]
    [InlineData(null, "企业名称长度应为 2 到 100 个字符")] // 101 characters
    public async Task Rejects_empty_or_over_long_name(string? name, string message)
    {
        var form = TestData.Enterprise();
        form.Name = name ?? new string('科', 101);

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Equal([message], problem.ErrorsOf("name"));
        Assert.Equal("提交的数据有误", problem.Title);
    }

    [Theory]
    [InlineData("<script>alert('科创')</script>有限公司")]
    [InlineData("测试'; DROP TABLE \"Enterprises\"; --有限公司")]
    [InlineData("宁夏\"引号\" & <b>粗体</b> 公司")]
    public async Task Stores_markup_and_sql_in_names_verbatim_and_returns_them_as_json_text(string name)
    {
        var staff = await app.Shared.As("staff");
        var form = TestData.Enterprise(name: name);

        var id = (await staff.PostAsync(Base, form)).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;

        var reply = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK);
        Assert.Equal("application/json", reply.ContentType);
        Assert.Equal(name, reply.Json<GetEnterprise.Details>().Name);
        Assert.DoesNotContain("<script>", reply.Text, StringComparison.Ordinal);
        var listed = (await staff.GetAsync($"{Base}?search={Uri.EscapeDataString(form.CreditCode)}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>();
        Assert.Equal(name, Assert.Single(listed.Items).Name);
        Assert.True((await staff.GetAsync($"{Base}?pageSize=1")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>().Total >= 800, "the registry table is still there");
    }

    [Fact]
    public async Task Rejects_negative_registered_capital()
    {
        var form = TestData.Enterprise();
        form.RegisteredCapital = -1m;

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(["注册资本应在 0 到 100000000 万元之间"], problem.ErrorsOf("registeredCapital"));
    }

    [Fact]
    public async Task Rejects_negative_revenue_but_accepts_a_loss()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        var negative = TestData.Annual();
        negative.Revenue = -5m;
        negative.HighTechRevenue = 0m;

        var problem = (await staff.PutAsync($"{Base}/{id}/annual-reports/{TestData.LastYear}", negative)).Problem(HttpStatusCode.BadRequest);
        Assert.Equal(["营业收入应在 0 到 100000000 万元之间"], problem.ErrorsOf("revenue"));

        var loss = TestData.Annual();
        loss.NetProfit = -300m;
        var saved = (await staff.PutAsync($"{Base}/{id}/annual-reports/{TestData.LastYear}", loss)).Is(HttpStatusCode.OK).Json<AnnualReportForm>();
        Assert.Equal(-300m, saved.NetProfit);
    }

    [Fact]
    public async Task Rejects_more_science_staff_than_employees()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();

        var reply = await (await app.Shared.As("staff")).PutAsync($"{Base}/{id}/annual-reports/{TestData.LastYear}", TestData.Annual(employees: 50, stStaff: 60));

        Assert.Equal(["科技人员数（60）不能超过职工总数（50）"], reply.Problem(HttpStatusCode.BadRequest).ErrorsOf("stStaff"));
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(1)]
    [InlineData(0)] // stands for "next year", which has not begun
    public async Task Rejects_annual_report_year_out_of_range(int year)
    {
        year = year == 0 ? DateTime.UtcNow.Year + 1 : year;
        var (id, _) = await app.Shared.NewEnterpriseAsync();

        var reply = await (await app.Shared.As("staff")).PutAsync($"{Base}/{id}/annual-reports/{year}", TestData.Annual());

        Assert.Equal([$"年度应在 1990 到 {DateTime.UtcNow.Year} 之间"], reply.Problem(HttpStatusCode.BadRequest).ErrorsOf("year"));
    }

    [Theory]
    [InlineData("999999", "区县代码 999999 不在本市管辖范围内")]
    [InlineData("640100", "区县代码 640100 不在本市管辖范围内")] // the city itself is not a district
    [InlineData("6401", "所在区县应为 6 位行政区划代码")]
    public async Task Rejects_unknown_district(string district, string message)
    {
        var form = TestData.Enterprise();
        form.DistrictCode = district;

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Equal([message], problem.ErrorsOf("districtCode"));
    }

    [Fact]
    public async Task Rejects_grid_of_another_district()
    {
        var form = TestData.Enterprise(TestData.Jinfeng);
        form.GridId = await app.Shared.GridIdAsync("640104-01");

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        var message = Assert.Single(problem.ErrorsOf("gridId"));
        Assert.Contains("不属于所选区县", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_grid_that_does_not_exist()
    {
        var form = TestData.Enterprise();
        form.GridId = Guid.NewGuid();

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(["所选网格不存在"], problem.ErrorsOf("gridId"));
    }

    [Fact]
    public async Task Reports_every_wrong_field_at_once()
    {
        var form = TestData.Enterprise();
        form.Name = "";
        form.CreditCode = "123";
        form.ContactPhone = "电话";
        form.RegisteredCapital = -1m;

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(["contactPhone", "creditCode", "name", "registeredCapital"], problem.Errors!.Keys.Order());
    }

    [Theory]
    [InlineData("Z")]
    [InlineData("c")]
    public async Task Rejects_unknown_industry(string industry)
    {
        var form = TestData.Enterprise();
        form.IndustryCode = industry;

        var problem = (await (await app.Shared.As("staff")).PostAsync(Base, form)).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(["行业门类应为 GB/T 4754 的门类字母（A–T）"], problem.ErrorsOf("industryCode"));
    }

    [Fact]
    public async Task Editing_applies_the_same_rules()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        form.Version = 1;

        var longName = TestData.Copy(form);
        longName.Name = new string('科', 101);
        Assert.Equal(["企业名称长度应为 2 到 100 个字符"], (await staff.PutAsync($"{Base}/{id}", longName)).Problem(HttpStatusCode.BadRequest).ErrorsOf("name"));

        var wrongCode = TestData.Copy(form);
        wrongCode.CreditCode = TestData.WithWrongCheckCharacter(form.CreditCode);
        Assert.Single((await staff.PutAsync($"{Base}/{id}", wrongCode)).Problem(HttpStatusCode.BadRequest).ErrorsOf("creditCode"));

        var (_, other) = await app.Shared.NewEnterpriseAsync();
        var takenCode = TestData.Copy(form);
        takenCode.CreditCode = other.CreditCode;
        Assert.Contains("不能重复", Assert.Single((await staff.PutAsync($"{Base}/{id}", takenCode)).Problem(HttpStatusCode.BadRequest).ErrorsOf("creditCode")), StringComparison.Ordinal);

        var details = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        Assert.Equal((form.Name, form.CreditCode, 1L), (details.Name, details.CreditCode, details.Version));
    }

    [Fact]
    public async Task Grid_officer_may_edit_a_firm_but_not_move_it_to_another_district()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync(TestData.Xingqing, "640104-01");
        var grid01 = await app.Shared.As("grid01");
        form.Version = 1;

        var moved = TestData.Copy(form);
        moved.DistrictCode = TestData.Jinfeng;
        moved.GridId = null;
        var problem = (await grid01.PutAsync($"{Base}/{id}", moved)).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("统一社会信用代码、所在区县和网格只能由科技局工作人员修改", problem.Detail);

        var renamed = TestData.Copy(form);
        renamed.Address = "兴庆区走访路 9 号";
        (await grid01.PutAsync($"{Base}/{id}", renamed)).Is(HttpStatusCode.OK);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "POST", "{\"name\": \"缺了后半" },
        { "POST", "这不是 JSON" },
        { "POST", "{\"name\": 123, \"creditCode\": \"x\"}" },
        { "POST", "{\"registeredCapital\": \"很多\"}" },
        { "POST", "{\"establishedOn\": \"2020-13-45\"}" },
        { "POST", "[1, 2, 3]" },
        { "POST", "" },
        { "PUT", "{\"version\": \"一\"}" },
        { "PUT annual", "{\"employees\": 1.5}" },
        { "PUT annual", "{\"revenue\": }" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Answers_bad_json_with_a_400_problem_and_no_internals(string call, string body)
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        var reply = call switch
        {
            "POST" => await staff.SendRawAsync(HttpMethod.Post, Base, body),
            "PUT" => await staff.SendRawAsync(HttpMethod.Put, $"{Base}/{id}", body),
            _ => await staff.SendRawAsync(HttpMethod.Put, $"{Base}/{id}/annual-reports/{TestData.LastYear}", body),
        };

        var problem = reply.Problem(HttpStatusCode.BadRequest);
        reply.Check(!string.IsNullOrWhiteSpace(problem.Detail), "a detail");
        reply.Check(Regex.IsMatch(problem.Title + problem.Detail, @"\p{IsCJKUnifiedIdeographs}"), "a Chinese message");
        foreach (var leak in new[] { "Exception", "   at ", "System.", "Microsoft.", "Kechuang.", ".cs:line" })
        {
            reply.Check(!reply.Text.Contains(leak, StringComparison.Ordinal), $"no “{leak}” in the body");
        }
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class CreatingEnterprisesOnSqlite(SqliteApp app) : CreatingEnterprises(app);

[Collection(PostgresScenarios.Name)]
public sealed class CreatingEnterprisesOnPostgres(PostgresApp app) : CreatingEnterprises(app);
