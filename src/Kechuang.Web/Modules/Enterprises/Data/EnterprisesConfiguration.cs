using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Enterprises.Data;

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.Property(e => e.Name).HasMaxLength(Enterprise.NameMaxLength);
        b.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
        b.Property(e => e.DistrictCode).HasMaxLength(6);
        b.Property(e => e.IndustryCode).HasMaxLength(1);
        b.Property(e => e.HighTechField).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.RegisteredCapital).HasPrecision(18, 2);
        b.Property(e => e.LegalRepresentative).HasMaxLength(50);
        b.Property(e => e.ContactPerson).HasMaxLength(50);
        b.Property(e => e.ContactPhone).HasMaxLength(30);
        b.Property(e => e.Address).HasMaxLength(200);
        b.Property(e => e.MainBusiness).HasMaxLength(500);
        b.HasQueryFilter(e => e.DeletedAt == null);

        // A credit code identifies one live enterprise; a soft-deleted one may be registered again.
        b.HasIndex(e => e.CreditCode).IsUnique().HasFilter("\"DeletedAt\" IS NULL");
        // The list's commonest shapes: a district sorted by name, a grid sorted by name, the whole city by name.
        // Partial (live rows, as the query filter asks) and ending in Id (the list's tie-break), so a page and its
        // count are read from the index alone, already in order: no sort, and no row lookups for the rows OFFSET skips.
        // Without them SQLite scans the partial credit-code index and sorts every live row on each request.
        b.HasIndex(e => new { e.DistrictCode, e.Name, e.Id }).HasFilter("\"DeletedAt\" IS NULL");
        b.HasIndex(e => new { e.GridId, e.Name, e.Id }).HasFilter("\"DeletedAt\" IS NULL");
        b.HasIndex(e => new { e.Name, e.Id }).HasFilter("\"DeletedAt\" IS NULL");
        // Foreign keys into the Organisation module by entity name: the database keeps its integrity
        // without this module depending on Organisation's classes.
        b.HasOne("Kechuang.Web.Modules.Organisation.Domain.District", null).WithMany().HasForeignKey(nameof(Enterprise.DistrictCode)).OnDelete(DeleteBehavior.Restrict);
        b.HasOne("Kechuang.Web.Modules.Organisation.Domain.Grid", null).WithMany().HasForeignKey(nameof(Enterprise.GridId)).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(e => e.Qualifications).WithOne().HasForeignKey(q => q.EnterpriseId);
        b.HasMany(e => e.AnnualReports).WithOne().HasForeignKey(r => r.EnterpriseId);
    }
}

public sealed class EnterpriseDeclarationConfiguration : IEntityTypeConfiguration<EnterpriseDeclaration>
{
    public void Configure(EntityTypeBuilder<EnterpriseDeclaration> b)
    {
        b.HasKey(d => d.EnterpriseId);
        b.HasOne<Enterprise>().WithOne().HasForeignKey<EnterpriseDeclaration>(d => d.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> b)
    {
        b.Property(q => q.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.Number).HasMaxLength(50);
        b.HasIndex(q => new { q.EnterpriseId, q.Type });
        b.HasIndex(q => new { q.Type, q.Year });
    }
}

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        foreach (var money in new[]
                 {
                     nameof(AnnualReport.Revenue), nameof(AnnualReport.HighTechRevenue), nameof(AnnualReport.RdExpense),
                     nameof(AnnualReport.RdExpenseDomestic), nameof(AnnualReport.TotalCost), nameof(AnnualReport.TotalAssets),
                     nameof(AnnualReport.NetAssets), nameof(AnnualReport.NetProfit), nameof(AnnualReport.TaxPaid),
                 })
        {
            b.Property(money).HasPrecision(18, 2);
        }

        b.HasIndex(r => new { r.EnterpriseId, r.Year }).IsUnique();
    }
}
