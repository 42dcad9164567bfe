using Kechuang.Web.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Web.Modules.Notifications.Data;

public sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.Recipient).HasMaxLength(60);
        b.HasIndex(r => new { r.Key, r.Recipient }).IsUnique();
        b.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
