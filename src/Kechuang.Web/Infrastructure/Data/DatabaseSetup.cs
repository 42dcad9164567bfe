using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kechuang.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> for the configured provider: SQLite (default, a file under data/)
    /// or PostgreSQL (<c>Database__Provider=Postgres</c> and <c>ConnectionStrings__Postgres</c>). Modules that must follow
    /// another module's saves (the search index follows the expert pool) register an <see cref="ISaveChangesInterceptor"/>.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var (postgres, cs) = Connection(config, env);
        if (postgres)
        {
            services.AddDbContext<PostgresAppDbContext>((sp, o) => o.UseNpgsql(cs).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            EnsureFolder(cs);
            services.AddDbContext<SqliteAppDbContext>((sp, o) => o.UseSqlite(cs).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        return services;
    }

    /// <summary>
    /// The configured database: PostgreSQL or SQLite, and its connection string. Everything that opens its own connections
    /// to the app's database (the job scheduler) reads it here, so it is the same database the app uses.
    /// </summary>
    public static (bool Postgres, string ConnectionString) Connection(IConfiguration config, IHostEnvironment env)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return (true, config.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set."));
        }

        return (false, config.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(env.ContentRootPath, "data", "kechuang.db")}");
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db is SqliteAppDbContext)
        {
            // WAL lets readers (list pages) run while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.RefreshStatisticsAsync(ct);
    }

    /// <summary>
    /// SQLite: lets the planner re-read table statistics where a table has grown or shrunk a lot (PRAGMA optimize with
    /// its own time limit; a no-op otherwise). Without statistics SQLite reads filtered counts through the partial
    /// credit-code index, one row lookup per enterprise, ~10× slower than scanning the table. PostgreSQL analyses by itself.
    /// </summary>
    public static async Task RefreshStatisticsAsync(this AppDbContext db, CancellationToken ct = default)
    {
        if (db is SqliteAppDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10012;", ct); // 0x10000 all tables, 0x10 bounded, 0x2 analyse
        }
    }

    private static void EnsureFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
