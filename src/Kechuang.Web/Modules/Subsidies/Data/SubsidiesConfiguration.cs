using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Subsidies.Data;

public sealed class SubsidyBatchConfiguration : IEntityTypeConfiguration<SubsidyBatch>
{
    public void Configure(EntityTypeBuilder<SubsidyBatch> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Budget).HasPrecision(18, 2);
        b.Property(x => x.RateNonHighTech).HasPrecision(9, 4);
        b.Property(x => x.RateHighTech).HasPrecision(9, 4);
        b.Property(x => x.PerFirmCap).HasPrecision(18, 2);
        b.Property(x => x.MinRdExpense).HasPrecision(18, 2);
        b.Property(x => x.MinRdRatio).HasPrecision(9, 4);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.ApprovedBy).HasMaxLength(100);
        b.Ignore(x => x.Formula);
        b.HasIndex(x => x.Year);
    }
}

public sealed class SubsidyDeclarationConfiguration : IEntityTypeConfiguration<SubsidyDeclaration>
{
    public void Configure(EntityTypeBuilder<SubsidyDeclaration> b)
    {
        foreach (var p in new[] { nameof(SubsidyDeclaration.RdExpense), nameof(SubsidyDeclaration.PreviousRdExpense), nameof(SubsidyDeclaration.SuperDeductionAmount), nameof(SubsidyDeclaration.Revenue), nameof(SubsidyDeclaration.TaxPaid) })
        {
            b.Property(p).HasPrecision(18, 2);
        }

        b.Property(x => x.AttachmentName).HasMaxLength(200);
        b.Property(x => x.Source).HasMaxLength(20);
        b.Property(x => x.DeclaredBy).HasMaxLength(100);
        // The last submission time is the concurrency token of revisions and withdrawals (a flag in the model, no column).
        b.Property(x => x.DeclaredAt).IsConcurrencyToken();
        b.Ignore(x => x.Version);
        b.HasOne<SubsidyBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne("Kechuang.Web.Modules.Enterprises.Domain.Enterprise", null).WithMany().HasForeignKey(nameof(SubsidyDeclaration.EnterpriseId)).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BatchId, x.EnterpriseId }).IsUnique();
        b.HasIndex(x => x.EnterpriseId);
    }
}

public sealed class SubsidyAwardConfiguration : IEntityTypeConfiguration<SubsidyAward>
{
    public void Configure(EntityTypeBuilder<SubsidyAward> b)
    {
        b.Property(x => x.EligibleAmount).HasPrecision(18, 2);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Explanation).HasMaxLength(2000);
        b.HasOne<SubsidyBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne("Kechuang.Web.Modules.Enterprises.Domain.Enterprise", null).WithMany().HasForeignKey(nameof(SubsidyAward.EnterpriseId)).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BatchId, x.EnterpriseId }).IsUnique();
    }
}
