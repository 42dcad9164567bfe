using System.Net;
using System.Text.RegularExpressions;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Audit.Features;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Whatever a client sends, the answer is a ProblemDetails in Chinese and never a 500 — on both databases,
/// which differ in what they tolerate (PostgreSQL refuses a NUL character and a negative OFFSET; SQLite takes both).
/// </summary>
public abstract class RefusingBadInput(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";
    private static readonly Regex Chinese = new(@"\p{IsCJKUnifiedIdeographs}");

    [Theory]
    [InlineData("/api/v1/enterprises?page=2147483647&pageSize=200")]
    [InlineData("/api/v1/enterprises?page=1073741824&pageSize=20")]
    [InlineData("/api/v1/audit?page=2147483647&pageSize=200")]
    [InlineData("/api/v1/audit?page=3&pageSize=-5")]
    [InlineData("/api/v1/audit?page=0&pageSize=0")]
    public async Task Page_far_beyond_the_end_is_empty_not_an_error(string url)
    {
        var reply = await (await app.Shared.As("admin")).GetAsync(url);

        reply.Is(HttpStatusCode.OK);
        if (url.StartsWith(Base, StringComparison.Ordinal))
        {
            reply.Check(reply.Json<ListEnterprises.Page>().Items.Count == 0, "an empty page");
        }
        else
        {
            reply.Check(reply.Json<ListAuditEntries.Page>().Total > 0, "the audit total");
        }
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("field=NotAField")]
    [InlineData("desc=maybe")]
    public async Task Malformed_query_value_is_a_chinese_400(string query)
    {
        var problem = (await (await app.Shared.As("staff")).GetAsync($"{Base}?{query}")).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(("请求格式不正确", "请求参数缺失或格式不正确"), (problem.Title, problem.Detail));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("address")]
    [InlineData("contactPerson")]
    public async Task Nul_character_in_a_firm_field_is_refused_on_both_databases(string field)
    {
        var form = TestData.Enterprise();
        var body = System.Text.Json.JsonSerializer.Serialize(form, Json.Options)
            .Replace($"\"{field}\":\"", $"\"{field}\":\"\\u0000", StringComparison.Ordinal);

        var reply = await (await app.Shared.As("staff")).SendRawAsync(HttpMethod.Post, Base, body);

        var problem = reply.Problem(HttpStatusCode.BadRequest);
        reply.Check(problem.Detail?.Contains(field, StringComparison.Ordinal) == true, $"the detail to name the field {field}");
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.Enterprises.IgnoreQueryFilters().CountAsync(e => e.CreditCode == form.CreditCode)));
    }

    [Fact]
    public async Task Nul_character_in_a_login_is_refused_not_a_500()
    {
        var reply = await app.Shared.Anonymous().SendRawAsync(HttpMethod.Post, "/api/v1/accounts/token", "{\"userName\":\"staff\\u0000\",\"password\":\"x\"}");

        reply.Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/enterprises?search=%00")]
    [InlineData("/api/v1/enterprises?search=%E5%AE%81%00%E5%A4%8F")]
    [InlineData("/api/v1/audit?userName=%00")]
    [InlineData("/api/v1/audit?entityId=%00")]
    public async Task Nul_character_in_a_query_is_never_a_500(string url)
    {
        var reply = await (await app.Shared.As("admin")).GetAsync(url);

        reply.IsOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
    }

    public static TheoryData<string, string, int> FrameworkErrors => new()
    {
        { "expert", "GET /api/v1/enterprises", 403 },
        { "bank", "GET /api/v1/audit", 403 },
        { "invalid token", "GET /api/v1/enterprises", 401 },
        { "staff", "GET /api/v1/enterprises/not-a-guid", 404 },
        { "staff", "GET /api/v1/no-such-endpoint", 404 },
        { "staff", "PUT /api/v1/enterprises/00000000-0000-0000-0000-000000000001/annual-reports/99999999999", 404 },
        { "staff", "POST /api/v1/enterprises/import", 415 },
        { "staff", "POST /api/v1/enterprises", 415 },
        { "staff", "PATCH /api/v1/enterprises", 405 },
    };

    [Theory]
    [MemberData(nameof(FrameworkErrors))]
    public async Task Errors_raised_by_the_framework_are_chinese_problem_details_too(string who, string call, int status)
    {
        var (method, url) = (new HttpMethod(call.Split(' ')[0]), call.Split(' ')[1]);
        var request = new HttpRequestMessage(method, url);
        if (method != HttpMethod.Get)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, status == 415 ? "text/plain" : "application/json");
        }

        Api api;
        if (who == "invalid token")
        {
            api = app.Shared.Anonymous();
            request.Headers.Authorization = new("Bearer", "not-a-token");
        }
        else
        {
            api = await app.Shared.As(who);
        }

        var reply = await api.SendAsync(request);

        var problem = reply.Problem((HttpStatusCode)status);
        reply.Check(Chinese.IsMatch(problem.Title ?? "") && Chinese.IsMatch(problem.Detail ?? ""), "a Chinese title and detail");
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RefusingBadInputOnSqlite(SqliteApp app) : RefusingBadInput(app);

[Collection(PostgresScenarios.Name)]
public sealed class RefusingBadInputOnPostgres(PostgresApp app) : RefusingBadInput(app);
