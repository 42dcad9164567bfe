using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Audit.Domain;
using Kechuang.Web.Modules.Audit.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Every change leaves a field-level record with who made it, and the record cannot be altered, not even in SQL.</summary>
public abstract class AuditingChanges(ProviderApp app)
{
    private const string Base = "/api/v1/enterprises";

    [Fact]
    public async Task Renaming_a_firm_records_the_old_and_new_name_and_who_did_it()
    {
        var (id, form) = await app.Shared.NewEnterpriseAsync();
        var renamed = TestData.Copy(form);
        renamed.Name = TestData.UniqueName("更名");
        renamed.Version = 1;
        (await (await app.Shared.As("staff")).PutAsync($"{Base}/{id}", renamed)).Is(HttpStatusCode.OK);

        var reply = await (await app.Shared.As("admin")).GetAsync($"/api/v1/audit?entityType=Enterprise&entityId={id}");

        var page = reply.Is(HttpStatusCode.OK).Json<ListAuditEntries.Page>();
        var staffName = await app.Shared.WithDbAsync(db => db.Users.Where(u => u.UserName == "staff").Select(u => u.DisplayName).SingleAsync());
        reply.Check(page.Items.All(e => e.EntityId == id.ToString()), $"only entries of {id}");
        Assert.Contains(page.Items, e => e.Action == AuditAction.Create);
        var update = Assert.Single(page.Items, e => e.Action == AuditAction.Update);
        Assert.Equal(staffName, update.UserName);
        Assert.Equal("企业", update.EntityName);
        var change = Assert.Single(update.Changes);
        Assert.Equal(new FieldChange("Name", form.Name, renamed.Name), change);
    }

    [Fact]
    public async Task Deleting_a_firm_is_recorded_as_a_delete()
    {
        var (id, _) = await app.Shared.NewEnterpriseAsync();
        (await (await app.Shared.As("staff")).DeleteAsync($"{Base}/{id}")).Is(HttpStatusCode.NoContent);

        var page = (await (await app.Shared.As("admin")).GetAsync($"/api/v1/audit?entityType=Enterprise&entityId={id}&action=Delete"))
            .Is(HttpStatusCode.OK).Json<ListAuditEntries.Page>();

        var entry = Assert.Single(page.Items);
        Assert.Contains(entry.Changes, c => c.Field == "DeletedAt" && c.Before is null && c.After is not null);
    }

    [Fact]
    public async Task Only_holders_of_the_audit_permission_read_the_log()
    {
        (await (await app.Shared.As("staff")).GetAsync("/api/v1/audit")).Is(HttpStatusCode.Forbidden);
        (await app.Shared.Anonymous().GetAsync("/api/v1/audit")).Is(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"UserName\" = '篡改者'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    public async Task Audit_table_refuses_update_and_delete_in_the_database(string sql)
    {
        await app.Shared.NewEnterpriseAsync(); // at least one entry to change
        var before = await app.Shared.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.UserName == "篡改者"));
        var total = await app.Shared.WithDbAsync(db => db.AuditEntries.CountAsync());

        var error = await Record.ExceptionAsync(() => app.Shared.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.NotNull(error);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, before);
        Assert.Equal(0, await app.Shared.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.UserName == "篡改者")));
        Assert.True(await app.Shared.WithDbAsync(db => db.AuditEntries.CountAsync()) >= total);
    }

    [Fact]
    public async Task Context_refuses_to_save_a_changed_audit_entry()
    {
        await app.Shared.NewEnterpriseAsync();

        var error = await Record.ExceptionAsync(() => app.Shared.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            db.Entry(entry).Property(e => e.UserName).CurrentValue = "篡改者";
            return await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(error);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class AuditingChangesOnSqlite(SqliteApp app) : AuditingChanges(app);

[Collection(PostgresScenarios.Name)]
public sealed class AuditingChangesOnPostgres(PostgresApp app) : AuditingChanges(app);
