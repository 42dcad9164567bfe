using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Audit;
using Kechuang.Web.Modules.Audit.Domain;
using Kechuang.Web.Modules.Cultivation.Domain;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Notifications.Domain;
using Kechuang.Web.Modules.Organisation.Domain;
using Kechuang.Web.Modules.Policies.Domain;
using Kechuang.Web.Modules.Programmes.Domain;
using Kechuang.Web.Modules.Subsidies.Domain;
using Kechuang.Web.Modules.TechContracts.Domain;
using Kechuang.Web.Modules.Vouchers.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Infrastructure.Data;

/// <summary>
/// The one database context. It is abstract because each provider has its own subclass and its own
/// migration set (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// Saving does three things every time: bumps row versions, turns deletes of soft-deletable rows into
/// marks, and writes the audit record in the same transaction.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, CurrentUser user, TimeProvider clock)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Keys that protect cookies and bearer tokens, shared by every app instance on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<LoginRecord> LoginRecords => Set<LoginRecord>();
    public DbSet<EnterpriseRegistration> EnterpriseRegistrations => Set<EnterpriseRegistration>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<GridOfficer> GridOfficers => Set<GridOfficer>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Qualification> Qualifications => Set<Qualification>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<EnterpriseDeclaration> EnterpriseDeclarations => Set<EnterpriseDeclaration>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CultivationPool> CultivationPools => Set<CultivationPool>();
    public DbSet<PoolMembership> PoolMemberships => Set<PoolMembership>();
    public DbSet<RuleSetVersion> RuleSetVersions => Set<RuleSetVersion>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<PolicyClause> PolicyClauses => Set<PolicyClause>();
    public DbSet<Fulfilment> Fulfilments => Set<Fulfilment>();
    public DbSet<RecognitionReward> RecognitionRewards => Set<RecognitionReward>();
    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<ExpertConflict> ExpertConflicts => Set<ExpertConflict>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<ProjectApplication> ProjectApplications => Set<ProjectApplication>();
    public DbSet<ApplicationRevision> ApplicationRevisions => Set<ApplicationRevision>();
    public DbSet<ApplicationAttachment> ApplicationAttachments => Set<ApplicationAttachment>();
    public DbSet<ReviewBatch> ReviewBatches => Set<ReviewBatch>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectReport> ProjectReports => Set<ProjectReport>();
    public DbSet<VoucherPolicy> VoucherPolicies => Set<VoucherPolicy>();
    public DbSet<Voucher> Vouchers => Set<Voucher>();
    public DbSet<Redemption> Redemptions => Set<Redemption>();
    public DbSet<VoucherProvider> VoucherProviders => Set<VoucherProvider>();
    public DbSet<VoucherPayout> VoucherPayouts => Set<VoucherPayout>();
    public DbSet<SubsidyBatch> SubsidyBatches => Set<SubsidyBatch>();
    public DbSet<SubsidyDeclaration> SubsidyDeclarations => Set<SubsidyDeclaration>();
    public DbSet<SubsidyAward> SubsidyAwards => Set<SubsidyAward>();
    public DbSet<TechContract> TechContracts => Set<TechContract>();
    public DbSet<TechContractChange> TechContractChanges => Set<TechContractChange>();
    public DbSet<TechContractAttachment> TechContractAttachments => Set<TechContractAttachment>();
    public DbSet<Demand> Demands => Set<Demand>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<ServiceOffer> ServiceOffers => Set<ServiceOffer>();
    public DbSet<MatchPush> MatchPushes => Set<MatchPush>();
    public DbSet<MatchMeeting> MatchMeetings => Set<MatchMeeting>();
    public DbSet<SearchIndexChange> SearchIndexChanges => Set<SearchIndexChange>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitPhoto> VisitPhotos => Set<VisitPhoto>();
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<NeedStep> NeedSteps => Set<NeedStep>();
    public DbSet<NeedRoute> NeedRoutes => Set<NeedRoute>();
    public DbSet<VisitFrequency> VisitFrequencies => Set<VisitFrequency>();
    public DbSet<ServiceActivity> ServiceActivities => Set<ServiceActivity>();
    public DbSet<ServiceAttendance> ServiceAttendances => Set<ServiceAttendance>();
    public DbSet<Roadshow> Roadshows => Set<Roadshow>();
    public DbSet<RoadshowProject> RoadshowProjects => Set<RoadshowProject>();
    public DbSet<RoadshowRegistration> RoadshowRegistrations => Set<RoadshowRegistration>();
    public DbSet<RoadshowOutcome> RoadshowOutcomes => Set<RoadshowOutcome>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<ChallengeExpert> ChallengeExperts => Set<ChallengeExpert>();
    public DbSet<ChallengeBid> ChallengeBids => Set<ChallengeBid>();
    public DbSet<ChallengeBidFile> ChallengeBidFiles => Set<ChallengeBidFile>();
    public DbSet<ChallengeRating> ChallengeRatings => Set<ChallengeRating>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace?.StartsWith("Kechuang.Web.Modules", StringComparison.Ordinal) == true);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void PrepareForSave()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit entries are append-only.");
            }

            if (entry.State == EntityState.Deleted && entry.Entity is ISoftDeletable)
            {
                entry.State = EntityState.Modified;
                entry.Property(nameof(ISoftDeletable.DeletedAt)).CurrentValue = now;
            }

            // Through the entry, not the entity, so it counts even when automatic change detection is off (imports).
            if (entry.Entity is IVersioned && entry.State is EntityState.Modified or EntityState.Added)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = entry.State == EntityState.Added ? 1L : (long)version.OriginalValue! + 1;
            }
        }

        AuditEntries.AddRange(AuditRecorder.Capture(ChangeTracker, user.Id, user.Name, now));
    }
}
