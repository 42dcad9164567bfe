using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Market.Data;

internal static class EventSql
{
    /// <summary>A decimal column as a number in both SQLite (text affinity) and PostgreSQL.</summary>
    public static string Number(string column) => $"CAST(\"{column}\" AS DOUBLE PRECISION)";
}

public sealed class RoadshowConfiguration : IEntityTypeConfiguration<Roadshow>
{
    public void Configure(EntityTypeBuilder<Roadshow> b)
    {
        b.Property(r => r.Title).HasMaxLength(200);
        b.Property(r => r.Place).HasMaxLength(200);
        b.Property(r => r.Theme).HasMaxLength(100);
        b.Property(r => r.Description).HasMaxLength(4000);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.CreatedBy).HasMaxLength(100);
        b.HasQueryFilter(r => r.DeletedAt == null);
        b.HasMany(r => r.Projects).WithOne().HasForeignKey(p => p.RoadshowId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Registrations).WithOne().HasForeignKey(p => p.RoadshowId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.Status, r.StartsAt });
        // The last seat cannot be taken twice: the count moves with the registrations in one save (version token) and the
        // database refuses a count above the capacity.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Roadshows_Registered", "\"RegisteredCount\" >= 0 AND \"RegisteredCount\" <= \"Capacity\"");
            t.HasCheckConstraint("CK_Roadshows_Capacity", "\"Capacity\" > 0");
        });
    }
}

public sealed class RoadshowProjectConfiguration : IEntityTypeConfiguration<RoadshowProject>
{
    public void Configure(EntityTypeBuilder<RoadshowProject> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Presenter).HasMaxLength(200);
        b.Property(p => p.Summary).HasMaxLength(2000);
        b.Property(p => p.FinancingNeed).HasPrecision(14, 2);
        b.HasOne<Achievement>().WithMany().HasForeignKey(p => p.AchievementId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Outcomes).WithOne().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_RoadshowProjects_FinancingNeed", $"{EventSql.Number("FinancingNeed")} >= 0"));
    }
}

public sealed class RoadshowRegistrationConfiguration : IEntityTypeConfiguration<RoadshowRegistration>
{
    public void Configure(EntityTypeBuilder<RoadshowRegistration> b)
    {
        b.Property(r => r.ParticipantKind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ParticipantName).HasMaxLength(200);
        b.Property(r => r.Contact).HasMaxLength(100);
        // One row per firm or unit and roadshow: registering again after cancelling reuses it.
        b.HasIndex(r => new { r.RoadshowId, r.ParticipantKind, r.ParticipantId }).IsUnique();
        b.HasIndex(r => r.UserId);
    }
}

public sealed class RoadshowOutcomeConfiguration : IEntityTypeConfiguration<RoadshowOutcome>
{
    public void Configure(EntityTypeBuilder<RoadshowOutcome> b)
    {
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Amount).HasPrecision(14, 2);
        b.Property(o => o.Investor).HasMaxLength(200);
        b.Property(o => o.Note).HasMaxLength(1000);
        b.Property(o => o.RecordedBy).HasMaxLength(100);
        b.HasIndex(o => o.RoadshowId);
        b.ToTable(t => t.HasCheckConstraint("CK_RoadshowOutcomes_Amount", $"\"Amount\" IS NULL OR {EventSql.Number("Amount")} >= 0"));
    }
}

public sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> b)
    {
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Description).HasMaxLength(4000);
        b.Property(c => c.Field).HasMaxLength(50);
        b.Property(c => c.Reward).HasPrecision(14, 2);
        b.Property(c => c.Requirements).HasMaxLength(2000);
        b.Property(c => c.EnterpriseName).HasMaxLength(200);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CreatedBy).HasMaxLength(100);
        b.Property(c => c.ChosenBy).HasMaxLength(100);
        b.Property(c => c.ChoiceReason).HasMaxLength(1000);
        b.Property(c => c.OutcomeNote).HasMaxLength(1000);
        b.Property(c => c.OutcomeBy).HasMaxLength(100);
        b.HasQueryFilter(c => c.DeletedAt == null);
        b.HasOne<Demand>().WithMany().HasForeignKey(c => c.DemandId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Experts).WithOne().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.Status, c.BidDeadline });
        b.HasIndex(c => c.EnterpriseId);
        b.ToTable(t => t.HasCheckConstraint("CK_Challenges_Reward", $"{EventSql.Number("Reward")} >= 0"));
    }
}

public sealed class ChallengeExpertConfiguration : IEntityTypeConfiguration<ChallengeExpert>
{
    public void Configure(EntityTypeBuilder<ChallengeExpert> b)
    {
        b.Property(e => e.Name).HasMaxLength(100);
        b.HasIndex(e => new { e.ChallengeId, e.UserId }).IsUnique();
        b.HasIndex(e => e.UserId);
    }
}

public sealed class ChallengeBidConfiguration : IEntityTypeConfiguration<ChallengeBid>
{
    public void Configure(EntityTypeBuilder<ChallengeBid> b)
    {
        b.Property(x => x.ParticipantKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ParticipantName).HasMaxLength(200);
        b.Property(x => x.Team).HasMaxLength(1000);
        b.Property(x => x.PlanSummary).HasMaxLength(4000);
        b.Property(x => x.Price).HasPrecision(14, 2);
        b.Property(x => x.AttachmentName).HasMaxLength(200);
        b.HasOne<Challenge>().WithMany().HasForeignKey(x => x.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        // One bid per firm or unit: a second one from any of its users is refused (409), also when two arrive at once.
        b.HasIndex(x => new { x.ChallengeId, x.ParticipantKind, x.ParticipantId }).IsUnique();
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ChallengeBids_Price", $"{EventSql.Number("Price")} >= 0");
            t.HasCheckConstraint("CK_ChallengeBids_Period", "\"PeriodMonths\" > 0");
        });
    }
}

public sealed class ChallengeBidFileConfiguration : IEntityTypeConfiguration<ChallengeBidFile>
{
    public void Configure(EntityTypeBuilder<ChallengeBidFile> b)
    {
        b.HasKey(f => f.BidId);
        b.Property(f => f.FileName).HasMaxLength(200);
        b.HasOne<ChallengeBid>().WithOne().HasForeignKey<ChallengeBidFile>(f => f.BidId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChallengeRatingConfiguration : IEntityTypeConfiguration<ChallengeRating>
{
    public void Configure(EntityTypeBuilder<ChallengeRating> b)
    {
        b.Property(r => r.RaterName).HasMaxLength(100);
        b.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Comment).HasMaxLength(1000);
        b.HasOne<ChallengeBid>().WithMany().HasForeignKey(r => r.BidId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.BidId, r.RaterUserId }).IsUnique();
        b.HasIndex(r => r.ChallengeId);
        b.ToTable(t => t.HasCheckConstraint("CK_ChallengeRatings_Score", "\"Score\" >= 0 AND \"Score\" <= 100"));
    }
}
