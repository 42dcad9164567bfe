using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Programmes.Data;

public sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.Property(e => e.Name).HasMaxLength(50);
        b.Property(e => e.IdNumber).HasMaxLength(18).IsFixedLength();
        b.HasIndex(e => e.IdNumber).IsUnique();
        b.Property(e => e.Title).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.UnitName).HasMaxLength(100);
        b.Property(e => e.UnitCreditCode).HasMaxLength(18);
        b.Property(e => e.Fields).HasMaxLength(300);
        b.Property(e => e.Keywords).HasMaxLength(500);
        b.Property(e => e.Profile).HasMaxLength(2000);
        b.Property(e => e.Phone).HasMaxLength(30);
        b.Property(e => e.Email).HasMaxLength(100);
        b.HasIndex(e => new { e.IsAvailable, e.Name });
        b.HasMany(e => e.Conflicts).WithOne().HasForeignKey(c => c.ExpertId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExpertConflictConfiguration : IEntityTypeConfiguration<ExpertConflict>
{
    public void Configure(EntityTypeBuilder<ExpertConflict> b)
    {
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.UnitName).HasMaxLength(100);
        b.Property(c => c.UnitCreditCode).HasMaxLength(18);
        b.Property(c => c.Reason).HasMaxLength(500);
    }
}
