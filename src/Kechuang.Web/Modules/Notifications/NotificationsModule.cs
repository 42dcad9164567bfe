using Kechuang.Web.Modules.Jobs.Contracts;
using Kechuang.Web.Modules.Notifications.Contracts;

namespace Kechuang.Web.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) =>
        services.AddScoped<Notifier>().AddScoped<Inbox>()
            .AddRecurringJob<DeadlineReminderJob>(DeadlineReminderJob.Key, "截止日期提醒",
                "检查各业务的截止日期（如研发后补助申报截止前 3 天），向相关人员发送站内消息；同一提醒只发送一次。", TimeSpan.FromHours(1));
}
