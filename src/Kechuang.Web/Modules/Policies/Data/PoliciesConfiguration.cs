using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Policies.Data;

public sealed class RuleSetVersionConfiguration : IEntityTypeConfiguration<RuleSetVersion>
{
    public void Configure(EntityTypeBuilder<RuleSetVersion> b)
    {
        b.Property(v => v.RuleSetId).HasMaxLength(60);
        b.Property(v => v.VersionLabel).HasMaxLength(40);
        b.Property(v => v.Name).HasMaxLength(100);
        b.Property(v => v.Citation).HasMaxLength(300);
        b.Property(v => v.Yaml).HasMaxLength(RuleSetVersion.YamlMaxLength);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.CreatedBy).HasMaxLength(100);
        b.Property(v => v.PublishedBy).HasMaxLength(100);
        b.HasIndex(v => new { v.RuleSetId, v.VersionLabel }).IsUnique();
    }
}

public sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.DocumentNumber).HasMaxLength(60);
        b.Property(p => p.Issuer).HasMaxLength(100);
        b.Property(p => p.Summary).HasMaxLength(2000);
        b.HasMany(p => p.Clauses).WithOne().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PolicyClauseConfiguration : IEntityTypeConfiguration<PolicyClause>
{
    public void Configure(EntityTypeBuilder<PolicyClause> b)
    {
        b.Property(c => c.Number).HasMaxLength(30);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(4000);
        b.Property(c => c.RuleSetId).HasMaxLength(60);
        b.Property(c => c.BenefitText).HasMaxLength(500);
        b.Property(c => c.LeadDepartment).HasMaxLength(100);
        b.Property(c => c.Procedure).HasMaxLength(2000);
        b.Property(c => c.TimeLimit).HasMaxLength(200);
        b.Property(c => c.SourceDocument).HasMaxLength(300);
        b.HasIndex(c => c.RuleSetId);
    }
}

public sealed class FulfilmentConfiguration : IEntityTypeConfiguration<Fulfilment>
{
    public void Configure(EntityTypeBuilder<Fulfilment> b)
    {
        b.Property(f => f.Amount).HasPrecision(18, 2);
        b.Property(f => f.Explanation).HasMaxLength(4000);
        b.Property(f => f.RuleSetId).HasMaxLength(60);
        b.Property(f => f.RuleSetVersion).HasMaxLength(40);
        b.Property(f => f.ConfirmedBy).HasMaxLength(100);
        b.HasOne<PolicyClause>().WithMany().HasForeignKey(f => f.ClauseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne("Kechuang.Web.Modules.Enterprises.Domain.Enterprise", null).WithMany().HasForeignKey(nameof(Fulfilment.EnterpriseId)).OnDelete(DeleteBehavior.Restrict);
        // Once per firm, clause and policy year: a second confirmation is refused by the database too.
        b.HasIndex(f => new { f.ClauseId, f.Year, f.EnterpriseId }).IsUnique();
        b.HasIndex(f => f.EnterpriseId);
    }
}

public sealed class RecognitionRewardConfiguration : IEntityTypeConfiguration<RecognitionReward>
{
    public void Configure(EntityTypeBuilder<RecognitionReward> b)
    {
        b.Property(r => r.RecognitionKey).HasMaxLength(80);
        b.Property(r => r.QualificationType).HasMaxLength(20);
        b.Property(r => r.CertificateNumber).HasMaxLength(50);
        b.Property(r => r.Amount).HasPrecision(18, 2);
        b.Property(r => r.Explanation).HasMaxLength(2000);
        b.Property(r => r.RuleSetId).HasMaxLength(60);
        b.Property(r => r.RuleSetVersion).HasMaxLength(40);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne("Kechuang.Web.Modules.Enterprises.Domain.Enterprise", null).WithMany().HasForeignKey(nameof(RecognitionReward.EnterpriseId)).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PaymentBatch>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Restrict);
        // The same recognition is rewarded once: the database refuses a second row, whatever the code path.
        b.HasIndex(r => new { r.EnterpriseId, r.RecognitionKey }).IsUnique();
        b.HasIndex(r => new { r.Status, r.RecognizedOn });
    }
}

public sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public void Configure(EntityTypeBuilder<PaymentBatch> b)
    {
        b.Property(p => p.Number).HasMaxLength(40);
        b.HasIndex(p => p.Number).IsUnique();
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CreatedBy).HasMaxLength(100);
        b.Property(p => p.ApprovedBy).HasMaxLength(100);
        b.Property(p => p.ApprovalNote).HasMaxLength(500);
    }
}
