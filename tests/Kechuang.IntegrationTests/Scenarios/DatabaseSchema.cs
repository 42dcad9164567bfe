using Kechuang.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>The provider's migration set is complete: after start nothing is pending and the model matches the last migration.</summary>
public abstract class DatabaseSchema(ProviderApp app)
{
    [Fact]
    public async Task Has_no_pending_migrations_after_start()
    {
        var pending = await app.Shared.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ToList());
        Assert.True(pending.Count == 0, $"{app.Provider}: pending migrations: {string.Join(", ", pending)}");
    }

    [Fact]
    public async Task Has_no_model_changes_missing_from_the_migrations()
    {
        var (changes, applied) = await app.Shared.WithDbAsync(async db =>
            (db.Database.HasPendingModelChanges(), (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToList()));
        Assert.False(changes, $"{app.Provider}: the model has changes that no migration captures (applied: {string.Join(", ", applied)}). Add a migration for this provider.");
        Assert.NotEmpty(applied);
    }

    [Fact]
    public async Task Keeps_the_token_keys_in_the_database_so_tokens_outlive_a_restart()
    {
        await app.Shared.LoginAsync("staff", AppFactory.Password);
        var keys = await app.Shared.WithDbAsync(db => db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken));
        Assert.True(keys >= 1, $"{app.Provider}: no data-protection key stored in the database");
    }

    [Fact]
    public async Task Seeds_the_demo_city_once()
    {
        var (districts, grids, firms, users) = await app.Untouched.WithDbAsync(async db =>
            (await db.Districts.CountAsync(d => d.ParentCode != null), await db.Grids.CountAsync(), await db.Enterprises.CountAsync(), await db.Users.CountAsync()));
        Assert.Equal((6, 30, 800), (districts, grids, firms));
        Assert.True(users >= 3 + 30 + 5, $"expected the demo accounts, found {users} users");
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class DatabaseSchemaOnSqlite(SqliteApp app) : DatabaseSchema(app);

[Collection(PostgresScenarios.Name)]
public sealed class DatabaseSchemaOnPostgres(PostgresApp app) : DatabaseSchema(app);
