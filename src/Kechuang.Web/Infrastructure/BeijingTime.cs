namespace Kechuang.Web.Infrastructure;

/// <summary>The bureau's calendar: Beijing time (UTC+8, no daylight saving). Deadlines, policy years and ages count in it.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The Beijing calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
