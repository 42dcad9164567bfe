using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Deleting hides a firm everywhere but keeps the row; its credit code is free again.</summary>
public abstract class DeletingEnterprises(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";

    [Fact]
    public async Task Deleted_firm_is_gone_from_get_list_and_its_records()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        (await staff.PutAsync($"{Base}/{id}/annual-reports/{TestData.LastYear}", TestData.Annual())).Is(HttpStatusCode.OK);

        (await staff.DeleteAsync($"{Base}/{id}")).Is(HttpStatusCode.NoContent);

        Assert.Equal("未找到", (await staff.GetAsync($"{Base}/{id}")).Problem(HttpStatusCode.NotFound).Title);
        (await staff.GetAsync($"{Base}/{id}/annual-reports")).Is(HttpStatusCode.NotFound);
        (await staff.GetAsync($"{Base}/{id}/qualifications")).Is(HttpStatusCode.NotFound);
        (await staff.PutAsync($"{Base}/{id}", TestData.Copy(form))).Is(HttpStatusCode.NotFound);
        (await staff.DeleteAsync($"{Base}/{id}")).Is(HttpStatusCode.NotFound);
        var listed = (await staff.GetAsync($"{Base}?search={form.CreditCode}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>();
        Assert.Equal(0, listed.Total);
        Assert.Empty(listed.Items);
    }

    [Fact]
    public async Task Deleting_keeps_the_row_marked_as_deleted()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync();

        (await (await app.Shared.As("staff")).DeleteAsync($"{Base}/{id}")).Is(HttpStatusCode.NoContent);

        var row = await app.Shared.WithDbAsync(db => db.Enterprises.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.NotNull(row.DeletedAt);
        Assert.Equal(form.Name, row.Name);
    }

    [Fact]
    public async Task Certificate_number_of_a_deleted_firm_can_be_given_to_another()
    {
        var staff = await app.Shared.As("staff");
        var (deleted, _) = await app.Shared.NewEnterpriseAsync();
        var (other, _) = await app.Shared.NewEnterpriseAsync();
        var number = "GR2025" + Guid.NewGuid().ToString("N")[..8];
        var certificate = new { type = "HighTech", number, issuedOn = "2025-10-01", expiresOn = "2028-09-30" };
        (await staff.PostAsync($"{Base}/{deleted}/qualifications", certificate)).Is(HttpStatusCode.Created);
        var taken = (await staff.PostAsync($"{Base}/{other}/qualifications", certificate)).Problem(HttpStatusCode.BadRequest);

        (await staff.DeleteAsync($"{Base}/{deleted}")).Is(HttpStatusCode.NoContent);

        Assert.Contains("已登记，不能重复", Assert.Single(taken.ErrorsOf("number")), StringComparison.Ordinal);
        (await staff.PostAsync($"{Base}/{other}/qualifications", certificate)).Is(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Credit_code_of_a_deleted_firm_can_be_registered_again()
    {
        var (oldId, form) = await app.Shared.NewEnterpriseAsync();
        var staff = await app.Shared.As("staff");
        (await staff.DeleteAsync($"{Base}/{oldId}")).Is(HttpStatusCode.NoContent);

        var again = TestData.Enterprise(name: TestData.UniqueName("重新登记"));
        again.CreditCode = form.CreditCode;
        var newId = (await staff.PostAsync(Base, again)).Is(HttpStatusCode.Created).Json<AppFactory.IdBody>().Id;

        Assert.NotEqual(oldId, newId);
        var listed = (await staff.GetAsync($"{Base}?search={form.CreditCode}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>();
        Assert.Equal(newId, Assert.Single(listed.Items).Id);
        Assert.Equal(again.Name, listed.Items[0].Name);

        // Still one live holder at a time: a third registration of the code is refused.
        var third = TestData.Enterprise();
        third.CreditCode = form.CreditCode;
        Assert.Single((await staff.PostAsync(Base, third)).Problem(HttpStatusCode.BadRequest).ErrorsOf("creditCode"));
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class DeletingEnterprisesOnSqlite(SqliteApp app) : DeletingEnterprises(app);

[Collection(PostgresScenarios.Name)]
public sealed class DeletingEnterprisesOnPostgres(PostgresApp app) : DeletingEnterprises(app);
