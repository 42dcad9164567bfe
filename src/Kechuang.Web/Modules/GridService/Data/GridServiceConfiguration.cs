using Kechuang.Web.Modules.GridService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.GridService.Data;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.HasIndex(v => v.DraftId).IsUnique(); // one visit per device draft, however often it is sent
        b.Property(v => v.EnterpriseName).HasMaxLength(200);
        b.Property(v => v.OfficerName).HasMaxLength(100);
        b.Property(v => v.PeopleMet).HasMaxLength(200);
        b.Property(v => v.Notes).HasMaxLength(4000);
        b.HasIndex(v => new { v.EnterpriseId, v.VisitedOn });
        b.HasIndex(v => new { v.OfficerUserId, v.VisitedOn });
        b.HasMany(v => v.Photos).WithOne().HasForeignKey(p => p.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class VisitPhotoConfiguration : IEntityTypeConfiguration<VisitPhoto>
{
    public void Configure(EntityTypeBuilder<VisitPhoto> b)
    {
        b.Property(p => p.FileName).HasMaxLength(200);
        b.Property(p => p.ContentType).HasMaxLength(100);
    }
}

public sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> b)
    {
        b.Property(n => n.EnterpriseName).HasMaxLength(200);
        b.Property(n => n.Description).HasMaxLength(2000);
        b.Property(n => n.HandlerName).HasMaxLength(200);
        b.Property(n => n.DueRule).HasMaxLength(200);
        b.Property(n => n.Outcome).HasMaxLength(2000);
        b.Property(n => n.RatingComment).HasMaxLength(500);
        b.HasOne<Visit>().WithMany().HasForeignKey(n => n.VisitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Steps).WithOne().HasForeignKey(s => s.NeedId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.Status, n.DueOn });
        b.HasIndex(n => n.EnterpriseId);
        b.HasIndex(n => n.DepartmentId);
        b.HasIndex(n => n.UnitId);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Needs_OneHandler", "(\"DepartmentId\" IS NULL) <> (\"UnitId\" IS NULL)");
            t.HasCheckConstraint("CK_Needs_Rating", "\"Rating\" IS NULL OR (\"Rating\" >= 1 AND \"Rating\" <= 5)");
        });
    }
}

public sealed class NeedStepConfiguration : IEntityTypeConfiguration<NeedStep>
{
    public void Configure(EntityTypeBuilder<NeedStep> b)
    {
        b.Property(s => s.Note).HasMaxLength(2000);
        b.Property(s => s.By).HasMaxLength(100);
    }
}

public sealed class NeedRouteConfiguration : IEntityTypeConfiguration<NeedRoute>
{
    public void Configure(EntityTypeBuilder<NeedRoute> b)
    {
        b.HasIndex(r => new { r.Category, r.EffectiveFrom }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_NeedRoutes_Sla", "\"SlaDays\" >= 1 AND \"SlaDays\" <= 365"));
    }
}

public sealed class VisitFrequencyConfiguration : IEntityTypeConfiguration<VisitFrequency>
{
    public void Configure(EntityTypeBuilder<VisitFrequency> b)
    {
        b.HasIndex(f => new { f.Tier, f.EffectiveFrom }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_VisitFrequencies_Interval", "\"IntervalDays\" >= 7 AND \"IntervalDays\" <= 730"));
    }
}

public sealed class ServiceActivityConfiguration : IEntityTypeConfiguration<ServiceActivity>
{
    public void Configure(EntityTypeBuilder<ServiceActivity> b)
    {
        b.Property(a => a.Topic).HasMaxLength(200);
        b.Property(a => a.Place).HasMaxLength(200);
        b.Property(a => a.OfficerName).HasMaxLength(100);
        b.Property(a => a.CallTitle).HasMaxLength(200);
        b.HasIndex(a => new { a.OfficerUserId, a.HeldOn });
        b.HasMany(a => a.Attendance).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ServiceAttendanceConfiguration : IEntityTypeConfiguration<ServiceAttendance>
{
    public void Configure(EntityTypeBuilder<ServiceAttendance> b)
    {
        b.Property(x => x.EnterpriseName).HasMaxLength(200);
        b.HasIndex(x => new { x.ActivityId, x.EnterpriseId }).IsUnique();
        b.HasIndex(x => x.EnterpriseId);
        b.ToTable(t => t.HasCheckConstraint("CK_ServiceAttendance_People", "\"People\" >= 1 AND \"People\" <= 500"));
    }
}
