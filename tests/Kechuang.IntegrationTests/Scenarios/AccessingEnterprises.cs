using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// Who may call which enterprise endpoint, and which firms each role sees. The matrix walks every endpoint
/// as every role; the data-scope tests count what each role sees against the table itself.
/// </summary>
public abstract class AccessingEnterprises(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";

    private static readonly string[] Steps =
    [
        "list", "create", "get", "update", "annual-reports", "annual-report-put", "annual-report-delete", "qualifications",
        "qualification-add", "qualification-put", "qualification-delete", "export", "import-template", "import", "import-report", "delete",
    ];

    /// <summary>
    /// Expected status of each step, in the order of <see cref="Steps"/>. "in": the firm is inside the user's data
    /// scope (grid01: a firm of grid 640104-01; qiye: its own firm); "out": a firm in 灵武市 (640181).
    /// </summary>
    private static readonly Dictionary<string, int[]> Matrix = new()
    {
        //                  list create get update  ar ar-put ar-del  q  q-add q-put q-del export tmpl import report delete
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
        ["expert"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["service"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["bank"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["admin"] = [200, 403, 200, 403, 200, 403, 403, 200, 403, 403, 403, 200, 403, 403, 403, 403],
        ["staff"] = [200, 201, 200, 200, 200, 200, 204, 200, 201, 200, 204, 200, 200, 200, 404, 204],
        ["grid01 in"] = [200, 403, 200, 200, 200, 200, 204, 200, 403, 403, 403, 200, 403, 403, 403, 403],
        ["grid01 out"] = [200, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 200, 403, 403, 403, 403],
        ["qiye in"] = [200, 403, 200, 200, 200, 200, 204, 200, 403, 403, 403, 403, 403, 403, 403, 403],
        ["qiye out"] = [200, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403],
    };

    public static TheoryData<string> Cases => new(Matrix.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_endpoint_answers_each_role_as_the_matrix_says(string role)
    {
        var user = role.Split(' ')[0];
        var target = await TargetAsync(role);
        var api = user == "anonymous" ? app.Shared.Anonymous() : await app.Shared.As(user);
        var mismatches = new List<string>();
        foreach (var (step, expected) in Steps.Zip(Matrix[role]))
        {
            var reply = await RunAsync(step, api, target);
            if ((int)reply.Status != expected)
            {
                mismatches.Add($"{step}: expected {expected}\n{reply.Describe()}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{role}: {mismatches.Count} endpoint(s) answered otherwise:\n\n{string.Join("\n\n", mismatches)}");
    }

    private sealed record Target(Guid Id, EnterpriseForm Form, GetEnterprise.QualificationView Qualification);

    /// <summary>The firm a walk works on: qiye's own firm, or a new firm in grid 640104-01 or in 灵武市 with one qualification.</summary>
    private async Task<Target> TargetAsync(string role)
    {
        var staff = await app.Shared.As("staff");
        Guid id;
        if (role == "qiye in")
        {
            id = await app.Shared.EnterpriseIdOfUserAsync("qiye");
        }
        else
        {
            (id, _) = role.EndsWith(" out", StringComparison.Ordinal)
                ? await app.Shared.NewEnterpriseAsync(TestData.Lingwu)
                : await app.Shared.NewEnterpriseAsync(TestData.Xingqing, "640104-01");
            (await staff.PostAsync($"{Base}/{id}/qualifications", new QualificationForm { Type = QualificationType.MicroTech, Number = "XW" + Guid.NewGuid().ToString("N")[..12] }))
                .Is(HttpStatusCode.Created);
        }

        var details = (await staff.GetAsync($"{Base}/{id}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        return new Target(id, Forms.Of(details), details.Qualifications[0]);
    }

    private static Task<Reply> RunAsync(string step, Api api, Target t)
    {
        var q = t.Qualification;
        var firm = $"{Base}/{t.Id}";
        return step switch
        {
            "list" => api.GetAsync(Base),
            "create" => api.PostAsync(Base, TestData.Enterprise()),
            "get" => api.GetAsync(firm),
            "update" => api.PutAsync(firm, t.Form),
            "annual-reports" => api.GetAsync($"{firm}/annual-reports"),
            "annual-report-put" => api.PutAsync($"{firm}/annual-reports/2000", TestData.Annual()),
            "annual-report-delete" => api.DeleteAsync($"{firm}/annual-reports/2000"),
            "qualifications" => api.GetAsync($"{firm}/qualifications"),
            "qualification-add" => api.PostAsync($"{firm}/qualifications", new QualificationForm { Type = QualificationType.MicroTech, Number = "XW" + Guid.NewGuid().ToString("N")[..12] }),
            "qualification-put" => api.PutAsync($"{firm}/qualifications/{q.Id}",
                new QualificationForm { Type = q.Type, Number = q.Number, Year = q.Year, IssuedOn = q.IssuedOn, ExpiresOn = q.ExpiresOn, Version = q.Version }),
            "qualification-delete" => api.DeleteAsync($"{firm}/qualifications/{q.Id}"),
            "export" => api.GetAsync($"{Base}/export?search={t.Form.CreditCode}"),
            "import-template" => api.GetAsync($"{Base}/import-template"),
            "import" => api.UploadAsync($"{Base}/import", Sheets.Xlsx([Sheets.Row(TestData.Enterprise())]), "企业.xlsx"),
            "import-report" => api.GetAsync($"{Base}/import-reports/{Guid.NewGuid()}"),
            "delete" => api.DeleteAsync(firm),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };
    }

    // ---- Data scope: counted on the untouched demo city, against the table itself ----

    [Theory]
    [InlineData("staff")]
    [InlineData("staff2")]
    [InlineData("admin")]
    public async Task Bureau_users_see_all_800_firms(string user)
    {
        var page = await ListAsync(await app.Untouched.As(user), "pageSize=5");
        Assert.Equal(800, page.Total);
        Assert.Equal(5, page.Items.Count);
    }

    [Theory]
    [InlineData("grid01", "640104-01")]
    [InlineData("grid30", "640181-05")]
    public async Task Grid_officer_lists_exactly_the_firms_of_own_grid(string officer, string gridCode)
    {
        var gridId = await app.Untouched.GridIdAsync(gridCode);
        var inGrid = await app.Untouched.FirmsInGridAsync(gridId);
        var page = await ListAsync(await app.Untouched.As(officer), "pageSize=200");

        Assert.True(inGrid > 0, $"the demo city should have firms in {gridCode}");
        Assert.Equal(inGrid, page.Total);
        Assert.Equal(inGrid, page.Items.Count);
        Assert.All(page.Items, row => Assert.Equal(gridId, row.GridId));
    }

    [Fact]
    public async Task Grid_officer_pages_through_own_grid_only()
    {
        var gridId = await app.Untouched.GridIdAsync("640104-01");
        var expected = await app.Untouched.WithDbAsync(db => db.Enterprises.Where(e => e.GridId == gridId).Select(e => e.Id).ToListAsync());
        var grid01 = await app.Untouched.As("grid01");
        var seen = new List<Guid>();
        for (var n = 1; n <= (expected.Count / 10) + 1; n++)
        {
            var page = await ListAsync(grid01, $"pageSize=10&page={n}");
            Assert.Equal(expected.Count, page.Total);
            seen.AddRange(page.Items.Select(i => i.Id));
        }

        Assert.Equal(expected.Order(), seen.Order());
    }

    [Fact]
    public async Task Grid_officer_gets_404_for_a_firm_in_Lingwu()
    {
        var lingwuFirm = await app.Untouched.EnterpriseIdOfUserAsync("qiye2");
        var code = (await (await app.Untouched.As("staff")).GetAsync($"{Base}/{lingwuFirm}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>().CreditCode;
        var grid01 = await app.Untouched.As("grid01");

        foreach (var path in new[] { $"{Base}/{lingwuFirm}", $"{Base}/{lingwuFirm}/annual-reports", $"{Base}/{lingwuFirm}/qualifications" })
        {
            var problem = (await grid01.GetAsync(path)).Problem(HttpStatusCode.NotFound);
            Assert.Equal("未找到", problem.Title);
        }

        Assert.Equal(0, (await ListAsync(grid01, $"search={code}")).Total);
        Assert.Equal(1, (await ListAsync(await app.Untouched.As("staff"), $"search={code}")).Total);
    }

    [Theory]
    [InlineData("qiye", "qiye2")]
    [InlineData("qiye2", "qiye")]
    public async Task Enterprise_user_sees_only_own_firm(string user, string other)
    {
        var own = await app.Untouched.EnterpriseIdOfUserAsync(user);
        var otherFirm = await app.Untouched.EnterpriseIdOfUserAsync(other);
        var api = await app.Untouched.As(user);

        var page = await ListAsync(api, "pageSize=200");
        Assert.Equal(1, page.Total);
        Assert.Equal(own, Assert.Single(page.Items).Id);
        (await api.GetAsync($"{Base}/{own}")).Is(HttpStatusCode.OK);
        (await api.GetAsync($"{Base}/{own}/annual-reports")).Is(HttpStatusCode.OK);
        (await api.GetAsync($"{Base}/{own}/qualifications")).Is(HttpStatusCode.OK);
        (await api.GetAsync($"{Base}/{otherFirm}")).IsOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Grid_officer_sees_the_firm_of_an_enterprise_user_in_the_grid()
    {
        var qiyeFirm = await app.Untouched.EnterpriseIdOfUserAsync("qiye");

        var byOfficer = (await (await app.Untouched.As("grid01")).GetAsync($"{Base}/{qiyeFirm}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();
        var byFirm = (await (await app.Untouched.As("qiye")).GetAsync($"{Base}/{qiyeFirm}")).Is(HttpStatusCode.OK).Json<GetEnterprise.Details>();

        Assert.Equal(await app.Untouched.GridIdAsync("640104-01"), byOfficer.GridId);
        Assert.Equal((byFirm.Id, byFirm.Name, byFirm.Version), (byOfficer.Id, byOfficer.Name, byOfficer.Version));
    }

    [Fact]
    public async Task Grid_officer_export_holds_only_firms_of_own_grid()
    {
        var gridId = await app.Untouched.GridIdAsync("640104-01");
        var expected = await app.Untouched.WithDbAsync(db => db.Enterprises.Where(e => e.GridId == gridId).Select(e => e.CreditCode).ToListAsync());
        var reply = (await (await app.Untouched.As("grid01")).GetAsync($"{Base}/export")).Is(HttpStatusCode.OK);

        var codes = Sheets.Read(reply.Bytes).Select(r => Sheets.Text(r, EnterpriseSheet.CreditCode)).Distinct().Order().ToList();
        Assert.Equal(expected.Select(c => c.Trim()).Order(), codes);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("[")]
    [InlineData("\\")]
    public async Task Search_treats_wildcard_characters_literally(string search)
    {
        var page = await ListAsync(await app.Untouched.As("staff"), $"search={Uri.EscapeDataString(search)}");

        Assert.Equal(0, page.Total);
    }

    private static async Task<ListEnterprises.Page> ListAsync(Api api, string query) =>
        (await api.GetAsync($"{Base}?{query}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>();
}

[Collection(SqliteScenarios.Name)]
public sealed class AccessingEnterprisesOnSqlite(SqliteApp app) : AccessingEnterprises(app);

[Collection(PostgresScenarios.Name)]
public sealed class AccessingEnterprisesOnPostgres(PostgresApp app) : AccessingEnterprises(app);
