using Kechuang.Web.Modules.Vouchers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Kechuang.Web.Modules.Vouchers.Data.CheckSql;

namespace Kechuang.Web.Modules.Vouchers.Data;

internal static class CheckSql
{
    /// <summary>A decimal column as a number in both SQLite (text affinity) and PostgreSQL.</summary>
    public static string Number(string column) => $"CAST(\"{column}\" AS DOUBLE PRECISION)";
}

public sealed class VoucherPolicyConfiguration : IEntityTypeConfiguration<VoucherPolicy>
{
    public void Configure(EntityTypeBuilder<VoucherPolicy> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.CoverPercent).HasPrecision(5, 2);
        b.Property(p => p.CapPerRedemption).HasPrecision(14, 2);
        b.Property(p => p.CapPerFirmPerYear).HasPrecision(14, 2);
        b.Property(p => p.ServiceTypes).HasMaxLength(300);
        b.Property(p => p.Budget).HasPrecision(14, 2);
        b.Property(p => p.Issued).HasPrecision(14, 2);
        // Compared as numbers: SQLite keeps decimals as text, where "6.00" <= "10.00" is false.
        b.ToTable(t => t.HasCheckConstraint("CK_VoucherPolicies_Issued", $"{Number("Issued")} >= 0 AND {Number("Issued")} <= {Number("Budget")}"));
    }
}

public sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> b)
    {
        b.Property(v => v.Code).HasMaxLength(30);
        b.HasIndex(v => v.Code).IsUnique();
        b.Property(v => v.EnterpriseName).HasMaxLength(200);
        b.Property(v => v.Amount).HasPrecision(14, 2);
        b.Property(v => v.Remaining).HasPrecision(14, 2);
        b.HasOne<VoucherPolicy>().WithMany().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.EnterpriseId, v.IssuedOn });
        b.ToTable(t => t.HasCheckConstraint("CK_Vouchers_Remaining", $"{Number("Remaining")} >= 0 AND {Number("Remaining")} <= {Number("Amount")}"));
    }
}

public sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> b)
    {
        b.Property(r => r.Model).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ContractNo).HasMaxLength(50);
        b.Property(r => r.ServiceType).HasMaxLength(50);
        b.Property(r => r.ServiceFee).HasPrecision(14, 2);
        b.Property(r => r.Amount).HasPrecision(14, 2);
        b.Property(r => r.Explanation).HasMaxLength(500);
        b.Property(r => r.RejectReason).HasMaxLength(500);
        b.Property(r => r.SubmittedBy).HasMaxLength(100);
        b.Property(r => r.DecidedBy).HasMaxLength(100);
        b.HasOne<Voucher>().WithMany().HasForeignKey(r => r.VoucherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<VoucherProvider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
        // One service contract is redeemed once per voucher, whoever submits it and however often.
        b.HasIndex(r => new { r.VoucherId, r.ContractNo }).IsUnique();
        b.HasIndex(r => new { r.Status, r.SubmittedAt });
    }
}

public sealed class VoucherProviderConfiguration : IEntityTypeConfiguration<VoucherProvider>
{
    public void Configure(EntityTypeBuilder<VoucherProvider> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.CreditCode).HasMaxLength(18);
        b.Property(p => p.ServiceTypes).HasMaxLength(300);
        b.HasIndex(p => p.UnitId);
    }
}

public sealed class VoucherPayoutConfiguration : IEntityTypeConfiguration<VoucherPayout>
{
    public void Configure(EntityTypeBuilder<VoucherPayout> b)
    {
        b.Property(p => p.Total).HasPrecision(14, 2);
        b.Property(p => p.PaidBy).HasMaxLength(100);
        b.HasIndex(p => p.Number).IsUnique();
    }
}
