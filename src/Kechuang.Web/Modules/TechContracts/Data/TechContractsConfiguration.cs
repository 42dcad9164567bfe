using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.TechContracts.Data;

public sealed class TechContractConfiguration : IEntityTypeConfiguration<TechContract>
{
    public void Configure(EntityTypeBuilder<TechContract> b)
    {
        b.Ignore(c => c.Seller);
        b.Ignore(c => c.Buyer);
        b.Property(c => c.ContractNumber).HasMaxLength(50);
        b.Property(c => c.ProjectName).HasMaxLength(200);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.IpType).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Field).HasMaxLength(50);
        b.Property(c => c.TotalAmount).HasPrecision(14, 4);
        b.Property(c => c.TechnologyAmount).HasPrecision(14, 4);
        b.Property(c => c.SellerName).HasMaxLength(100);
        b.Property(c => c.SellerCountry).HasMaxLength(50);
        b.Property(c => c.SellerDistrictCode).HasMaxLength(6).IsFixedLength();
        b.Property(c => c.SellerEntityType).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.BuyerName).HasMaxLength(100);
        b.Property(c => c.BuyerCountry).HasMaxLength(50);
        b.Property(c => c.BuyerDistrictCode).HasMaxLength(6).IsFixedLength();
        b.Property(c => c.BuyerEntityType).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.DecidedBy).HasMaxLength(50);
        b.Property(c => c.RejectReason).HasMaxLength(1000);
        b.Property(c => c.RegistrationNumber).HasMaxLength(16).IsFixedLength();
        b.Property(c => c.NumberKey).HasMaxLength(120);
        b.Property(c => c.DealKey).HasMaxLength(200);
        b.Property(c => c.CreatedBy).HasMaxLength(50);

        // A contract is registered once (see README, 技术合同登记): the keys are null once rejected or cancelled, and
        // both databases let any number of NULLs share a unique index.
        b.HasIndex(c => c.NumberKey).IsUnique();
        b.HasIndex(c => c.DealKey).IsUnique();
        // Gap-free numbering per year: a second approval taking the same sequence fails here and is retried.
        b.HasIndex(c => new { c.RegistrationYear, c.RegistrationSequence }).IsUnique();
        b.HasIndex(c => c.RegistrationNumber).IsUnique();
        b.HasIndex(c => new { c.SellerEnterpriseId, c.CreatedAt });
        b.HasIndex(c => new { c.Status, c.DueOn });
        b.HasIndex(c => new { c.Status, c.RegisteredOn });
    }
}

public sealed class TechContractChangeConfiguration : IEntityTypeConfiguration<TechContractChange>
{
    public void Configure(EntityTypeBuilder<TechContractChange> b)
    {
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.Property(c => c.Summary).HasMaxLength(2000);
        b.Property(c => c.TotalBefore).HasPrecision(14, 4);
        b.Property(c => c.TotalAfter).HasPrecision(14, 4);
        b.Property(c => c.TechnologyBefore).HasPrecision(14, 4);
        b.Property(c => c.TechnologyAfter).HasPrecision(14, 4);
        b.Property(c => c.RecordedBy).HasMaxLength(50);
        b.HasOne<TechContract>().WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ContractId, c.RecordedAt });
    }
}

public sealed class TechContractAttachmentConfiguration : IEntityTypeConfiguration<TechContractAttachment>
{
    public void Configure(EntityTypeBuilder<TechContractAttachment> b)
    {
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.UploadedBy).HasMaxLength(50);
        b.HasOne<TechContract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.ContractId);
    }
}
