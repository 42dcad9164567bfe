using Kechuang.Web.Modules.Organisation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Organisation.Data;

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> b)
    {
        b.HasKey(d => d.Code);
        b.Property(d => d.Code).HasMaxLength(6).IsFixedLength();
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.ParentCode).HasMaxLength(6);
    }
}

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.Duties).HasMaxLength(500);
        b.HasIndex(d => d.Name).IsUnique();
    }
}

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.Property(u => u.Name).HasMaxLength(100);
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(u => u.CreditCode).HasMaxLength(18);
        b.Property(u => u.DistrictCode).HasMaxLength(6);
    }
}

public sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> b)
    {
        b.Property(g => g.Code).HasMaxLength(20);
        b.Property(g => g.Name).HasMaxLength(50);
        b.Property(g => g.DistrictCode).HasMaxLength(6);
        b.HasIndex(g => g.Code).IsUnique();
        b.HasOne<District>().WithMany().HasForeignKey(g => g.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Officers).WithOne().HasForeignKey(o => o.GridId);
    }
}

public sealed class GridOfficerConfiguration : IEntityTypeConfiguration<GridOfficer>
{
    public void Configure(EntityTypeBuilder<GridOfficer> b)
    {
        b.HasKey(o => new { o.GridId, o.UserId });
        b.HasIndex(o => o.UserId);
    }
}
