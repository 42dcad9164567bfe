using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Accounts.Data;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(50);
        b.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(u => u.EnterpriseId);
    }
}

public sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b)
    {
        b.Property(r => r.DisplayName).HasMaxLength(50);
        b.Property(r => r.Description).HasMaxLength(200);
    }
}

public sealed class LoginRecordConfiguration : IEntityTypeConfiguration<LoginRecord>
{
    public void Configure(EntityTypeBuilder<LoginRecord> b)
    {
        b.Property(l => l.UserName).HasMaxLength(256);
        b.Property(l => l.Outcome).HasMaxLength(100);
        b.Property(l => l.Channel).HasMaxLength(20);
        b.Property(l => l.IpAddress).HasMaxLength(64);
        b.Property(l => l.UserAgent).HasMaxLength(512);
        b.HasIndex(l => l.At);
        b.HasIndex(l => new { l.UserId, l.At });
    }
}

public sealed class EnterpriseRegistrationConfiguration : IEntityTypeConfiguration<EnterpriseRegistration>
{
    public void Configure(EntityTypeBuilder<EnterpriseRegistration> b)
    {
        b.Property(r => r.EnterpriseName).HasMaxLength(100);
        b.Property(r => r.CreditCode).HasMaxLength(18).IsFixedLength();
        b.Property(r => r.DistrictCode).HasMaxLength(6);
        b.Property(r => r.ContactPerson).HasMaxLength(50);
        b.Property(r => r.ContactPhone).HasMaxLength(30);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DecidedBy).HasMaxLength(100);
        b.Property(r => r.RejectionReason).HasMaxLength(500);
        b.HasIndex(r => new { r.Status, r.SubmittedAt });
    }
}
