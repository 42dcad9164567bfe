using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Market.Data;

public sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> b)
    {
        b.Property(d => d.EnterpriseName).HasMaxLength(200);
        b.Property(d => d.DistrictCode).HasMaxLength(6);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(4000);
        b.Property(d => d.Field).HasMaxLength(50);
        b.Property(d => d.Keywords).HasMaxLength(300);
        b.Property(d => d.BudgetMin).HasPrecision(14, 2);
        b.Property(d => d.BudgetMax).HasPrecision(14, 2);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.ReturnReason).HasMaxLength(1000);
        b.Property(d => d.PostedBy).HasMaxLength(100);
        b.Property(d => d.ReviewedBy).HasMaxLength(100);
        b.HasQueryFilter(d => d.DeletedAt == null);
        b.HasIndex(d => new { d.Status, d.CreatedAt });
        b.HasIndex(d => new { d.EnterpriseId, d.CreatedAt });
        b.HasIndex(d => d.GridId);
    }
}

public sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> b)
    {
        b.Property(a => a.OwnerName).HasMaxLength(200);
        b.Property(a => a.OwnerKind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.DistrictCode).HasMaxLength(6);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Abstract).HasMaxLength(4000);
        b.Property(a => a.Field).HasMaxLength(50);
        b.Property(a => a.Keywords).HasMaxLength(300);
        b.Property(a => a.Maturity).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.PatentNumbers).HasMaxLength(500);
        b.Property(a => a.TransferMode).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.PriceGuidance).HasMaxLength(100);
        b.Property(a => a.ContactName).HasMaxLength(50);
        b.Property(a => a.ContactPhone).HasMaxLength(30);
        b.HasQueryFilter(a => a.DeletedAt == null);
        b.HasIndex(a => new { a.IsPublished, a.CreatedAt });
        b.HasIndex(a => a.OwnerUserId);
    }
}

public sealed class ServiceOfferConfiguration : IEntityTypeConfiguration<ServiceOffer>
{
    public void Configure(EntityTypeBuilder<ServiceOffer> b)
    {
        b.Property(s => s.ProviderName).HasMaxLength(200);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.DistrictCode).HasMaxLength(6);
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(4000);
        b.Property(s => s.Field).HasMaxLength(50);
        b.Property(s => s.Keywords).HasMaxLength(300);
        b.Property(s => s.PriceGuidance).HasMaxLength(100);
        b.Property(s => s.ContactName).HasMaxLength(50);
        b.Property(s => s.ContactPhone).HasMaxLength(30);
        b.HasQueryFilter(s => s.DeletedAt == null);
        b.HasIndex(s => s.OwnerUserId);
    }
}

public sealed class MatchPushConfiguration : IEntityTypeConfiguration<MatchPush>
{
    public void Configure(EntityTypeBuilder<MatchPush> b)
    {
        b.Property(m => m.CandidateKind).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.CandidateName).HasMaxLength(200);
        b.Property(m => m.Reason).HasMaxLength(1000);
        b.Property(m => m.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.PushedBy).HasMaxLength(100);
        b.HasOne<Demand>().WithMany().HasForeignKey(m => m.DemandId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Meetings).WithOne().HasForeignKey(x => x.MatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.DemandId, m.CandidateKind, m.CandidateId }).IsUnique();
    }
}

public sealed class MatchMeetingConfiguration : IEntityTypeConfiguration<MatchMeeting>
{
    public void Configure(EntityTypeBuilder<MatchMeeting> b)
    {
        b.Property(m => m.Place).HasMaxLength(200);
        b.Property(m => m.Notes).HasMaxLength(2000);
        b.Property(m => m.RecordedBy).HasMaxLength(100);
    }
}

public sealed class SearchIndexChangeConfiguration : IEntityTypeConfiguration<SearchIndexChange>
{
    public void Configure(EntityTypeBuilder<SearchIndexChange> b)
    {
        b.Property(c => c.Id).ValueGeneratedOnAdd();
        b.Property(c => c.Kind).HasMaxLength(20);
    }
}
