using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Programmes.Data;

public sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> b)
    {
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.CustomTypeName).HasMaxLength(50);
        b.Property(c => c.Description).HasMaxLength(4000);
        b.Property(c => c.EligibilityRuleSetId).HasMaxLength(64);
        b.Property(c => c.Budget).HasPrecision(14, 2);
        b.Property(c => c.MaxGrant).HasPrecision(14, 2);
        b.Property(c => c.RequiredExpertKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(c => c.Settings);
        b.HasIndex(c => new { c.Status, c.OpensOn });
    }
}

public sealed class ProjectApplicationConfiguration : IEntityTypeConfiguration<ProjectApplication>
{
    public void Configure(EntityTypeBuilder<ProjectApplication> b)
    {
        b.Property(a => a.ApplicantName).HasMaxLength(200);
        b.Property(a => a.ApplicantCreditCode).HasMaxLength(18);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Field).HasMaxLength(50);
        b.Property(a => a.Keywords).HasMaxLength(300);
        b.Property(a => a.Summary).HasMaxLength(4000);
        b.Property(a => a.RequestedAmount).HasPrecision(14, 2);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Eligibility).HasMaxLength(4000);
        b.Property(a => a.ReturnReason).HasMaxLength(1000);
        b.Property(a => a.CheckedBy).HasMaxLength(100);
        b.Property(a => a.FinalScore).HasPrecision(6, 2);
        b.Property(a => a.ScoreExplanation).HasMaxLength(1000);
        b.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.CallId, a.Status });
        b.HasIndex(a => new { a.EnterpriseId, a.CreatedAt });
        b.HasIndex(a => a.BatchId);
    }
}

public sealed class ApplicationRevisionConfiguration : IEntityTypeConfiguration<ApplicationRevision>
{
    public void Configure(EntityTypeBuilder<ApplicationRevision> b)
    {
        b.Property(r => r.SubmittedBy).HasMaxLength(100);
        b.Property(r => r.Outcome).HasMaxLength(1000);
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ApplicationId, r.Number }).IsUnique();
    }
}

public sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> b)
    {
        b.Property(a => a.RequirementKey).HasMaxLength(50);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.UploadedBy).HasMaxLength(100);
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.ApplicationId, a.RequirementKey });
    }
}

public sealed class ReviewBatchConfiguration : IEntityTypeConfiguration<ReviewBatch>
{
    public void Configure(EntityTypeBuilder<ReviewBatch> b)
    {
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.AssignmentSummary).HasMaxLength(1000);
        b.Ignore(r => r.Name);
        b.HasOne<Call>().WithMany().HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CallId, r.Number }).IsUnique();
    }
}

public sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> b)
    {
        b.Property(a => a.Explanation).HasMaxLength(500);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.DeclineKind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.DeclineReason).HasMaxLength(500);
        b.Property(a => a.ScoresJson).HasMaxLength(2000);
        b.Property(a => a.Comment).HasMaxLength(2000);
        b.Property(a => a.Total).HasPrecision(6, 2);
        b.HasOne<ReviewBatch>().WithMany().HasForeignKey(a => a.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ProjectApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Expert>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ExpertId, a.Status });
        b.HasIndex(a => new { a.ApplicationId, a.Status });
    }
}

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(p => p.ProjectNo).HasMaxLength(30);
        b.HasIndex(p => p.ProjectNo).IsUnique();
        b.HasIndex(p => p.ApplicationId).IsUnique();
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.ApplicantName).HasMaxLength(200);
        b.Property(p => p.ApplicantCreditCode).HasMaxLength(18);
        b.Property(p => p.Grant).HasPrecision(14, 2);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.EvaluationMode).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Conclusion).HasMaxLength(2000);
        b.Property(p => p.StatusReason).HasMaxLength(1000);
        b.Property(p => p.ApprovedBy).HasMaxLength(100);
        b.HasOne<Call>().WithMany().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.Status, p.MidTermDueOn });
        b.HasIndex(p => p.EnterpriseId);
    }
}

public sealed class ProjectReportConfiguration : IEntityTypeConfiguration<ProjectReport>
{
    public void Configure(EntityTypeBuilder<ProjectReport> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Content).HasMaxLength(8000);
        b.Property(r => r.SubmittedBy).HasMaxLength(100);
        b.Property(r => r.Conclusion).HasMaxLength(2000);
        b.Property(r => r.ReviewedBy).HasMaxLength(100);
        b.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
