using Quartz;

namespace Kechuang.Web.Modules.Jobs.Contracts;

/// <summary>
/// A job that runs by itself at a fixed interval (and once shortly after each start), listed with its Chinese name
/// and description on the administrator's 后台任务 page.
/// </summary>
public sealed record RecurringJob(string Key, string Name, string Description, TimeSpan Interval, Type JobType)
{
    public const string Group = "kechuang";

    public JobKey JobKey => new(Key, Group);

    /// <summary>"每 1 小时" …, for the page.</summary>
    public string Schedule => Interval switch
    {
        { TotalDays: >= 1 } d when d.TotalDays % 1 == 0 => $"每 {d.TotalDays:0} 天",
        { TotalHours: >= 1 } h when h.TotalHours % 1 == 0 => $"每 {h.TotalHours:0} 小时",
        var m => $"每 {m.TotalMinutes:0.#} 分钟",
    } + "，并在每次启动后运行一次";
}

public static class RecurringJobs
{
    /// <summary>
    /// Lets a module add a recurring job: a Quartz <see cref="IJob"/> (built in a DI scope of its own for each run;
    /// mark it <see cref="DisallowConcurrentExecutionAttribute"/> unless two runs may overlap) that reports what it did
    /// by setting <c>context.Result = JobRunReport.Succeeded("…")</c>. Call it in the module's <c>Add…</c> method,
    /// before <c>AddJobs</c>.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string key, string name, string description, TimeSpan interval)
        where TJob : class, IJob
    {
        if (services.Any(d => d.ServiceType == typeof(JobsRegistered)))
        {
            throw new InvalidOperationException($"Recurring job {key} is added after AddJobs: add it in the module's Add… method, before AddJobs.");
        }

        return services.AddSingleton(new RecurringJob(key, name, description, interval, typeof(TJob)));
    }
}

/// <summary>Marks that AddJobs has read the recurring jobs.</summary>
internal sealed class JobsRegistered;
