namespace Kechuang.Web.Infrastructure;

/// <summary>The bureau's calendar: Beijing time (UTC+8, no daylight saving). Deadlines, policy years and ages count in it.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
