using Kechuang.Web.Modules.Cultivation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Cultivation.Data;

public sealed class CultivationPoolConfiguration : IEntityTypeConfiguration<CultivationPool>
{
    public void Configure(EntityTypeBuilder<CultivationPool> b)
    {
        b.Property(p => p.Code).HasMaxLength(40);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Name).HasMaxLength(60);
        b.Property(p => p.TargetRuleSetId).HasMaxLength(60);
        b.Property(p => p.Description).HasMaxLength(500);
    }
}

public sealed class PoolMembershipConfiguration : IEntityTypeConfiguration<PoolMembership>
{
    public void Configure(EntityTypeBuilder<PoolMembership> b)
    {
        b.Property(m => m.AdmissionReason).HasMaxLength(PoolMembership.ReasonMaxLength);
        b.Property(m => m.RemovalReason).HasMaxLength(PoolMembership.ReasonMaxLength);
        b.Ignore(m => m.IsOpen);
        b.HasOne<CultivationPool>().WithMany().HasForeignKey(m => m.PoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne("Kechuang.Web.Modules.Enterprises.Domain.Enterprise", null).WithMany().HasForeignKey(nameof(PoolMembership.EnterpriseId)).OnDelete(DeleteBehavior.Restrict);
        // One open stay per firm and pool, enforced by the database so two staff admitting at once cannot both win.
        b.HasIndex(m => new { m.PoolId, m.EnterpriseId }).IsUnique().HasFilter("\"RemovedOn\" IS NULL");
        b.HasIndex(m => new { m.PoolId, m.AdmittedOn });
    }
}
